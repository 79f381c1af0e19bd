// The report as tables in the reader's language: what the page shows beside each chart, and what
// the CSV export writes, from one description so the two never disagree.
import type { EnquiryReport, FollowUpRow } from '../../../shared/reports/enquiryReport';
import type { NameLookup } from '../../../shared/catalogue/vocabularyNames';
import type { Translator } from '../../../shared/i18n/translator';
import { kindPluralName } from '../../app/catalogueLabels';
import { labWithName } from '../../app/labWithName';
import { channelName, outcomeName, statusName, visitorTypeName } from '../enquiry/visitorTypeName';

export type ReportTableId =
  | 'perPeriod'
  | 'byKind'
  | 'bySubjectArea'
  | 'byLab'
  | 'byVisitorType'
  | 'byChannel'
  | 'byStatus'
  | 'byOutcome'
  | 'topEntries'
  | 'followUpsOverdue'
  | 'followUpsDueToday'
  | 'searchMisses';

export interface ReportTable {
  id: ReportTableId;
  caption: string;
  /** Column headings; the first column heads each row (th scope="row"). */
  columns: string[];
  /**
   * Cells as shown; `csv` the same cells for a spreadsheet (plain numbers, ISO dates); `value` the
   * number the chart draws (a count table only).
   */
  rows: { cells: string[]; csv: string[]; value?: number; lang?: string }[];
  /** Drawn as a bar chart beside the table. */
  chart: boolean;
  /** How many rows there are in all, when the table shows only the first ones. */
  totalRows?: number;
}

const monthFormats = new Map<string, Intl.DateTimeFormat>();

/** "January 2026" / "जनवरी 2026". */
export function monthName(start: string, locale: string): string {
  let format = monthFormats.get(locale);
  if (!format) monthFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' })));
  return format.format(new Date(`${start}T00:00:00Z`));
}

function countRows<K extends string>(rows: { key: K; count: number }[], label: (key: K) => string, translator: Translator) {
  return rows.map((row) => ({ cells: [label(row.key), translator.number(row.count)], csv: [label(row.key), String(row.count)], value: row.count }));
}

function followUpTable(id: 'followUpsOverdue' | 'followUpsDueToday', caption: string, rows: FollowUpRow[], total: number, translator: Translator): ReportTable {
  const { text } = translator;
  return {
    id,
    caption,
    columns: [text.reports.columnReference, text.reports.columnDue, text.reports.columnEnquiryDate, text.reports.columnStatus, text.reports.columnAction, text.reports.columnOfficer],
    rows: rows.map((row) => {
      const rest = [statusName(row.status, text), row.followUpAction, row.officer];
      return { cells: [row.reference, translator.date(row.followUpDate), translator.date(row.enquiryDate), ...rest], csv: [row.reference, row.followUpDate, row.enquiryDate, ...rest] };
    }),
    chart: false,
    ...(total > rows.length ? { totalRows: total } : {}),
  };
}

export function reportTables(report: EnquiryReport, translator: Translator, names: NameLookup): ReportTable[] {
  const { text } = translator;
  const words = text.reports;
  const weekly = report.request.grouping === 'week';
  const count = words.columnEnquiries;
  return [
    {
      id: 'perPeriod',
      caption: weekly ? words.perWeek : words.perMonth,
      columns: [weekly ? words.columnWeek : words.columnMonth, count],
      rows: report.perPeriod.map((row) => ({
        cells: [weekly ? translator.date(row.start) : monthName(row.start, translator.locale), translator.number(row.count)],
        csv: [weekly ? row.start : row.start.slice(0, 7), String(row.count)],
        value: row.count,
      })),
      chart: true,
    },
    { id: 'byKind', caption: words.byKind, columns: [words.columnKind, count], rows: countRows(report.byKind, (kind) => kindPluralName(kind, text), translator), chart: true },
    { id: 'bySubjectArea', caption: words.bySubjectArea, columns: [words.columnSubjectArea, count], rows: countRows(report.bySubjectArea, (area) => names.subjectArea(area), translator), chart: true },
    { id: 'byLab', caption: words.byLab, columns: [words.columnLab, count], rows: countRows(report.byLab, (lab) => labWithName(lab, names.labName(lab)), translator), chart: true },
    { id: 'byVisitorType', caption: words.byVisitorType, columns: [words.columnVisitorType, count], rows: countRows(report.byVisitorType, (type) => visitorTypeName(type, text), translator), chart: true },
    { id: 'byChannel', caption: words.byChannel, columns: [words.columnChannel, count], rows: countRows(report.byChannel, (channel) => channelName(channel, text), translator), chart: true },
    { id: 'byStatus', caption: words.byStatus, columns: [words.columnStatus, count], rows: countRows(report.byStatus, (status) => statusName(status, text), translator), chart: true },
    { id: 'byOutcome', caption: words.byOutcome, columns: [words.columnOutcome, count], rows: countRows(report.byOutcome, (outcome) => outcomeName(outcome, text), translator), chart: true },
    {
      id: 'topEntries',
      caption: words.topEntries,
      columns: [words.columnEntry, count],
      rows: report.topEntries.map((row) => {
        const title = row.title ? translator.choose(row.title) : undefined;
        const name = title?.text ?? words.unknownEntry(row.id);
        return { cells: [name, translator.number(row.count)], csv: [name, String(row.count)], value: row.count, ...(title ? { lang: title.language } : {}) };
      }),
      chart: true,
    },
    followUpTable('followUpsOverdue', words.followUpsOverdue, report.followUpsOverdue, report.followUpsOverdueCount, translator),
    followUpTable('followUpsDueToday', words.followUpsDueToday, report.followUpsDueToday, report.followUpsDueTodayCount, translator),
    {
      id: 'searchMisses',
      caption: words.searchMisses,
      columns: [words.columnQuery, words.columnTimesSearched, words.columnLastSearched],
      rows: report.searchMisses.map((row) => ({ cells: [row.query, translator.number(row.count), translator.date(row.lastDay)], csv: [row.query, String(row.count), row.lastDay], value: row.count })),
      chart: false,
    },
  ];
}
