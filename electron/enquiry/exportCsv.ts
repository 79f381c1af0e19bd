// The enquiry log as a CSV file Excel opens with Hindi intact: UTF-8 with a byte order mark, CRLF
// line ends and RFC 4180 quoting (papaparse's writer, which also quotes fields with leading or
// trailing spaces). The rows come already guarded (shared/enquiry/csvRows.ts): cells starting with
// = + - @ tab or CR get a leading ' so a visitor's text can never run as a spreadsheet formula (OWASP
// "CSV injection"); phones are written as a constant ="..." (shared/enquiry/csvPhone.ts says why).
import Papa from 'papaparse';
import type { Enquiry } from '../../shared/enquiry/enquiry';
import { enquiryCsvRows, type EntryTitles } from '../../shared/enquiry/csvRows';
import type { Language } from '../../shared/ipc/contract';

export const BYTE_ORDER_MARK = '\uFEFF';

export function enquiriesToCsv(enquiries: readonly Enquiry[], language: Language, titles?: EntryTitles): string {
  const table = Papa.unparse(enquiryCsvRows(enquiries, language, titles), { newline: '\r\n', escapeFormulae: false, header: false });
  return `${BYTE_ORDER_MARK}${table}\r\n`;
}
