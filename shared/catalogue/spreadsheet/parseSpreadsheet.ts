// Reading a spreadsheet folder (four CSV files of entries, and the glossary's two) into a catalogue,
// reporting every problem at once with file, row and column, as docs/catalogue-spreadsheet.md requires.
import { catalogueEntrySchema, type CatalogueEntry } from '../entry';
import { EMPTY_GLOSSARY, isEmptyGlossary, type Glossary } from '../glossary';
import { SPREADSHEET_FILES } from './columns';
import { readCsvTable, type ReportProblem, type SpreadsheetFile } from './csvTable';
import { GLOSSARY_FILE, parseGlossaryFile, parseVocabularyFile, VOCABULARY_FILE, vocabularyCoverageNotices } from './parseGlossary';
import { columnForPath, rowToEntry } from './rowToEntry';

export type { SpreadsheetFile } from './csvTable';
export { MAX_FILE_BYTES } from './csvTable';

export interface SpreadsheetProblem {
  file: string;
  /** The spreadsheet row as a spreadsheet program numbers it: the header is row 1. */
  row?: number;
  column?: string;
  message: string;
}

export type SpreadsheetResult =
  | { ok: true; entries: CatalogueEntry[]; glossary: Glossary; notices: string[] }
  | { ok: false; problems: SpreadsheetProblem[]; notices: string[] };

export function parseSpreadsheet(files: readonly SpreadsheetFile[]): SpreadsheetResult {
  const problems: SpreadsheetProblem[] = [];
  const notices: string[] = [];
  const entries: CatalogueEntry[] = [];
  const firstRowOfId = new Map<string, { file: string; row: number }>();
  const glossary: Glossary = { groups: [], subjectAreas: [], labs: [] };
  const knownFiles = [...Object.keys(SPREADSHEET_FILES), GLOSSARY_FILE, VOCABULARY_FILE];
  let vocabularyRead = false;

  for (const file of files) {
    const name = file.name.toLowerCase();
    const report: ReportProblem = (message, row, column) => problems.push({ file: file.name, row, column, message });
    if (name === GLOSSARY_FILE) {
      glossary.groups.push(...parseGlossaryFile(file, report, (text) => notices.push(text)));
      continue;
    }
    if (name === VOCABULARY_FILE) {
      Object.assign(glossary, parseVocabularyFile(file, report));
      vocabularyRead = true;
      continue;
    }
    const spec = SPREADSHEET_FILES[name];
    if (!spec) {
      notices.push(`${file.name}: not one of ${knownFiles.join(', ')}; ignored`);
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
  if (vocabularyRead) notices.push(...vocabularyCoverageNotices(entries, glossary));
  return problems.length > 0 ? { ok: false, problems, notices } : { ok: true, entries, glossary: isEmptyGlossary(glossary) ? EMPTY_GLOSSARY : glossary, notices };
}


function parseFile(file: SpreadsheetFile, problems: SpreadsheetProblem[]): { entry: CatalogueEntry; row: number }[] {
  const spec = SPREADSHEET_FILES[file.name.toLowerCase()]!;
  const report: ReportProblem = (message, row, column) => problems.push({ file: file.name, row, column, message });
  const table = readCsvTable(file, spec.columns, report);
  if (!table) return [];

  const entries: { entry: CatalogueEntry; row: number }[] = [];
  for (const { row, cells } of table) {
    const typed: Record<string, unknown> = {};
    let rowIsValid = true;
    for (const [name, value] of Object.entries(cells)) {
      const column = spec.columns[name]!;
      if (value === '') {
        if (column.required) {
          report('is required but empty', row, name);
          rowIsValid = false;
        }
        continue;
      }
      const result = column.parse(value);
      if (result.ok) typed[name] = result.value;
      else {
        report(result.reason, row, name);
        rowIsValid = false;
      }
    }
    if (!rowIsValid) continue;
    const checked = catalogueEntrySchema.safeParse(rowToEntry(spec.kind, typed));
    if (checked.success) entries.push({ entry: checked.data, row });
    else for (const issue of checked.error.issues) report(issue.message, row, columnForPath(issue.path));
  }
  return entries;
}
