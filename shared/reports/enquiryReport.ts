// The management report over a period: pure, from the enquiries and the catalogue's metadata, so
// the host computes it next to the journal and the page receives only the counts (never 100,000
// enquiries). Every count is over enquiries whose enquiry date lies in from…to, inclusive.
import type { EntryId, EntryKind, IsoDate, LocalisedText } from '../catalogue/entry';
import { ENTRY_KINDS } from '../catalogue/entryKinds';
import { CHANNELS, OUTCOMES, STATUSES, VISITOR_TYPES, type Enquiry, type EnquiryStatus, type StoredChannel, type StoredOutcome, type VisitorType } from '../enquiry/enquiry';
import { periodStart, periodStarts, type ReportGrouping } from './reportPeriods';
import type { SearchMissRow } from './searchMisses';

/** What a report needs to know of a catalogue entry. */
export interface ReportEntryFacts {
  id: EntryId;
  kind: EntryKind;
  title: LocalisedText;
  lab: string;
  /** Subject areas, by their English names (the vocabulary gives the Hindi ones). */
  domains: readonly string[];
}

export interface ReportRequest {
  from: IsoDate;
  to: IsoDate;
  grouping: ReportGrouping;
  /** The reader's today: follow-ups dated before it are overdue. */
  today: IsoDate;
  /** How many of the entries asked about most (10 when absent). */
  topEntries?: number;
}

export interface CountRow<K extends string = string> {
  key: K;
  count: number;
}

export interface PeriodRow {
  /** The period's first day (a Monday, or the 1st of a month); it may lie before `from`. */
  start: IsoDate;
  count: number;
}

export interface TopEntryRow {
  id: EntryId;
  /** Absent when the entry is no longer in the catalogue at all. */
  title?: LocalisedText;
  kind?: EntryKind;
  count: number;
}

/** A follow-up not done: enough to find the case in the log, and no personal data. */
export interface FollowUpRow {
  reference: string;
  enquiryDate: IsoDate;
  followUpDate: IsoDate;
  followUpAction: string;
  status: EnquiryStatus;
  officer: string;
}

export interface EnquiryReport {
  request: ReportRequest;
  /** Enquiries dated in the period. */
  total: number;
  perPeriod: PeriodRow[];
  /** Every kind, in the catalogue's order, zeros included. */
  byKind: CountRow<EntryKind>[];
  /** Subject areas and labs asked about, most first (then by name). */
  bySubjectArea: CountRow[];
  byLab: CountRow[];
  byVisitorType: CountRow<VisitorType>[];
  byChannel: CountRow<StoredChannel>[];
  byStatus: CountRow<EnquiryStatus>[];
  /** Over the closed enquiries of the period ('not-recorded': closed before outcomes were asked). */
  byOutcome: CountRow<StoredOutcome>[];
  /** Enquiries of the period with no entry linked (a question the catalogue could not answer, or not linked). */
  withoutEntries: number;
  topEntries: TopEntryRow[];
  /**
   * Follow-ups not done, as of `today`, whatever the enquiry's date: a supervisor asks what is late
   * now, not what was late in March. Soonest first.
   */
  followUpsOverdue: FollowUpRow[];
  followUpsDueToday: FollowUpRow[];
  /** How many there are in all: the lists above stop at MAX_FOLLOW_UP_ROWS. */
  followUpsOverdueCount: number;
  followUpsDueTodayCount: number;
  /** Filled in by the host from the search-miss log (./searchMisses.ts). */
  searchMisses: SearchMissRow[];
}

/** A report lists at most this many follow-ups of each kind (the counts say how many in all). */
export const MAX_FOLLOW_UP_ROWS = 200;

/** The facts a report needs of each catalogue entry, by id. */
export function reportEntryFacts(entries: Iterable<ReportEntryFacts>): Map<string, ReportEntryFacts> {
  const facts = new Map<string, ReportEntryFacts>();
  for (const entry of entries) facts.set(entry.id, { id: entry.id, kind: entry.kind, title: entry.title, lab: entry.lab, domains: entry.domains });
  return facts;
}

function zeroCounts<K extends string>(keys: readonly K[]): Map<K, number> {
  return new Map(keys.map((key) => [key, 0]));
}

function increment<K>(counts: Map<K, number>, key: K): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function rowsInOrder<K extends string>(counts: Map<K, number>): CountRow<K>[] {
  return [...counts].map(([key, count]) => ({ key, count }));
}

