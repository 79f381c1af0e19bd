// The worker's last answers, by query. A help desk asks the same few prefixes all day ("t", "th",
// "dr"…: every word typed starts with one), and the broad ones are the slowest to answer (a
// one-letter prefix touches thousands of entries); the warm-up's answers to every first letter
// (searchWarmUp.ts) land here too. The engine is pure for a given catalogue and date, and a new
// catalogue comes with a new engine and so a new cache, so a kept answer is the one the engine would
// give again.
import { LruMap } from '../../../shared/search/lruMap';
import type { SearchEngine, SearchQuery, SearchResult } from '../../../shared/search/types';

/**
 * About 60 kB an answer (50 hits with their previews) plus about 50 kB for its encoded copy kept by
 * the board (answerBoard.ts): 128 of them stay under 15 MB.
 */
export const CACHED_ANSWERS = 128;

/** `engine` with its answers kept: the least recently asked query is dropped beyond `capacity`. */
export type CachingEngine = SearchEngine & {
  /** Drops every kept answer (a new kiosk visitor: nothing of the last one's searches stays). */
  forget(): void;
};

export function withAnswerCache(engine: SearchEngine, capacity = CACHED_ANSWERS): CachingEngine {
  const answers = new LruMap<string, SearchResult>(capacity);
  const search = (query: SearchQuery): SearchResult => {
    const key = keyOf(query);
    if (key === undefined) return engine.search(query);
    const kept = answers.get(key);
    if (kept) return kept;
    const answer = engine.search(query);
    answers.set(key, answer);
    return answer;
  };
  return { search, likelyNextTexts: (text, max) => engine.likelyNextTexts(text, max), size: engine.size, forget: () => answers.clear() };
}

/** A key for the query; undefined for anything JSON cannot write (such a query is not kept). */
function keyOf(query: SearchQuery): string | undefined {
  try {
    return JSON.stringify(query);
  } catch {
    return undefined;
  }
}
