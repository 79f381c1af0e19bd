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
  const texts: Record<FieldName, string[]> = {
    title: present(entry.title.en, entry.title.hi),
    keywords: entry.keywords,
    lab: [entry.lab],
    domains: entry.domains,
    summary: present(entry.summary.en, entry.summary.hi),
    lists: [],
    details: present(entry.details?.en, entry.details?.hi),
    other: present(entry.contact.name),
  };
  switch (entry.kind) {
    case 'technology':
      texts.lists = entry.applications;
      texts.other.push(...present(entry.totTerms, entry.category === undefined ? undefined : `category ${entry.category}`));
      break;
    case 'consultancy':
      texts.lists = [entry.serviceType, ...entry.deliverables];
      texts.other.push(...present(entry.feeBasis));
      break;
    case 'course':
      texts.lists = [entry.mode];
      texts.other.push(...present(entry.eligibility, entry.venue));
      break;
    case 'scheme':
      texts.lists = [entry.agency];
      texts.other.push(...present(entry.fundingShare, entry.eligibility, entry.howToApply));
      break;
  }
  return texts;
}

function present(...values: (string | undefined)[]): string[] {
  return values.filter((value): value is string => value !== undefined && value.length > 0);
}
