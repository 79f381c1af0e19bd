import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../shared/catalogue/entry';
import { EMPTY_SEARCH, hasFacetChoices, RESULT_LIMIT, toSearchQuery } from './searchState';

describe('toSearchQuery', () => {
  it('asks for every kind with no filters when nothing is chosen', () => {
    expect(toSearchQuery({ ...EMPTY_SEARCH, text: 'dro' })).toEqual({ text: 'dro', filters: {}, limit: RESULT_LIMIT });
  });

  it('turns the kind chip and each facet into the engine filters', () => {
    const query = toSearchQuery({
      text: '',
      kind: 'technology',
      facets: { lab: 'DRDL', domain: 'Materials', trlMin: 5, courseTo: '2027-01-31' as IsoDate, fundingMax: 1e7 },
    });
    expect(query.filters).toEqual({
      kinds: ['technology'],
      labs: ['DRDL'],
      domains: ['Materials'],
      trl: { min: 5 },
      courseDates: { to: '2027-01-31' },
      funding: { max: 1e7 },
    });
  });
});

describe('hasFacetChoices', () => {
  it('is false for no choices and true for any one', () => {
    expect(hasFacetChoices({})).toBe(false);
    expect(hasFacetChoices({ trlMin: undefined })).toBe(false);
    expect(hasFacetChoices({ trlMin: 1 })).toBe(true);
  });
});
