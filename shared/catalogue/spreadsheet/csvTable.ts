// Reading one CSV file of the spreadsheet folder into rows of named cells, checking what every file
// shares: size, UTF-8, RFC 4180 shape, a header of known, unique names with the required ones present.
// Each problem is reported with the file, the spreadsheet row (the header is row 1) and the column.
import Papa from 'papaparse';
import { closestName } from '../../text/closestName';

export interface SpreadsheetFile {
  name: string;
  bytes: Uint8Array;
}

export type ReportProblem = (message: string, row?: number, column?: string) => void;

export interface CsvRow {
  /** The spreadsheet row number. */
  row: number;
  /** Trimmed cell text by lower-case column name; columns the file leaves out are absent. */
  cells: Record<string, string>;
}

export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** The rows of `file`, or undefined when its header or encoding makes the rows unreadable. */
export function readCsvTable(file: SpreadsheetFile, columns: Record<string, { required: boolean }>, report: ReportProblem): CsvRow[] | undefined {
  if (file.bytes.byteLength > MAX_FILE_BYTES) {
    report(`is ${(file.bytes.byteLength / 1048576).toFixed(1)} MB; at most ${MAX_FILE_BYTES / 1048576} MB is accepted`);
    return undefined;
  }
  let content: string;
  try {
    content = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
  } catch {
    report('is not valid UTF-8 text; save it as "CSV UTF-8"');
    return undefined;
  }
  // The format is comma-separated; guessing the delimiter fails on a one-column file (a glossary of terms only).
  const parsed = Papa.parse<string[]>(content, { header: false, skipEmptyLines: false, delimiter: ',' });
  for (const error of parsed.errors) {
    report(`the CSV is malformed: ${error.message}`, error.row === undefined ? undefined : error.row + 1);
  }
  const [headerRow, ...rows] = parsed.data;
  if (!headerRow || headerRow.every((cell) => cell.trim() === '')) {
    report('has no header row');
    return undefined;
  }

  const knownColumns = Object.keys(columns);
  const header = headerRow.map((name) => name.trim().toLowerCase());
  let headerIsUsable = true;
  header.forEach((name, index) => {
    if (name === '') {
      report(`column ${index + 1} has no name`, 1);
      headerIsUsable = false;
    } else if (!columns[name]) {
      const suggestion = closestName(name, knownColumns);
      report(`unknown column "${headerRow[index]!.trim()}"${suggestion ? `; did you mean "${suggestion}"?` : ''}`, 1, headerRow[index]!.trim());
      headerIsUsable = false;
    } else if (header.indexOf(name) !== index) {
      report(`column "${name}" appears more than once`, 1, name);
      headerIsUsable = false;
    }
  });
  for (const [name, column] of Object.entries(columns)) {
    if (column.required && !header.includes(name)) {
      report(`required column "${name}" is missing`, 1, name);
      headerIsUsable = false;
    }
  }
  if (!headerIsUsable) return undefined;

  const table: CsvRow[] = [];
  rows.forEach((cells, index) => {
    const row = index + 2;
    if (cells.every((value) => value.trim() === '')) return;
    if (cells.length !== header.length) {
      report(`has ${cells.length} cells but the header has ${header.length}`, row);
      return;
    }
    const named: Record<string, string> = {};
    header.forEach((name, column) => (named[name] = cells[column]!.trim()));
    table.push({ row, cells: named });
  });
  return table;
}
