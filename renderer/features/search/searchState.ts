// What the user has asked for on the search page: the words, the kind chip and the facet filters.
// Kept by the app (not the page) so that coming back from an entry finds the search as it was.
import type { EntryKind, IsoDate } from '../../../shared/catalogue/entry';
import type { SearchFilters, SearchQuery } from '../../../shared/search/types';

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

export interface SearchState {
  text: string;
  kind: KindChoice;
  facets: FacetChoices;
}

export const EMPTY_SEARCH: SearchState = { text: '', kind: 'all', facets: {} };

export const RESULT_LIMIT = 50;

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
  return { text: state.text, filters, limit: RESULT_LIMIT };
}

function definedOnly<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };
}
