// The child process of migrationCrash.test.ts: opens the desk's enquiry log in the user-data folder
// at argv[2], which holds a format-1 journal, so that the start compacts it into today's shape (the
// migration); prints `opening` before and `opened` after. Then, as an officer picking up old cases,
// it moves some of them on through the save handler and prints `saved <id> <revision> <status>`
// for each once saved. The test kills it with SIGKILL at random moments.
import { openEnquiryLog } from '../../electron/enquiry/openEnquiryLog';
import type { EnquiryDraft } from '../../shared/enquiry/enquiry';

const [userData, now] = process.argv.slice(2);
if (userData === undefined || now === undefined) {
  console.error('usage: migrationWriter <user-data folder> <now as ISO time>');
  process.exit(2);
}
process.stdout.write('opening\n');
const log = await openEnquiryLog(userData, { deskCode: 'LKO1', now: () => new Date(now) });
process.stdout.write(`opened ${log.journal.status.migratedLines}\n`);
for (const enquiry of log.journal.list().slice(0, 12)) {
  const { id, reference: _reference, revision, createdAt: _created, updatedAt: _updated, personalDataErased: _erased, outcome: _outcome, ...fields } = enquiry;
  const draft: EnquiryDraft = { ...fields, channel: 'phone', consent: 'given', status: 'referred-to-lab' };
  const saved = await log.handlers['enquiry:save']({ id, baseRevision: revision, draft });
  if (!saved.ok) {
    console.error(saved.error.message);
    process.exit(3);
  }
  process.stdout.write(`saved ${id} ${saved.value.revision} ${saved.value.status}\n`);
}
process.stdout.write('done\n');
setInterval(() => undefined, 1000);
