// The report's tables as CSV, as the enquiry export writes it (electron/enquiry/exportCsv.ts):
// UTF-8 with a byte order mark so Excel shows Hindi, CRLF line ends, RFC 4180 quoting by
// papaparse, and every cell through the same formula guard (shared/enquiry/csvPhone.ts), since a
// search text or a follow-up action is typed by people and must never run as a formula.
import Papa from 'papaparse';
import { guardedCell } from '../../../shared/enquiry/csvPhone';
import type { ReportTable } from './reportTables';

const BYTE_ORDER_MARK = '\uFEFF';

function tableLines(table: ReportTable): string[][] {
  return [table.columns, ...table.rows.map((row) => row.csv)];
}

/** One table: its header and rows. */
export function reportTableCsv(table: ReportTable): string {
  return toCsv(tableLines(table));
}

/** The whole report: a line naming the period, then each table under its caption, a blank line between. */
export function reportCsv(title: string, tables: readonly ReportTable[]): string {
  const lines: string[][] = [[title]];
  for (const table of tables) lines.push([], [table.caption], ...tableLines(table));
  return toCsv(lines);
}

function toCsv(lines: string[][]): string {
  const guarded = lines.map((line) => line.map(guardedCell));
  return `${BYTE_ORDER_MARK}${Papa.unparse(guarded, { newline: '\r\n', escapeFormulae: false, header: false })}\r\n`;
}
