import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EntryId, IsoDate } from '../catalogue/entry';
import type { Enquiry, EnquiryId } from '../enquiry/enquiry';
import { sampleEnquiry } from '../enquiry/testing/enquiryArbitraries';
import { buildEnquiryReport, reportEntryFacts, type CountRow, type ReportEntryFacts } from './enquiryReport';
import { addDays, daysBetweenInclusive } from './reportPeriods';

const day = (text: string) => text as IsoDate;

const ENTRIES: ReportEntryFacts[] = [
  { id: 'tech-uav' as EntryId, kind: 'technology', title: { en: 'Mini UAV', hi: 'लघु यूएवी' }, lab: 'ADE', domains: ['Aeronautics', 'Robotics'] },
  { id: 'tech-radar' as EntryId, kind: 'technology', title: { en: 'Radar' }, lab: 'LRDE', domains: ['Radar', 'Electronics'] },
  { id: 'tech-drone-2' as EntryId, kind: 'technology', title: { en: 'Drone kit' }, lab: 'ADE', domains: ['Aeronautics'] },
  { id: 'course-ndt' as EntryId, kind: 'course', title: { en: 'NDT course' }, lab: 'DMSRDE', domains: ['Testing'] },
  { id: 'scheme-tdf' as EntryId, kind: 'scheme', title: { en: 'TDF' }, lab: 'DTTC', domains: ['Funding'] },
];
const FACTS = reportEntryFacts(ENTRIES);

let serial = 0;
function enquiry(overrides: Partial<Enquiry>): Enquiry {
  serial += 1;
  const id = `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}` as EnquiryId;
  return sampleEnquiry({ id, reference: `DTTC-TEST-260101-${String(serial).padStart(4, '0')}`, followUpDone: true, ...overrides });
}

const count = <K extends string>(rows: CountRow<K>[], key: K) => rows.find((row) => row.key === key)?.count;

