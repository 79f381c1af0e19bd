// The search as the query part of its address (#/search?q=drone&kind=course&sort=fee): what a
// reload, Back and Forward bring back. Read leniently: a value that makes no sense is left out,
// never an error, since anyone can type an address.
import type { IsoDate } from '../../../shared/catalogue/entry';
import { ENTRY_KINDS } from '../../../shared/catalogue/entryKinds';
import { EMPTY_SEARCH, SORTS_FOR_KIND, type FacetChoices, type KindChoice, type SearchState, type SortChoice } from './searchState';

const KIND_CHOICES: readonly KindChoice[] = ['all', ...ENTRY_KINDS];

/** The search's query string, without "?": empty for the empty search. Pages are not kept (a reload starts at the first). */
export function searchParamsOf(state: SearchState): string {
  const params = new URLSearchParams();
  const { facets } = state;
  if (state.text !== '') params.set('q', state.text);
  if (state.kind !== 'all') params.set('kind', state.kind);
  if (facets.lab) params.set('lab', facets.lab);
  if (facets.domain) params.set('domain', facets.domain);
  setRange(params, 'trl', facets.trlMin, facets.trlMax);
  if (facets.courseFrom) params.set('from', facets.courseFrom);
  if (facets.courseTo) params.set('to', facets.courseTo);
  setRange(params, 'funding', facets.fundingMin, facets.fundingMax);
  if (state.sort && state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.layout === 'table' && state.kind === 'course') params.set('view', 'table');
  return params.toString();
}

export function searchStateOf(query: string): SearchState {
  const params = new URLSearchParams(query);
  const kindParam = params.get('kind');
  const kind = KIND_CHOICES.find((choice) => choice === kindParam) ?? 'all';
  const facets: FacetChoices = {};
  const lab = params.get('lab')?.trim();
  if (lab) facets.lab = lab;
  const domain = params.get('domain')?.trim();
  if (domain) facets.domain = domain;
  const [trlMin, trlMax] = readRange(params.get('trl'), 1, 9);
  if (trlMin !== undefined) facets.trlMin = trlMin;
  if (trlMax !== undefined) facets.trlMax = trlMax;
  const from = readDate(params.get('from'));
  if (from) facets.courseFrom = from;
  const to = readDate(params.get('to'));
  if (to) facets.courseTo = to;
  const [fundingMin, fundingMax] = readRange(params.get('funding'), 0, 1e13);
  if (fundingMin !== undefined) facets.fundingMin = fundingMin;
  if (fundingMax !== undefined) facets.fundingMax = fundingMax;
  const sortParam = params.get('sort');
  const sort = SORTS_FOR_KIND[kind].find((choice): choice is SortChoice => choice === sortParam && choice !== 'relevance');
  const table = kind === 'course' && params.get('view') === 'table';
  return { ...EMPTY_SEARCH, text: (params.get('q') ?? '').slice(0, 200), kind, facets, ...(sort ? { sort } : {}), ...(table ? { layout: 'table' as const } : {}) };
}

/** Whether two states ask for the same search (the page count aside). */
export function sameSearch(left: SearchState, right: SearchState): boolean {
  return searchParamsOf(left) === searchParamsOf(right);
}

function setRange(params: URLSearchParams, name: string, min: number | undefined, max: number | undefined): void {
  if (min !== undefined || max !== undefined) params.set(name, `${min ?? ''}-${max ?? ''}`);
}

function readRange(text: string | null, lowest: number, highest: number): [number | undefined, number | undefined] {
  const match = /^(\d*)-(\d*)$/.exec(text ?? '');
  if (!match) return [undefined, undefined];
  const read = (digits: string) => {
    if (digits === '') return undefined;
    const value = Number(digits);
    return value >= lowest && value <= highest ? value : undefined;
  };
  return [read(match[1]!), read(match[2]!)];
}

function readDate(text: string | null): IsoDate | undefined {
  if (!text || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return undefined;
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? (text as IsoDate) : undefined;
}
