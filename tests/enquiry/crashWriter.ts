// The child process of crash.test.ts: writes enquiries to the journal at argv[2] as fast as it can —
// new ones, edits, and now and then a compaction — and prints `saved <id> <revision>` for each only
// after append() has resolved. The test kills it with SIGKILL at random moments.
import { randomUUID } from 'node:crypto';
import type { Enquiry, EnquiryId, Timestamp } from '../../shared/enquiry/enquiry';
import type { IsoDate } from '../../shared/catalogue/entry';
import { EnquiryJournal } from '../../electron/enquiry/enquiryJournal';

const path = process.argv[2];
if (path === undefined) {
  console.error('usage: crashWriter <journal path>');
  process.exit(2);
}

function newEnquiry(sequence: number): Enquiry {
  const now = new Date().toISOString() as Timestamp;
  return {
    id: randomUUID() as EnquiryId,
    reference: `DTTC-CRSH-${now.slice(2, 4)}${now.slice(5, 7)}${now.slice(8, 10)}-${String(sequence + 1).padStart(4, '0')}`,
    revision: 1,
    createdAt: now,
    updatedAt: now,
    enquiryDate: now.slice(0, 10) as IsoDate,
    visitorName: `आगंतुक ${sequence}`,
    organisation: 'Crash, "Test" Industries',
    visitorType: 'msme',
    channel: 'phone',
    status: 'open',
    phone: '',
    email: '',
    // Lines of varied length, some longer than a page, so writes end at every kind of offset.
    question: `प्रश्न ${sequence} `.repeat(1 + Math.floor(Math.random() * 400)),
    entryIds: [],
    followUpAction: '',
    followUpDone: false,
    officer: 'R. Singh',
    consent: 'given',
  };
}

const journal = await EnquiryJournal.open(path);
if (!journal.status.writable) {
  console.error(`journal not writable: ${journal.status.reason}`);
  process.exit(3);
}
const known = journal.list();
process.stdout.write('ready\n');
for (let sequence = 0; ; sequence += 1) {
  const previous = known.length > 0 && Math.random() < 0.3 ? known[Math.floor(Math.random() * known.length)] : undefined;
  const enquiry: Enquiry = previous === undefined ? newEnquiry(sequence) : { ...previous, revision: previous.revision + 1, question: `edited ${sequence}`, updatedAt: new Date().toISOString() as Timestamp };
  await journal.append([enquiry]);
  process.stdout.write(`saved ${enquiry.id} ${enquiry.revision}\n`);
  if (previous === undefined) known.push(enquiry);
  else known[known.indexOf(previous)] = enquiry;
  if (sequence % 25 === 24) await journal.compact();
}