describe('the enquiry report', () => {
  // Six enquiries in January 2026, one in December 2025 and one in February (outside the period).
  const log: Enquiry[] = [
    enquiry({ enquiryDate: day('2026-01-05'), entryIds: ['tech-uav', 'tech-drone-2'] as EntryId[], visitorType: 'msme', channel: 'walk-in' }),
    enquiry({ enquiryDate: day('2026-01-06'), entryIds: ['tech-uav', 'course-ndt'] as EntryId[], visitorType: 'start-up', channel: 'phone' }),
    enquiry({ enquiryDate: day('2026-01-12'), entryIds: ['tech-radar'] as EntryId[], visitorType: 'academia', channel: 'email', status: 'closed', outcome: 'tot-taken-up' }),
    enquiry({ enquiryDate: day('2026-01-20'), entryIds: ['scheme-tdf', 'tech-uav'] as EntryId[], visitorType: 'msme', channel: 'event', status: 'closed', outcome: 'tdf-proposal' }),
    enquiry({ enquiryDate: day('2026-01-31'), entryIds: [], visitorType: 'individual', channel: 'not-recorded', status: 'referred-to-lab' }),
    enquiry({ enquiryDate: day('2026-01-31'), entryIds: ['tech-gone'] as EntryId[], visitorType: 'msme', channel: 'walk-in', status: 'closed', outcome: 'not-recorded' }),
    enquiry({ enquiryDate: day('2025-12-31'), entryIds: ['tech-radar'] as EntryId[], followUpDone: false, followUpDate: day('2026-02-01') }),
    enquiry({ enquiryDate: day('2026-02-01'), entryIds: ['tech-uav'] as EntryId[], followUpDone: false, followUpDate: day('2026-02-10') }),
  ];
  const january = buildEnquiryReport(log, FACTS, { from: day('2026-01-01'), to: day('2026-01-31'), grouping: 'week', today: day('2026-02-10') });

  it('counts the enquiries of the period, per week', () => {
    expect(january.total).toBe(6);
    expect(january.perPeriod).toEqual([
      { start: '2025-12-29', count: 0 },
      { start: '2026-01-05', count: 2 },
      { start: '2026-01-12', count: 1 },
      { start: '2026-01-19', count: 1 },
      { start: '2026-01-26', count: 2 },
    ]);
    const months = buildEnquiryReport(log, FACTS, { from: day('2025-12-01'), to: day('2026-02-28'), grouping: 'month', today: day('2026-02-10') });
    expect(months.perPeriod).toEqual([
      { start: '2025-12-01', count: 1 },
      { start: '2026-01-01', count: 6 },
      { start: '2026-02-01', count: 1 },
    ]);
  });

  it('counts an enquiry once per distinct kind, subject area and lab its entries touch', () => {
    // Two technologies of ADE in one enquiry count once for technology, ADE and Aeronautics.
    expect(january.byKind).toEqual([
      { key: 'technology', count: 4 },
      { key: 'consultancy', count: 0 },
      { key: 'course', count: 1 },
      { key: 'scheme', count: 1 },
    ]);
    expect(january.byLab).toEqual([
      { key: 'ADE', count: 3 },
      { key: 'DMSRDE', count: 1 },
      { key: 'DTTC', count: 1 },
      { key: 'LRDE', count: 1 },
    ]);
    expect(count(january.bySubjectArea, 'Aeronautics')).toBe(3);
    expect(count(january.bySubjectArea, 'Robotics')).toBe(3);
    expect(count(january.bySubjectArea, 'Radar')).toBe(1);
    expect(count(january.bySubjectArea, 'Testing')).toBe(1);
    expect(january.withoutEntries).toBe(1);
  });

  it('counts visitor types, channels, statuses and the outcomes of closed enquiries', () => {
    expect(count(january.byVisitorType, 'msme')).toBe(3);
    expect(count(january.byVisitorType, 'government')).toBe(0);
    expect(january.byVisitorType).toHaveLength(7);
    expect(count(january.byChannel, 'walk-in')).toBe(2);
    expect(count(january.byChannel, 'not-recorded')).toBe(1);
    expect(count(january.byStatus, 'open')).toBe(2);
    expect(count(january.byStatus, 'closed')).toBe(3);
    expect(count(january.byOutcome, 'tot-taken-up')).toBe(1);
    expect(count(january.byOutcome, 'tdf-proposal')).toBe(1);
    expect(count(january.byOutcome, 'not-recorded')).toBe(1);
    expect(january.byOutcome.reduce((sum, row) => sum + row.count, 0)).toBe(3);
  });

  it('names the entries asked about most, with their titles; a removed entry by its id', () => {
    expect(january.topEntries.slice(0, 2)).toEqual([
      { id: 'tech-uav', title: { en: 'Mini UAV', hi: 'लघु यूएवी' }, kind: 'technology', count: 3 },
      { id: 'course-ndt', title: { en: 'NDT course' }, kind: 'course', count: 1 },
    ]);
    expect(january.topEntries.find((row) => row.id === 'tech-gone')).toEqual({ id: 'tech-gone', count: 1 });
    const top1 = buildEnquiryReport(log, FACTS, { ...january.request, topEntries: 1 });
    expect(top1.topEntries.map((row) => row.id)).toEqual(['tech-uav']);
  });

  it('lists follow-ups overdue and due today, whatever the enquiry date, without personal data', () => {
    expect(january.followUpsOverdue.map((row) => row.followUpDate)).toEqual(['2026-02-01']);
    expect(january.followUpsDueToday.map((row) => row.followUpDate)).toEqual(['2026-02-10']);
    expect(january.followUpsOverdueCount).toBe(1);
    expect(january.followUpsDueTodayCount).toBe(1);
    expect(Object.keys(january.followUpsOverdue[0]!).sort()).toEqual(['enquiryDate', 'followUpAction', 'followUpDate', 'officer', 'reference', 'status']);
    const later = buildEnquiryReport(log, FACTS, { ...january.request, today: day('2026-02-11') });
    expect(later.followUpsOverdueCount).toBe(2);
    expect(later.followUpsDueTodayCount).toBe(0);
  });

  const dates = fc.integer({ min: 0, max: 800 }).map((offset) => addDays('2025-06-01', offset));
  const kinds = fc.uniqueArray(fc.constantFrom(...ENTRIES.map((entry) => entry.id)), { maxLength: 4 });

  it('sums its per-period counts, visitor types, channels and statuses to the enquiries in the period (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ date: dates, ids: kinds }), { maxLength: 60 }),
        dates,
        fc.integer({ min: 0, max: 400 }),
        fc.constantFrom('week' as const, 'month' as const),
        (drawn, from, length, grouping) => {
          const to = addDays(from, length);
          const enquiries = drawn.map(({ date, ids }) => enquiry({ enquiryDate: date, entryIds: ids }));
          const report = buildEnquiryReport(enquiries, FACTS, { from, to, grouping, today: to });
          const inPeriod = enquiries.filter((item) => item.enquiryDate >= from && item.enquiryDate <= to).length;
          const sum = (rows: { count: number }[]) => rows.reduce((total, row) => total + row.count, 0);
          expect(report.total).toBe(inPeriod);
          expect(sum(report.perPeriod)).toBe(inPeriod);
          expect(sum(report.byVisitorType)).toBe(inPeriod);
          expect(sum(report.byChannel)).toBe(inPeriod);
          expect(sum(report.byStatus)).toBe(inPeriod);
          // Each kind row counts an enquiry at most once, so no row exceeds the enquiries.
          for (const row of [...report.byKind, ...report.byLab, ...report.bySubjectArea]) expect(row.count).toBeLessThanOrEqual(inPeriod - report.withoutEntries);
          // Periods are contiguous and cover the range.
          expect(report.perPeriod[0]!.start <= from).toBe(true);
          expect(daysBetweenInclusive(report.perPeriod.at(-1)!.start, to)).toBeLessThanOrEqual(grouping === 'week' ? 7 : 31);
        },
      ),
    );
  });
});
