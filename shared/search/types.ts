// The search contract: what the renderer's worker, the command line and the benchmark call.
import type { GlossaryGroup } from '../catalogue/glossary';
import type { EntryId, EntryKind, IsoDate } from '../catalogue/entry';
import type { EntryAttributes, EntryPreview } from './entryPreview';
import type { InvertedIndex } from './invertedIndex';

/**
 * Empty or missing filters are inactive. The TRL, course-date and funding filters keep only entries
 * of their own kind that carry the value (TRL 7–9 means "technologies at TRL 7–9").
 */
export interface SearchFilters {
  kinds?: EntryKind[];
  labs?: string[];
  domains?: string[];
  /** Technologies only: inclusive TRL range. */
  trl?: { min?: number; max?: number };
  /** Courses only: a batch must overlap this inclusive date range. */
  courseDates?: { from?: IsoDate; to?: IsoDate };
  /** Schemes only: inclusive range of maximum funding, whole rupees. */
  funding?: { min?: number; max?: number };
}

/** An order other than relevance; ties keep the relevance (or, when browsing, the browsing) order. */
export interface SearchSort {
  /** newest: last updated first; nextBatch: courses by the start of their next batch not over on `today`;
   * trl: highest TRL first; fee: a course's lowest fee first; funding: a scheme's highest ceiling first. */
  by: 'newest' | 'nextBatch' | 'trl' | 'fee' | 'funding';
  /** The reader's today, for nextBatch. */
  today?: IsoDate;
}

export interface SearchQuery {
  text: string;
  filters?: SearchFilters;
  sort?: SearchSort;
  /** How many hits to return; the total is counted regardless. Default 50. */
  limit?: number;
  /**
   * When nothing is found, work out what to try instead (suggestions, browseDomains). Off by default:
   * the first time it builds its tables from the vocabulary (~0.1 s at 50,000 entries; then 1–5 ms), which the page does while idle (searchWarmUp.ts).
   */
  suggest?: boolean;
}

/** Half-open range [start, end) of UTF-16 code units in the field's original text. */
export interface HighlightRange {
  start: number;
  end: number;
}

export type HighlightField = 'title.en' | 'title.hi' | 'summary.en' | 'summary.hi';

export interface SearchHit {
  id: EntryId;
  kind: EntryKind;
  /** Higher is better; comparable only within one result list. */
  score: number;
  /** What the result row shows; the full entry is read from the catalogue when it is opened. */
  entry: EntryPreview;
  highlights: Partial<Record<HighlightField, HighlightRange[]>>;
}

export interface FacetCounts {
  kind: Record<EntryKind, number>;
  lab: Record<string, number>;
  domain: Record<string, number>;
  /** Technologies by TRL level ("1"–"9"); levels with no entries are left out. Set by createSearchEngine. */
  trl?: Record<string, number>;
  /** Smallest and largest maximum funding (whole rupees) among matching schemes; absent when none has one. */
  fundingRange?: { min: number; max: number };
  /** Earliest batch start and latest batch end among matching courses; absent when none has a batch. */
  courseDateRange?: { first: IsoDate; last: IsoDate };
}

export interface SearchResult {
  hits: SearchHit[];
  /** Number of matching entries after filters, before the limit. */
  total: number;
  /** Counts over the matching entries; each facet ignores its own filter so the user can widen it. */
  facets: FacetCounts;
  /** Only when nothing was found: texts close to the query that find entries (didYouMean.ts), best first. */
  suggestions?: string[];
  /** Only when nothing was found: subject areas to browse instead, those of the first suggestion's answers or else the largest. */
  browseDomains?: string[];
}

export interface SearchEngine {
  search(query: SearchQuery): SearchResult;
  /**
   * Texts the user is likely to type next after `text`: `text` followed by each character that
   * carries its last word on towards an indexed word (or starts a new word after a space, or in an
   * empty box), those leading to the most entries first; at most `max`. Empty when `text` ends
   * otherwise (punctuation) or is as long as a query can be.
   */
  likelyNextTexts(text: string, max: number): string[];
  /** Number of entries that can be found (expired and withdrawn ones excluded). */
  readonly size: number;
}

export interface SearchEngineOptions {
  /** Entries past their valid_until before this date are never returned. */
  today: IsoDate;
  /**
   * An index built earlier for the same visible entries (see indexSnapshot.ts), so start-up skips
   * tokenising the catalogue. The caller keys it by the catalogue's content (a changed entry keeps
   * its id); it is ignored, and the index built afresh, when the visible entries differ (a new day).
   */
  prebuiltIndex?: PrebuiltIndex;
  /**
   * The engine of the catalogue this one replaces (after an update): entries it indexed that are
   * unchanged (the same object or deep-equal) are not tokenised again, and its average field lengths
   * are kept. Results are those of a fresh build with those averages. Ignored when it was built from
   * a prebuilt index, or when fewer than half of the entries are unchanged.
   */
  previous?: SearchEngine;
  /**
   * The catalogue's glossary groups (shared/catalogue/glossary.ts): synonyms indexed alongside each
   * other, and words naming a kind. Absent: none beyond the built-in kind words.
   */
  glossary?: readonly GlossaryGroup[];
}

/** An inverted index together with the ids of the entries it was built over, in order. */
export interface PrebuiltIndex {
  readonly documentIds: readonly string[];
  readonly index: InvertedIndex;
}

/**
 * A prebuilt index with what the engine needs of its entries, numbered as in the index: enough to
 * search without the catalogue (see indexSnapshot.ts).
 */
export interface SearchPack extends PrebuiltIndex {
  /** The glossary groups the index was built with: the engine highlights synonyms and reads kind words from them. */
  readonly glossary: readonly GlossaryGroup[];
  readonly attributes: readonly EntryAttributes[];
  /** Document numbers in browsing order (browsingOrder.ts), computed when the pack was built. */
  readonly browseOrder: Int32Array;
  /** One entry's preview; a stored pack reads it on first use and returns the same object after. */
  preview(document: number): EntryPreview;
}
