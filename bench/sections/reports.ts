// `npm run bench -- --only reports`: the Reports page and the returning-visitor lookup at 100,000
// enquiries (issue 14, item 9). The enquiries are generated from the seed, written to a real
// enquiry journal in a temporary folder, and asked through the same handlers the app registers:
// reports:build over a year (target ≤ 500 ms) and enquiry:findPerson by phone and by e-mail
// (target ≤ 50 ms), also just after a save, when the person index catches up. Each is shown beside a
// plain baseline timed in the same run: one pass over the enquiries that only counts those in the
// year, or only compares the raw phone text. A target is met when the p95 is within it. The page
// itself is timed too, drawn in Chromium over the same journal (reportsPage.ts). The enquiries'
// dates end today, so the page's own default period (the year so far) holds a busy desk's year.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntryId, IsoDate } from '../../shared/catalogue/entry';
import { CHANNELS, OUTCOMES, STATUSES, VISITOR_TYPES, type Enquiry, type EnquiryId, type Timestamp } from '../../shared/enquiry/enquiry';
import { addDays } from '../../shared/reports/reportPeriods';
import { EnquiryJournal } from '../../electron/enquiry/enquiryJournal';
import { createEnquiryHandlers } from '../../electron/enquiry/handlers';
import { createReportApiHandlers } from '../../electron/reports/reportApiHandlers';
import { generateCatalogue, seededRandom } from '../catalogueGenerator';
import { writeCatalogueFolder } from './uiCatalogueFolder';
import { reportsPageUnavailable, timeReportsPage } from './reportsPage';
import type { SectionOptions } from '../run';
import { percentile, round } from '../stats';
import type { Column } from '../table';

export const REPORT_ENQUIRIES = 100_000;
export const REPORT_TARGET_MS = 500;
export const LOOKUP_TARGET_MS = 50;
const RUNS = 15;

export interface ReportBenchRow {
  measure: string;
  enquiries: number;
  median_ms: number;
  p95_ms: number;
  /** A plain baseline timed in the same run, where one fits. */
  baseline_ms?: number;
  target_ms: number;
  met: boolean;
}

export const REPORT_COLUMNS: Column<ReportBenchRow>[] = [
  { title: 'measure', value: (row) => row.measure },
  { title: 'enquiries', value: (row) => row.enquiries },
  { title: 'median ms', value: (row) => row.median_ms },
  { title: 'p95 ms', value: (row) => row.p95_ms },
  { title: 'plain baseline ms', value: (row) => row.baseline_ms ?? '—' },
  { title: 'target ms', value: (row) => `≤ ${row.target_ms}` },
  { title: 'met', value: (row) => (row.met ? 'pass' : 'FAIL') },
];

