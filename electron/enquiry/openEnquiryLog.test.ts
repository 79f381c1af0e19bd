import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { sampleEnquiry } from '../../shared/enquiry/testing/enquiryArbitraries';
import { encodeJournalLine } from './journalLine';
import { openEnquiryLog } from './openEnquiryLog';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'enquiry-open-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

it('opens the log in the user-data folder and compacts it once old revisions pile up', async () => {
  const first = await openEnquiryLog(folder);
  await first.journal.close();
  const path = join(folder, 'enquiries', 'enquiries.jsonl');
  await appendFile(path, Array.from({ length: 150 }, (_, index) => encodeJournalLine(sampleEnquiry({ revision: index + 1 }))).join(''));

  const log = await openEnquiryLog(folder);
  expect(log.journal.status).toMatchObject({ count: 1, recordCount: 1 });
  expect((await readFile(path, 'utf8')).trimEnd().split('\n')).toHaveLength(1);
  expect(await log.handlers['enquiry:get']({ id: sampleEnquiry().id })).toMatchObject({ ok: true, value: { revision: 150 } });
  await log.journal.close();
});
