// glossary.csv and vocabulary.csv of the spreadsheet folder: the words that should find each other,
// and the Hindi names of subject areas and labs (docs/catalogue-spreadsheet.md). Problems are reported
// like the entry files' (file, row, column); things worth knowing but not wrong are notices.
import type { CatalogueEntry, EntryKind } from '../entry';
import { ENTRY_KINDS } from '../entryKinds';
import type { Glossary, GlossaryGroup, VocabularyName } from '../glossary';
import { readCsvTable, type ReportProblem, type SpreadsheetFile } from './csvTable';

export const GLOSSARY_FILE = 'glossary.csv';
export const VOCABULARY_FILE = 'vocabulary.csv';

const GLOSSARY_COLUMNS = { terms: { required: true }, kind: { required: false }, note: { required: false } };
const VOCABULARY_COLUMNS = { type: { required: true }, key: { required: true }, name_en: { required: false }, name_hi: { required: true } };
const VOCABULARY_TYPES = { 'subject area': 'subjectAreas', lab: 'labs' } as const;

const MAX_TERM_LENGTH = 200;
const MAX_TERMS_PER_GROUP = 50;
const MAX_NAME_LENGTH = 300;

export function parseGlossaryFile(file: SpreadsheetFile, report: ReportProblem, notice: (text: string) => void): GlossaryGroup[] {
  const table = readCsvTable(file, GLOSSARY_COLUMNS, report);
  if (!table) return [];
  const groups: GlossaryGroup[] = [];
  const firstRowOfTerm = new Map<string, number>();
  for (const { row, cells } of table) {
    const terms = [...new Set((cells.terms ?? '').split(';').map((term) => term.trim()).filter((term) => term.length > 0))];
    let rowIsValid = true;
    if (terms.length < 2) {
      report(`needs at least two terms that mean the same, separated by ";" (found ${terms.length})`, row, 'terms');
      rowIsValid = false;
    } else if (terms.length > MAX_TERMS_PER_GROUP) {
      report(`has ${terms.length} terms; at most ${MAX_TERMS_PER_GROUP} are allowed in one row`, row, 'terms');
      rowIsValid = false;
    }
    const tooLong = terms.find((term) => term.length > MAX_TERM_LENGTH);
    if (tooLong) {
      report(`has a term of ${tooLong.length} characters; at most ${MAX_TERM_LENGTH} are allowed`, row, 'terms');
      rowIsValid = false;
    }
    const kindText = cells.kind ?? '';
    const kind = kindText === '' ? undefined : ENTRY_KINDS.find((candidate) => candidate === kindText.toLowerCase());
    if (kindText !== '' && !kind) {
      report(`"${kindText}" is not a kind of entry; use one of ${ENTRY_KINDS.join(', ')}, or leave it empty`, row, 'kind');
      rowIsValid = false;
    }
    if (!rowIsValid) continue;
    for (const term of terms) {
      const key = term.toLowerCase();
      const earlier = firstRowOfTerm.get(key);
      if (earlier === undefined) firstRowOfTerm.set(key, row);
      else notice(`${file.name} row ${row}: "${term}" is also in row ${earlier}; an entry with it is found by both rows' terms`);
    }
    groups.push(kind ? { terms, kind: kind as EntryKind } : { terms });
  }
  return groups;
}

export function parseVocabularyFile(file: SpreadsheetFile, report: ReportProblem): Pick<Glossary, 'subjectAreas' | 'labs'> {
  const names: Pick<Glossary, 'subjectAreas' | 'labs'> = { subjectAreas: [], labs: [] };
  const table = readCsvTable(file, VOCABULARY_COLUMNS, report);
  if (!table) return names;
  const firstRowOf = new Map<string, number>();
  for (const { row, cells } of table) {
    const typeText = (cells.type ?? '').toLowerCase();
    const list = VOCABULARY_TYPES[typeText as keyof typeof VOCABULARY_TYPES];
    let rowIsValid = true;
    if (!list) {
      report(`"${cells.type ?? ''}" is not a type; use "subject area" or "lab"`, row, 'type');
      rowIsValid = false;
    }
    for (const column of ['key', 'name_hi'] as const) {
      if ((cells[column] ?? '') === '') {
        report('is required but empty', row, column);
        rowIsValid = false;
      }
    }
    for (const column of ['key', 'name_en', 'name_hi'] as const) {
      const length = (cells[column] ?? '').length;
      if (length > MAX_NAME_LENGTH) {
        report(`is ${length} characters long; at most ${MAX_NAME_LENGTH} are allowed`, row, column);
        rowIsValid = false;
      }
    }
    if (!rowIsValid || !list) continue;
    const key = cells.key!;
    const identity = `${list}|${key.toLowerCase()}`;
    const earlier = firstRowOf.get(identity);
    if (earlier !== undefined) {
      report(`${typeText} "${key}" is already named in row ${earlier}`, row, 'key');
      continue;
    }
    firstRowOf.set(identity, row);
    const name: VocabularyName = { key, en: cells.name_en || key, hi: cells.name_hi! };
    names[list].push(name);
  }
  return names;
}

/** Notices for names entries use that the vocabulary does not translate, and for names no entry uses. */
export function vocabularyCoverageNotices(entries: readonly CatalogueEntry[], names: Pick<Glossary, 'subjectAreas' | 'labs'>): string[] {
  const notices: string[] = [];
  const check = (what: string, used: Set<string>, listed: readonly VocabularyName[]) => {
    const listedKeys = new Set(listed.map((name) => name.key.toLowerCase()));
    const missing = [...used].filter((key) => !listedKeys.has(key.toLowerCase())).sort();
    if (missing.length > 0) notices.push(`${VOCABULARY_FILE}: ${missing.length} ${what} used by entries have no Hindi name and are shown in English: ${missing.slice(0, 10).join(', ')}${missing.length > 10 ? ', …' : ''}`);
    const usedKeys = new Set([...used].map((key) => key.toLowerCase()));
    const unused = listed.filter((name) => !usedKeys.has(name.key.toLowerCase())).map((name) => name.key);
    if (unused.length > 0) notices.push(`${VOCABULARY_FILE}: ${unused.length} ${what} named here are used by no entry: ${unused.slice(0, 10).join(', ')}${unused.length > 10 ? ', …' : ''}`);
  };
  check('subject areas', new Set(entries.flatMap((entry) => entry.domains)), names.subjectAreas);
  check('labs', new Set(entries.map((entry) => entry.lab)), names.labs);
  return notices;
}
