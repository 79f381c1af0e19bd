// Reading a spreadsheet folder (four CSV files) into catalogue entries, reporting every problem
// at once with file, row and column, as ../shared/spec/catalogue-spreadsheet.md requires.
import Papa from 'papaparse';
import { catalogueEntrySchema, type CatalogueEntry } from '../entry';
import { closestName } from '../../text/closestName';
import { SPREADSHEET_FILES } from './columns';
import { columnForPath, rowToEntry } from './rowToEntry';

export interface SpreadsheetFile {
  name: string;
  bytes: Uint8Array;
}

export interface SpreadsheetProblem {
  file: string;
  /** The spreadsheet row as a spreadsheet program numbers it: the header is row 1. */
  row?: number;
  column?: string;
  message: string;
}

export type SpreadsheetResult =
  | { ok: true; entries: CatalogueEntry[]; notices: string[] }
  | { ok: false; problems: SpreadsheetProblem[]; notices: string[] };

export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export function parseSpreadsheet(files: readonly SpreadsheetFile[]): SpreadsheetResult {
  const problems: SpreadsheetProblem[] = [];
  const notices: string[] = [];
  const entries: CatalogueEntry[] = [];
  const firstRowOfId = new Map<string, { file: string; row: number }>();

  for (const file of files) {
    const spec = SPREADSHEET_FILES[file.name.toLowerCase()];
    if (!spec) {
      notices.push(`${file.name}: not one of ${Object.keys(SPREADSHEET_FILES).join(', ')}; ignored`);
      continue;
    }
    for (const parsed of parseFile(file, problems)) {
      const previous = firstRowOfId.get(parsed.entry.id);
      if (previous) {
        problems.push({ file: file.name, row: parsed.row, column: 'id', message: `duplicate id "${parsed.entry.id}" (first used in ${previous.file}, row ${previous.row})` });
        continue;
      }
      firstRowOfId.set(parsed.entry.id, { file: file.name, row: parsed.row });
      entries.push(parsed.entry);
    }
  }
  if (files.every((file) => !SPREADSHEET_FILES[file.name.toLowerCase()])) {
    problems.push({ file: '(folder)', message: `no catalogue files found; expected one or more of ${Object.keys(SPREADSHEET_FILES).join(', ')}` });
  }
  return problems.length > 0 ? { ok: false, problems, notices } : { ok: true, entries, notices };
}

function parseFile(file: SpreadsheetFile, problems: SpreadsheetProblem[]): { entry: CatalogueEntry; row: number }[] {
  const spec = SPREADSHEET_FILES[file.name.toLowerCase()]!;
  const report = (message: string, row?: number, column?: string) => problems.push({ file: file.name, row, column, message });

  if (file.bytes.byteLength > MAX_FILE_BYTES) {
    report(`is ${(file.bytes.byteLength / 1048576).toFixed(1)} MB; at most ${MAX_FILE_BYTES / 1048576} MB is accepted`);
    return [];
  }
  let content: string;
  try {
    content = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
  } catch {
    report('is not valid UTF-8 text; save it as "CSV UTF-8"');
    return [];
  }
  const parsed = Papa.parse<string[]>(content, { header: false, skipEmptyLines: false });
  for (const error of parsed.errors) {
    report(`the CSV is malformed: ${error.message}`, error.row === undefined ? undefined : error.row + 1);
  }
  const [headerRow, ...rows] = parsed.data;
  if (!headerRow || headerRow.every((cell) => cell.trim() === '')) {
    report('has no header row');
    return [];
  }

  const knownColumns = Object.keys(spec.columns);
  const header = headerRow.map((name) => name.trim().toLowerCase());
  let headerIsUsable = true;
  header.forEach((name, index) => {
    if (name === '') {
      report(`column ${index + 1} has no name`, 1);
      headerIsUsable = false;
    } else if (!spec.columns[name]) {
      const suggestion = closestName(name, knownColumns);
      report(`unknown column "${headerRow[index]!.trim()}"${suggestion ? `; did you mean "${suggestion}"?` : ''}`, 1, headerRow[index]!.trim());
      headerIsUsable = false;
    } else if (header.indexOf(name) !== index) {
      report(`column "${name}" appears more than once`, 1, name);
      headerIsUsable = false;
    }
  });
  for (const [name, column] of Object.entries(spec.columns)) {
    if (column.required && !header.includes(name)) {
      report(`required column "${name}" is missing`, 1, name);
      headerIsUsable = false;
    }
  }
  if (!headerIsUsable) return [];

  const entries: { entry: CatalogueEntry; row: number }[] = [];
  rows.forEach((cells, index) => {
    const row = index + 2;
    if (cells.every((value) => value.trim() === '')) return;
    if (cells.length !== header.length) {
      report(`has ${cells.length} cells but the header has ${header.length}`, row);
      return;
    }
    const typed: Record<string, unknown> = {};
    let rowIsValid = true;
    header.forEach((name, column) => {
      const spec_ = spec.columns[name]!;
      const value = cells[column]!.trim();
      if (value === '') {
        if (spec_.required) {
          report('is required but empty', row, name);
          rowIsValid = false;
        }
        return;
      }
      const result = spec_.parse(value);
      if (result.ok) typed[name] = result.value;
      else {
        report(result.reason, row, name);
        rowIsValid = false;
      }
    });
    if (!rowIsValid) return;
    const checked = catalogueEntrySchema.safeParse(rowToEntry(spec.kind, typed));
    if (checked.success) entries.push({ entry: checked.data, row });
    else for (const issue of checked.error.issues) report(issue.message, row, columnForPath(issue.path));
  });
  return entries;
}
