import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../shared/catalogue/entry';
import { EMPTY_SEARCH, facetAppliesTo, hasFacetChoices, RESULT_LIMIT, toSearchQuery, withKind } from './searchState';

describe('toSearchQuery', () => {
  it('asks for every kind with no filters when nothing is chosen', () => {
    expect(toSearchQuery({ ...EMPTY_SEARCH, text: 'dro' })).toEqual({ text: 'dro', filters: {}, limit: RESULT_LIMIT, suggest: true });
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

describe('sort and pages in the query', () => {
  it('asks for more results page by page, and for an order only when it is not relevance', () => {
    expect(toSearchQuery({ ...EMPTY_SEARCH, pages: 3 }).limit).toBe(3 * RESULT_LIMIT);
    expect(toSearchQuery({ ...EMPTY_SEARCH, sort: 'relevance' })).not.toHaveProperty('sort');
    expect(toSearchQuery({ ...EMPTY_SEARCH, kind: 'course', sort: 'nextBatch' }).sort).toMatchObject({ by: 'nextBatch', today: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
  });
});

describe('withKind (choosing another kind chip)', () => {
  const technologiesFromTrl7 = { ...EMPTY_SEARCH, text: 'tdf', kind: 'technology' as const, facets: { trlMin: 7, lab: 'DRDL' }, sort: 'trl' as const, pages: 2 };

  it('drops the TRL filter and TRL order when funding schemes are chosen, keeping the words and the lab', () => {
    expect(withKind(technologiesFromTrl7, 'scheme')).toEqual({ text: 'tdf', kind: 'scheme', facets: { lab: 'DRDL' } });
  });

  it('keeps every filter under All, where each is shown, and drops an order All cannot use', () => {
    expect(withKind(technologiesFromTrl7, 'all')).toEqual({ text: 'tdf', kind: 'all', facets: { trlMin: 7, lab: 'DRDL' } });
  });

  it('knows which facet applies to which kind', () => {
    expect(facetAppliesTo('trlMin', 'technology')).toBe(true);
    expect(facetAppliesTo('trlMin', 'scheme')).toBe(false);
    expect(facetAppliesTo('courseFrom', 'course')).toBe(true);
    expect(facetAppliesTo('fundingMax', 'course')).toBe(false);
    expect(facetAppliesTo('lab', 'consultancy')).toBe(true);
  });
});
