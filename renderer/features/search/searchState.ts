// What the user has asked for on the search page: the words, the kind chip and the facet filters.
// Kept by the app (not the page) so that coming back from an entry finds the search as it was.
import type { EntryKind, IsoDate } from '../../../shared/catalogue/entry';
import type { SearchFilters, SearchQuery } from '../../../shared/search/types';
import { todayIso } from '../../app/today';

export type KindChoice = EntryKind | 'all';

export interface FacetChoices {
  lab?: string;
  domain?: string;
  trlMin?: number;
  trlMax?: number;
  courseFrom?: IsoDate;
  courseTo?: IsoDate;
  fundingMin?: number;
  fundingMax?: number;
}

/** How the results are ordered; 'relevance' (the engine's own order) when absent. */
export type SortChoice = 'relevance' | 'newest' | 'nextBatch' | 'trl' | 'fee' | 'funding';

export interface SearchState {
  text: string;
  kind: KindChoice;
  facets: FacetChoices;
  sort?: SortChoice;
  /** How many pages of RESULT_LIMIT results are shown ("Show more"); 1 when absent. */
  pages?: number;
  /** Courses can be shown as a table (next batch, duration, mode, fee, seats); a list otherwise. */
  layout?: 'table';
}

export const EMPTY_SEARCH: SearchState = { text: '', kind: 'all', facets: {} };

export const RESULT_LIMIT = 50;
/** The engine returns at most this many hits (engine.ts: MAX_LIMIT). */
export const MAX_PAGES = 20;

/** The orders that make sense for each kind: a fact only one kind has sorts only that kind. */
export const SORTS_FOR_KIND: Record<KindChoice, readonly SortChoice[]> = {
  all: ['relevance', 'newest'],
  technology: ['relevance', 'newest', 'trl'],
  consultancy: ['relevance', 'newest'],
  course: ['relevance', 'nextBatch', 'fee', 'newest'],
  scheme: ['relevance', 'funding', 'newest'],
};

/** Which facet filters apply to entries of a kind (lab and subject area apply to every kind). */
const KIND_FACETS: Record<Exclude<KindChoice, 'all'>, readonly (keyof FacetChoices)[]> = {
  technology: ['trlMin', 'trlMax'],
  consultancy: [],
  course: ['courseFrom', 'courseTo'],
  scheme: ['fundingMin', 'fundingMax'],
};
const KIND_SPECIFIC_FACETS = Object.values(KIND_FACETS).flat();

/** Whether a facet filter can narrow the entries of the chosen kind (all: every facet can). */
export function facetAppliesTo(facet: keyof FacetChoices, kind: KindChoice): boolean {
  if (kind === 'all' || !KIND_SPECIFIC_FACETS.includes(facet)) return true;
  return KIND_FACETS[kind].includes(facet);
}

/**
 * The state after choosing another kind: filters and the sort that do not apply to the new kind
 * are dropped (a TRL filter left on while funding schemes are chosen would hide every scheme), and
 * the list starts again at its first page.
 */
export function withKind(state: SearchState, kind: KindChoice): SearchState {
  const facets: FacetChoices = {};
  for (const [facet, value] of Object.entries(state.facets) as [keyof FacetChoices, FacetChoices[keyof FacetChoices]][]) {
    if (value !== undefined && facetAppliesTo(facet, kind)) (facets as Record<string, unknown>)[facet] = value;
  }
  const sort = state.sort !== undefined && SORTS_FOR_KIND[kind].includes(state.sort) ? state.sort : undefined;
  return { text: state.text, kind, facets, ...(sort && sort !== 'relevance' ? { sort } : {}), ...(kind === 'course' && state.layout ? { layout: state.layout } : {}) };
}

export function hasFacetChoices(facets: FacetChoices): boolean {
  return Object.values(facets).some((value) => value !== undefined);
}

export function toSearchQuery(state: SearchState): SearchQuery {
  const { facets } = state;
  const filters: SearchFilters = {};
  if (state.kind !== 'all') filters.kinds = [state.kind];
  if (facets.lab) filters.labs = [facets.lab];
  if (facets.domain) filters.domains = [facets.domain];
  if (facets.trlMin !== undefined || facets.trlMax !== undefined) filters.trl = definedOnly({ min: facets.trlMin, max: facets.trlMax });
  if (facets.courseFrom || facets.courseTo) filters.courseDates = definedOnly({ from: facets.courseFrom, to: facets.courseTo });
  if (facets.fundingMin !== undefined || facets.fundingMax !== undefined)
    filters.funding = definedOnly({ min: facets.fundingMin, max: facets.fundingMax });
  const limit = RESULT_LIMIT * Math.min(MAX_PAGES, Math.max(1, Math.floor(state.pages ?? 1)));
  // The sort leaves the query only when it is not the engine's own order, so a keystroke's query
  // (and the answers worked out ahead for it) stay as they were.
  // `suggest`: an answer with nothing found brings what to try instead (costs nothing otherwise).
  if (state.sort !== undefined && state.sort !== 'relevance') return { text: state.text, filters, limit, suggest: true, sort: { by: state.sort, today: todayIso() } };
  return { text: state.text, filters, limit, suggest: true };
}

function definedOnly<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };
}