function rowsMostFirst(counts: Map<string, number>): CountRow[] {
  return rowsInOrder(counts).sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function followUpRow(enquiry: Enquiry): FollowUpRow {
  return {
    reference: enquiry.reference,
    enquiryDate: enquiry.enquiryDate,
    followUpDate: enquiry.followUpDate!,
    followUpAction: enquiry.followUpAction,
    status: enquiry.status,
    officer: enquiry.officer,
  };
}

function bySoonest(a: FollowUpRow, b: FollowUpRow): number {
  if (a.followUpDate !== b.followUpDate) return a.followUpDate < b.followUpDate ? -1 : 1;
  return a.reference < b.reference ? -1 : a.reference > b.reference ? 1 : 0;
}

/** Open follow-ups as of `today`: the header's badge and the status bar count both. */
export function followUpState(enquiry: Enquiry, today: string): 'overdue' | 'due-today' | undefined {
  if (enquiry.followUpDone || enquiry.followUpDate === undefined) return undefined;
  if (enquiry.followUpDate < today) return 'overdue';
  return enquiry.followUpDate === today ? 'due-today' : undefined;
}

export function buildEnquiryReport(enquiries: Iterable<Enquiry>, entries: ReadonlyMap<string, ReportEntryFacts>, request: ReportRequest): EnquiryReport {
  const { from, to, grouping, today } = request;
  const perPeriod = new Map<string, number>(periodStarts(from, to, grouping).map((start) => [start, 0]));
  const byKind = zeroCounts(ENTRY_KINDS);
  const bySubjectArea = new Map<string, number>();
  const byLab = new Map<string, number>();
  const byVisitorType = zeroCounts(VISITOR_TYPES);
  const byChannel = zeroCounts<StoredChannel>([...CHANNELS, 'not-recorded']);
  const byStatus = zeroCounts(STATUSES);
  const byOutcome = zeroCounts<StoredOutcome>([...OUTCOMES, 'not-recorded']);
  const byEntry = new Map<string, number>();
  const overdue: FollowUpRow[] = [];
  const dueToday: FollowUpRow[] = [];
  let total = 0;
  let withoutEntries = 0;
  // Reused per enquiry: the distinct kinds, areas and labs its linked entries touch.
  const kinds = new Set<EntryKind>();
  const areas = new Set<string>();
  const labs = new Set<string>();

  for (const enquiry of enquiries) {
    const followUp = followUpState(enquiry, today);
    if (followUp === 'overdue') overdue.push(followUpRow(enquiry));
    else if (followUp === 'due-today') dueToday.push(followUpRow(enquiry));

    if (enquiry.enquiryDate < from || enquiry.enquiryDate > to) continue;
    total += 1;
    const start = periodStart(enquiry.enquiryDate, grouping);
    perPeriod.set(start, (perPeriod.get(start) ?? 0) + 1);
    increment(byVisitorType, enquiry.visitorType);
    increment(byChannel, enquiry.channel);
    increment(byStatus, enquiry.status);
    if (enquiry.status === 'closed') increment(byOutcome, enquiry.outcome ?? 'not-recorded');
    if (enquiry.entryIds.length === 0) withoutEntries += 1;

    // The counting rule: an enquiry counts once for each distinct kind, subject area and lab that
    // its linked entries touch. An enquiry shown two drone technologies of one lab adds 1 to
    // "technology", 1 to that lab and 1 to each subject area either entry names; so the rows of
    // one table may sum to more than the enquiries (an enquiry about a course and a scheme counts
    // in both), and each row reads "enquiries that asked about this". An entry no longer in the
    // catalogue still counts among the entries asked about, under its id, but has no kind, area or lab.
    kinds.clear();
    areas.clear();
    labs.clear();
    for (const id of enquiry.entryIds) {
      increment(byEntry, id);
      const entry = entries.get(id);
      if (!entry) continue;
      kinds.add(entry.kind);
      labs.add(entry.lab);
      for (const area of entry.domains) areas.add(area);
    }
    for (const kind of kinds) increment(byKind, kind);
    for (const area of areas) increment(bySubjectArea, area);
    for (const lab of labs) increment(byLab, lab);
  }

  const topEntries = [...byEntry]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, request.topEntries ?? 10)
    .map(([id, count]): TopEntryRow => {
      const entry = entries.get(id);
      return entry ? { id: entry.id, title: entry.title, kind: entry.kind, count } : { id: id as EntryId, count };
    });

  return {
    request,
    total,
    perPeriod: [...perPeriod].map(([start, count]) => ({ start: start as IsoDate, count })),
    byKind: rowsInOrder(byKind),
    bySubjectArea: rowsMostFirst(bySubjectArea),
    byLab: rowsMostFirst(byLab),
    byVisitorType: rowsInOrder(byVisitorType),
    byChannel: rowsInOrder(byChannel),
    byStatus: rowsInOrder(byStatus),
    byOutcome: rowsInOrder(byOutcome),
    withoutEntries,
    topEntries,
    followUpsOverdue: overdue.sort(bySoonest).slice(0, MAX_FOLLOW_UP_ROWS),
    followUpsDueToday: dueToday.sort(bySoonest).slice(0, MAX_FOLLOW_UP_ROWS),
    followUpsOverdueCount: overdue.length,
    followUpsDueTodayCount: dueToday.length,
    searchMisses: [],
  };
}
