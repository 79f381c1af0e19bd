// The retention period set at installation in desk.json is the one the desk keeps to (DPDP Act
// 2023 s. 8(7)): with 30 days there, a visitor's details untouched for longer are erased at start,
// though the default period (a year) would keep them.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { EnquiryId, Timestamp } from '../../shared/enquiry/enquiry';
import { SAMPLE_IDS, sampleEnquiry } from '../../shared/enquiry/testing/enquiryArbitraries';
import { DEFAULT_RETENTION_DAYS, DESK_SETTINGS_FILE } from './deskSettings';
import { EnquiryJournal } from './enquiryJournal';
import { ENQUIRY_JOURNAL_FILE, openEnquiryLog } from './openEnquiryLog';

const DAY_MS = 24 * 60 * 60 * 1000;
let userData: string;

beforeEach(async () => {
  userData = await mkdtemp(join(tmpdir(), 'desk-retention-'));
});
afterEach(async () => {
  await rm(userData, { recursive: true, force: true });
});

function daysAgo(days: number): Timestamp {
  return new Date(Date.now() - days * DAY_MS).toISOString() as Timestamp;
}

it("erases the details of enquiries older than desk.json's retention period, and keeps the younger ones'", async () => {
  // Both ages are within the default, so only desk.json's 30 days can erase the older one.
  expect(DEFAULT_RETENTION_DAYS).toBeGreaterThan(40);
  const older = sampleEnquiry({ id: SAMPLE_IDS[0] as EnquiryId, createdAt: daysAgo(40), updatedAt: daysAgo(40) });
  const younger = sampleEnquiry({ id: SAMPLE_IDS[1] as EnquiryId, reference: 'DTTC-LKO1-261120-0002', createdAt: daysAgo(20), updatedAt: daysAgo(20) });
  const journal = await EnquiryJournal.open(join(userData, 'enquiries', ENQUIRY_JOURNAL_FILE));
  await journal.append([older, younger]);
  await journal.close();
  await writeFile(join(userData, 'enquiries', DESK_SETTINGS_FILE), JSON.stringify({ deskCode: 'LKO1', retentionDays: 30 }));

  const log = await openEnquiryLog(userData);
  try {
    expect(log).toMatchObject({ deskCode: 'LKO1', retentionDays: 30 });
    const { visitorName: _name, phone: _phone, email: _email, revision: _revision, updatedAt: _updated, ...statistics } = older;
    expect(log.journal.get(older.id)).toMatchObject({ ...statistics, visitorName: '', phone: '', email: '', personalDataErased: { reason: 'retention' } });
    expect(log.journal.get(younger.id)).toEqual(younger);
  } finally {
    log.stop();
    await log.journal.close();
  }
});
