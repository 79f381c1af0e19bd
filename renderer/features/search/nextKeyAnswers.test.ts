import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../../shared/search/engine';
import { HAND_MADE_TODAY, handMadeCatalogue } from '../../../shared/search/testing/handMadeCatalogue';
import type { SearchQuery, SearchResult } from '../../../shared/search/types';
import { answerNextKeys } from './nextKeyAnswers';

const engine = createSearchEngine(handMadeCatalogue, { today: HAND_MADE_TODAY as never });

/** The steps handed to `later`, run one at a time as the worker's timers would. */
function run(query: SearchQuery, options: { busyAfter?: number; replacedAfter?: number } = {}) {
  const steps: (() => void)[] = [];
  const answered: [string, SearchResult][] = [];
  let ran = 0;
  answerNextKeys(engine, query, {
    current: () => (options.replacedAfter !== undefined && ran > options.replacedAfter ? undefined : engine),
    busy: () => options.busyAfter !== undefined && ran > options.busyAfter,
    later: (step) => void steps.push(step),
    answered: (queryKey, result) => void answered.push([queryKey, result]),
  }, 4);
  while (steps.length > 0) {
    ran += 1;
    steps.shift()!();
  }
  return answered;
}

describe('answerNextKeys', () => {
  const query: SearchQuery = { text: 'ra', filters: { kinds: ['technology'] }, limit: 50 };

  it('answers each likely next text with the query’s filters and limit, keyed as the page keys its queries', () => {
    const answered = run(query);
    const texts = engine.likelyNextTexts('ra', 4);
    expect(texts.length).toBeGreaterThan(0);
    expect(answered.map(([queryKey]) => queryKey)).toEqual(texts.map((text) => JSON.stringify({ ...query, text })));
    for (const [queryKey, result] of answered) expect(result).toEqual(engine.search(JSON.parse(queryKey) as SearchQuery));
  });

  it('stops when a real search waits or the engine was replaced', () => {
    expect(run(query, { busyAfter: 1 })).toHaveLength(1);
    expect(run(query, { replacedAfter: 2 })).toHaveLength(2);
  });
});
