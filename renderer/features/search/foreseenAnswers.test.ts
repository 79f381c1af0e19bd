import { describe, expect, it } from 'vitest';
import type { SearchResult } from '../../../shared/search/types';
import { encodeAnswer } from './answerBoard';
import { ForeseenAnswers } from './foreseenAnswers';

const answer = (total: number): SearchResult => ({ hits: [], total, facets: { kind: { technology: total, consultancy: 0, course: 0, scheme: 0 }, lab: {}, domain: {} } });
const bytes = (total: number) => encodeAnswer(answer(total)).slice();

describe('ForeseenAnswers', () => {
  it('gives back the answer kept for a query key, decoded, as often as it is asked', () => {
    const store = new ForeseenAnswers();
    store.keep('{"text":"ra"}', bytes(7));
    expect(store.take('{"text":"ra"}')).toEqual(answer(7));
    expect(store.take('{"text":"ra"}')).toEqual(answer(7));
    expect(store.take('{"text":"rad"}')).toBeUndefined();
  });

  it('drops the least recently kept or used beyond its capacity', () => {
    const store = new ForeseenAnswers(2);
    store.keep('a', bytes(1));
    store.keep('b', bytes(2));
    store.take('a');
    store.keep('c', bytes(3));
    expect(store.take('b')).toBeUndefined();
    expect(store.take('a')).toEqual(answer(1));
    expect(store.take('c')).toEqual(answer(3));
  });

  it('forgets everything when cleared (a new catalogue)', () => {
    const store = new ForeseenAnswers();
    store.keep('a', bytes(1));
    store.clear();
    expect(store.take('a')).toBeUndefined();
  });
});