const pick = <T>(random: () => number, values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
const hex = (random: () => number, digits: number) => Array.from({ length: digits }, () => Math.floor(random() * 16).toString(16)).join('');

/** Two years of a busy desk up to `lastDay`, 60 % of visitors with a phone and e-mail, many returning. */
export function generateEnquiries(count: number, seed: number, entryIds: readonly EntryId[], lastDay: IsoDate): Enquiry[] {
  const firstDay = addDays(lastDay, -729);
  const random = seededRandom(seed);
  const enquiries: Enquiry[] = [];
  for (let index = 0; index < count; index++) {
    const date = addDays(firstDay, Math.floor(random() * 730));
    const status = pick(random, STATUSES);
    const withDetails = random() < 0.6;
    // About 20,000 people: a returning visitor has several enquiries.
    const person = Math.floor(random() * 20_000);
    const linked = new Set<EntryId>();
    for (let link = Math.floor(random() * 4); link > 0; link--) linked.add(pick(random, entryIds));
    const time = `${date}T05:30:00.000Z` as Timestamp;
    const followUp = random() < 0.3;
    enquiries.push({
      id: `${hex(random, 8)}-${hex(random, 4)}-4${hex(random, 3)}-8${hex(random, 3)}-${String(index).padStart(12, '0')}` as EnquiryId,
      reference: `DTTC-BNCH-${date.slice(2, 4)}${date.slice(5, 7)}${date.slice(8, 10)}-${String(index % 10_000).padStart(4, '0')}`,
      revision: 1,
      createdAt: time,
      updatedAt: time,
      enquiryDate: date,
      visitorName: withDetails ? `Visitor ${person}` : '',
      organisation: `Works ${person % 3_000}`,
      visitorType: pick(random, VISITOR_TYPES),
      channel: pick(random, CHANNELS),
      status,
      ...(status === 'closed' ? { outcome: pick(random, OUTCOMES) } : {}),
      phone: withDetails ? `+91 98${String(person).padStart(8, '0')}` : '',
      email: withDetails ? `visitor${person}@example.in` : '',
      question: `Question ${index}`,
      entryIds: [...linked],
      followUpAction: followUp ? 'Call back' : '',
      ...(followUp ? { followUpDate: addDays(date, 7) } : {}),
      followUpDone: random() < 0.5,
      officer: 'R. Singh',
      consent: withDetails ? 'given' : 'refused',
    });
  }
  return enquiries;
}

async function timed(runs: number, run: (index: number) => Promise<unknown> | unknown): Promise<number[]> {
  const times: number[] = [];
  await run(-1); // warm-up
  for (let index = 0; index < runs; index++) {
    const start = performance.now();
    await run(index);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

function row(measure: string, times: number[], baseline: number[] | undefined, target: number): ReportBenchRow {
  const median = percentile(times, 0.5);
  return {
    measure,
    enquiries: REPORT_ENQUIRIES,
    median_ms: round(median, 1),
    p95_ms: round(percentile(times, 0.95), 1),
    ...(baseline ? { baseline_ms: round(percentile(baseline, 0.5), 1) } : {}),
    target_ms: target,
    met: percentile(times, 0.95) <= target,
  };
}

export async function runReportBenchmark(options: SectionOptions): Promise<ReportBenchRow[]> {
  const entries = generateCatalogue(2_000, options.seed);
  options.progress(`reports: generating ${REPORT_ENQUIRIES} enquiries (seed ${options.seed})`);
  const today = new Date().toISOString().slice(0, 10) as IsoDate;
  const enquiries = generateEnquiries(REPORT_ENQUIRIES, options.seed, entries.map((entry) => entry.id), today);
  const folder = await mkdtemp(join(tmpdir(), 'dttc-bench-reports-'));
  try {
    const journal = await EnquiryJournal.open(join(folder, 'enquiries', 'enquiries.jsonl'));
    options.progress('reports: writing them to a journal');
    for (let start = 0; start < enquiries.length; start += 10_000) await journal.append(enquiries.slice(start, start + 10_000));
    const snapshot = { info: { feedId: 'bench', version: 1, issuedAt: '2026-01-01T00:00:00.000Z', entryCount: entries.length }, entries };
    const reports = createReportApiHandlers({ journal, catalogue: { snapshot: async () => snapshot } });
    const log = createEnquiryHandlers(journal);
    const request = { from: addDays(today, -364), to: today, grouping: 'week' as const, today };

    options.progress('reports: reports:build over a year');
    const report = await timed(RUNS, () => reports['reports:build'](request));
    const reportBaseline = await timed(RUNS, () => journal.list().filter((enquiry) => enquiry.enquiryDate >= request.from && enquiry.enquiryDate <= request.to).length);

    const random = seededRandom(options.seed + 1);
    const people = Array.from({ length: RUNS + 1 }, () => Math.floor(random() * 20_000));
    const phoneOf = (index: number) => `+91 98${String(people[index + 1]!).padStart(8, '0')}`;
    options.progress('reports: enquiry:findPerson by phone and by e-mail');
    const byPhone = await timed(RUNS, async (index) => {
      const found = await log['enquiry:findPerson']({ phone: phoneOf(index) });
      if (!found.ok) throw new Error(found.error.message);
    });
    const byEmail = await timed(RUNS, async (index) => {
      const found = await log['enquiry:findPerson']({ email: `VISITOR${people[index + 1]}@example.in` });
      if (!found.ok) throw new Error(found.error.message);
    });
    // Right after a save the index (electron/enquiry/personIndex.ts) first catches up with the journal.
    const afterSave: number[] = [];
    for (let index = 0; index < RUNS; index++) {
      const changed = enquiries[index * 997]!;
      await journal.append([{ ...changed, revision: changed.revision + 1, followUpDone: !changed.followUpDone }]);
      const start = performance.now();
      await log['enquiry:findPerson']({ phone: phoneOf(index) });
      afterSave.push(performance.now() - start);
    }
    afterSave.sort((a, b) => a - b);
    const lookupBaseline = await timed(RUNS, (index) => journal.list().filter((enquiry) => enquiry.phone === phoneOf(index)).length);
    await journal.close();
    const unavailable = reportsPageUnavailable();
    if (unavailable) throw new Error(`reports: the page cannot be drawn: ${unavailable}`);
    options.progress('reports: the Reports page drawn in the headless shell (the year so far, by month)');
    await writeCatalogueFolder(join(folder, 'catalogue'), entries);
    const page = await timeReportsPage(join(folder, 'catalogue'), folder, RUNS);
    return [
      row('reports:build, a year by week', report, reportBaseline, REPORT_TARGET_MS),
      row('Reports page drawn in Chromium, the year so far', page, undefined, REPORT_TARGET_MS),
      row('enquiry:findPerson by phone', byPhone, lookupBaseline, LOOKUP_TARGET_MS),
      row('enquiry:findPerson by e-mail', byEmail, lookupBaseline, LOOKUP_TARGET_MS),
      row('enquiry:findPerson just after a save', afterSave, lookupBaseline, LOOKUP_TARGET_MS),
    ];
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
