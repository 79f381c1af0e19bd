// Which parts of an entry are searched, and how much a match in each counts. Title and keywords
// outrank the summary, which outranks long text, whatever the length of that text.
import type { CatalogueEntry } from '../catalogue/entry';

export interface FieldSpec {
  name: string;
  /** Relative importance of one match in this field. */
  weight: number;
  /** BM25 length normalisation: 0 ignores the field's length, 1 divides fully by it. */
  lengthNormalisation: number;
}

export const FIELDS = {
  title: { name: 'title', weight: 10, lengthNormalisation: 0.3 },
  // The acronym a title gives in brackets, "Technology Development Fund (TDF)": the entry's own
  // short name, so a query for it ranks the entry itself above others that merely mention it.
  alias: { name: 'alias', weight: 30, lengthNormalisation: 0 },
  keywords: { name: 'keywords', weight: 8, lengthNormalisation: 0.2 },
  lab: { name: 'lab', weight: 5, lengthNormalisation: 0 },
  domains: { name: 'domains', weight: 4, lengthNormalisation: 0.2 },
  summary: { name: 'summary', weight: 3, lengthNormalisation: 0.5 },
  lists: { name: 'lists', weight: 2, lengthNormalisation: 0.5 },
  details: { name: 'details', weight: 1, lengthNormalisation: 0.75 },
  other: { name: 'other', weight: 0.5, lengthNormalisation: 0.75 },
} as const satisfies Record<string, FieldSpec>;

export type FieldName = keyof typeof FIELDS;
export const FIELD_NAMES = Object.keys(FIELDS) as FieldName[];

/** The searchable text of one entry, field by field (several strings per field are joined by the indexer). */
export function entryFieldTexts(entry: CatalogueEntry): Record<FieldName, string[]> {
  return Object.fromEntries(FIELD_NAMES.map((name) => [name, fieldStrings(entry, name, [])])) as Record<FieldName, string[]>;
}

/**
 * The strings of one field of the entry, written into `into` (emptied first) and returned: what
 * entryFieldTexts gives for that field, without allocating (the indexer calls it 400,000 times at 50,000 entries).
 */
export function fieldStrings(entry: CatalogueEntry, field: FieldName, into: string[]): string[] {
  into.length = 0;
  switch (field) {
    case 'title':
      return pushPresent(into, entry.title.en, entry.title.hi);
    case 'alias':
      return pushTitleAcronyms(into, entry.title.en);
    case 'keywords':
      return pushAll(into, entry.keywords);
    case 'lab':
      into.push(entry.lab);
      return into;
    case 'domains':
      return pushAll(into, entry.domains);
    case 'summary':
      return pushPresent(into, entry.summary.en, entry.summary.hi);
    case 'details':
      return pushPresent(into, entry.details?.en, entry.details?.hi);
    case 'lists':
      switch (entry.kind) {
        case 'technology':
          return pushAll(into, entry.applications);
        case 'consultancy':
          into.push(entry.serviceType);
          return pushAll(into, entry.deliverables);
        case 'course':
          into.push(entry.mode);
          return into;
        case 'scheme':
          into.push(entry.agency);
          return into;
      }
      return into;
    case 'other':
      pushPresent(into, entry.contact.name);
      switch (entry.kind) {
        case 'technology':
          return pushPresent(into, entry.totTerms, entry.category === undefined ? undefined : `category ${entry.category}`);
        case 'consultancy':
          return pushPresent(into, entry.feeBasis);
        case 'course':
          return pushPresent(into, entry.eligibility, entry.venue);
        case 'scheme':
          return pushPresent(into, entry.fundingShare, entry.eligibility, entry.howToApply);
      }
      return into;
  }
}

function pushAll(into: string[], values: readonly string[]): string[] {
  for (const value of values) into.push(value);
  return into;
}

function pushPresent(into: string[], ...values: (string | undefined)[]): string[] {
  for (const value of values) if (value !== undefined && value.length > 0) into.push(value);
  return into;
}

const BRACKETED = /\(([^()]{1,80})\)/g;

/**
 * The acronyms written in brackets in a title: words of two or more capitals that are no more
 * lower case than upper ("TDF", "CFD", "DIA-CoE", "UT, RT, MPI"; not "sample EoI" or "iDEX-style").
 */
function pushTitleAcronyms(into: string[], title: string): string[] {
  for (const [, inside] of title.matchAll(BRACKETED)) {
    for (const word of inside!.split(/[\s,;/]+/)) {
      const upper = word.replace(/[^A-Z]/g, '').length;
      const lower = word.replace(/[^a-z]/g, '').length;
      if (upper >= 2 && lower <= upper - 2) into.push(word);
    }
  }
  return into;
}
