// The child process of crash.test.ts: writes enquiries to the journal at argv[2] as fast as it can —
// new ones, edits, status changes through the save handler (open → waiting → referred → closed with
// an outcome → reopened), and now and then a compaction — and prints `saved <id> <revision> <status> <new|edit|status>`
// for each only after the save has resolved. The test kills it with SIGKILL at random moments.
import { randomUUID } from 'node:crypto';
import { OUTCOMES, STATUSES, type Enquiry, type EnquiryDraft, type EnquiryId, type Timestamp } from '../../shared/enquiry/enquiry';
import type { IsoDate } from '../../shared/catalogue/entry';
import { EnquiryJournal } from '../../electron/enquiry/enquiryJournal';
import { createEnquiryHandlers } from '../../electron/enquiry/handlers';

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

/**
 * The case moved on one step, as the officer's form saves it (the handler's revision check and
 * reviseEnquiry): a closed case gets an outcome, and the step after closed reopens it.
 */
async function nextStatus(previous: Enquiry, sequence: number): Promise<Enquiry> {
  const status = STATUSES[(STATUSES.indexOf(previous.status) + 1) % STATUSES.length]!;
  const { id: _id, reference: _reference, revision: _revision, createdAt: _created, updatedAt: _updated, personalDataErased: _erased, outcome: _outcome, ...fields } = previous;
  const draft: EnquiryDraft = { ...fields, channel: 'phone', consent: 'given', status, ...(status === 'closed' ? { outcome: OUTCOMES[sequence % OUTCOMES.length]!, followUpDone: true } : {}) };
  const saved = await handlers['enquiry:save']({ id: previous.id, baseRevision: previous.revision, draft });
  if (!saved.ok) throw new Error(`status change not saved: ${saved.error.message}`);
  return saved.value;
}

const journal = await EnquiryJournal.open(path);
if (!journal.status.writable) {
  console.error(`journal not writable: ${journal.status.reason}`);
  process.exit(3);
}
const handlers = createEnquiryHandlers(journal, { deskCode: 'CRSH' });
const known = journal.list();
process.stdout.write('ready\n');
for (let sequence = 0; ; sequence += 1) {
  const choice = Math.random();
  const previous = known.length > 0 && choice < 0.5 ? known[Math.floor(Math.random() * known.length)] : undefined;
  let enquiry: Enquiry;
  const kind = previous === undefined ? 'new' : choice < 0.2 ? 'edit' : 'status';
  if (previous !== undefined && kind === 'status') enquiry = await nextStatus(previous, sequence);
  else {
    enquiry = previous === undefined ? newEnquiry(sequence) : { ...previous, revision: previous.revision + 1, question: `edited ${sequence}`, updatedAt: new Date().toISOString() as Timestamp };
    await journal.append([enquiry]);
  }
  process.stdout.write(`saved ${enquiry.id} ${enquiry.revision} ${enquiry.status} ${kind}\n`);
  if (previous === undefined) known.push(enquiry);
  else known[known.indexOf(previous)] = enquiry;
  if (sequence % 25 === 24) await journal.compact();
}
