// Warming the search engine in the worker while the page is idle after start-up. The first searches
// a fresh worker runs are slow (tens of milliseconds at 50,000 entries against 1–3 ms later): the
// engine's loops still run in V8's interpreter, and a one-letter prefix's completions are looked up
// for the first time. So the worker runs the queries a user starts with — every letter alone, then a
// few longer words, filtered and not — one per task, before anyone types; their answers stay in the
// worker's answer cache (answerCache.ts), so a first letter typed is answered at once.
// The engine is pure apart from its caches, so later answers are what they would have been.
// It starts once every entry's texts are in: before that a hit's preview is refused
// (TextsNotYetReceived) and the code that builds hits and highlights would stay cold.
import type { SearchEngine, SearchQuery } from '../../../shared/search/types';
import { EMPTY_SEARCH, toSearchQuery, type KindChoice } from './searchState';

const LATIN_LETTERS = [...'abcdefghijklmnopqrstuvwxyz'];
/** The commonest first letters of Hindi words (क स प म र न ब द ज त व ल). */
const DEVANAGARI_LETTERS = [...'कसपमरनबदजतवल'];
const LONGER_WORDS = ['sys', 'test', 'field kit', 'प्रशिक्षण'];
/**
 * A word no catalogue holds: a search that finds nothing builds the "did you mean" tables the first
 * time (~0.1 s at 50,000 entries), better done here than on a visitor's misspelt word.
 */
const NOTHING_FOUND = 'qxzjvq';
const FILTERED: { text: string; kind: KindChoice }[] = [
  { text: 'p', kind: 'technology' },
  { text: 'co', kind: 'course' },
];

/** The warm-up queries, shaped exactly as the search page sends its own (same limit, same filters). */
export const WARM_UP_QUERIES: readonly SearchQuery[] = [
  ...[...LATIN_LETTERS, ...DEVANAGARI_LETTERS, ...LONGER_WORDS, NOTHING_FOUND].map((text) => toSearchQuery({ ...EMPTY_SEARCH, text })),
  ...FILTERED.map(({ text, kind }) => toSearchQuery({ ...EMPTY_SEARCH, text, kind })),
];

export interface WarmUpHooks {
  /** The engine now in use: the warm-up stops when it was replaced (a new catalogue warms itself). */
  current(): SearchEngine | undefined;
  /** True while a real search waits: the warm-up then steps aside until the next turn. */
  busy(): boolean;
  /** Runs `step` in a later task (the worker passes setTimeout). */
  later(step: () => void): void;
  /** Called once every query has run (not when the engine was replaced first). */
  done?(): void;
}

/** Runs every warm-up query on `engine`, one per task, giving way to real searches. */
export function warmUpEngine(engine: SearchEngine, hooks: WarmUpHooks, queries: readonly SearchQuery[] = WARM_UP_QUERIES): void {
  let next = 0;
  const step = () => {
    if (hooks.current() !== engine) return;
    if (next >= queries.length) {
      hooks.done?.();
      return;
    }
    if (!hooks.busy()) {
      try {
        engine.search(queries[next]!);
      } catch {
        // A query the engine refuses here would be refused for the user too, with a message then.
      }
      next += 1;
    }
    hooks.later(step);
  };
  hooks.later(step);
}
