import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createSearchEngine } from '../../../shared/search/engine';
import { HAND_MADE_TODAY, handMadeCatalogue } from '../../../shared/search/testing/handMadeCatalogue';
import type { SearchEngine, SearchQuery } from '../../../shared/search/types';
import { withAnswerCache } from './answerCache';

const engine = createSearchEngine(handMadeCatalogue, { today: HAND_MADE_TODAY as never });

function counting(inner: SearchEngine): SearchEngine & { asked: SearchQuery[] } {
  const asked: SearchQuery[] = [];
  return { asked, size: inner.size, search: (query) => (asked.push(query), inner.search(query)), likelyNextTexts: (text, max) => inner.likelyNextTexts(text, max) };
}

describe('withAnswerCache', () => {
  it('answers exactly as the engine does, whatever the queries and their order', () => {
    const cached = withAnswerCache(engine, 4);
    const query = fc.record({ text: fc.constantFrom('', 'r', 'ra', 'radar', 'drone', 'helmet', 'कवच', 'sonar x'), kind: fc.constantFrom(undefined, 'technology', 'course') });
    fc.assert(
      fc.property(fc.array(query, { maxLength: 20 }), (queries) => {
        for (const { text, kind } of queries) {
          const asked: SearchQuery = { text, filters: kind ? { kinds: [kind] } : {}, limit: 50 };
          expect(cached.search(asked)).toEqual(engine.search(asked));
        }
      }),
    );
  });

  it('asks the engine once for a query asked again, and again once it was dropped as the least recent', () => {
    const inner = counting(engine);
    const cached = withAnswerCache(inner, 2);
    const [a, b, c] = ['radar', 'drone', 'helmet'].map((text) => ({ text }));
    const first = cached.search(a!);
    expect(cached.search(a!)).toBe(first);
    cached.search(b!);
    cached.search(a!); // a is now the most recent, b the least
    cached.search(c!); // drops b
    expect(inner.asked.map((query) => query.text)).toEqual(['radar', 'drone', 'helmet']);
    cached.search(a!);
    cached.search(b!);
    expect(inner.asked.map((query) => query.text)).toEqual(['radar', 'drone', 'helmet', 'drone']);
    expect(cached.size).toBe(engine.size);
  });
});
