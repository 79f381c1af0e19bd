// The user-data folder of retentionCrash.test.ts: Asha's three enquiries and many other visitors'
// untouched since January (past a 30-day retention period in December), Ravi's touched last week
// (not yet), and search misses with their names typed by mistake.
import { randomUUID } from 'node:crypto';
import type { Enquiry, EnquiryId, Timestamp } from '../../shared/enquiry/enquiry';
import { sampleEnquiry } from '../../shared/enquiry/testing/enquiryArbitraries';
import { EnquiryJournal } from '../../electron/enquiry/enquiryJournal';
import { ENQUIRY_JOURNAL_FILE } from '../../electron/enquiry/openEnquiryLog';
import { join } from 'node:path';
import { ASHA, RAVI, draftFor, recordMisses } from './personalDataFiles';

export const RETENTION_DAYS = 30;
export const NOW = '2026-12-07T09:00:00.000Z';
const LONG_AGO = '2026-01-10T09:00:00.000Z' as Timestamp;
const LAST_WEEK = '2026-11-30T09:00:00.000Z' as Timestamp;

function enquiry(index: number, person: typeof ASHA, at: Timestamp): Enquiry {
  return sampleEnquiry({ ...draftFor(person, { question: `question ${index} `.repeat(1 + (index % 9)) }), id: randomUUID() as EnquiryId, reference: `DTTC-LKO1-260110-${String(index + 1).padStart(4, '0')}`, createdAt: at, updatedAt: at });
}

/** Writes the folder; returns every enquiry as written, and which are past retention. */
export async function setUpRetention(userData: string, othersDue: number, othersKept: number): Promise<{ before: Map<string, Enquiry>; due: Set<string> }> {
  const due: Enquiry[] = [0, 1, 2].map((index) => enquiry(index, ASHA, LONG_AGO));
  for (let index = 0; index < othersDue; index += 1) due.push(enquiry(3 + index, { visitorName: `पुराने आगंतुक ${index}`, phone: `0512-${String(3_000_000 + index)}`, email: `old${index}@example.in` }, LONG_AGO));
  const kept = Array.from({ length: othersKept }, (_, index) => enquiry(10_000 + index, RAVI, LAST_WEEK));
  const journal = await EnquiryJournal.open(join(userData, 'enquiries', ENQUIRY_JOURNAL_FILE));
  await journal.append([...due, ...kept]);
  const before = new Map(journal.list().map((saved) => [saved.id, saved]));
  await journal.close();
  await recordMisses(userData, '2026-01-10');
  await recordMisses(userData, '2026-11-30');
  return { before, due: new Set(due.map((saved) => saved.id)) };
}
