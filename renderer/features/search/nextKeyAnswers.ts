// Answers to the keys a user is likely to press next, worked out in the worker while they are
// still reading the results of the last one, and kept by the page (foreseenAnswers.ts). Typing a
// word, each next letter then finds its answer on the page itself: no message to the worker and no
// wait for it, which on a busy two-core machine was the slowest part of a keystroke (the worker's
// thread waited for a core for several milliseconds while the page's thread edited the field).
// The engine suggests the next texts (SearchEngine.likelyNextTexts): only letters that carry the
// word on towards indexed words, those of the most entries first, so a few searches cover most keys.
import type { SearchEngine, SearchQuery, SearchResult } from '../../../shared/search/types';

/** How many next texts are answered after each answer; in an empty box, first letters, Latin and Devanagari (kept from the warm-up, so quick). */
export const NEXT_KEYS_ANSWERED = 8;
export const FIRST_LETTERS_ANSWERED = 40;

export interface NextKeyHooks {
  /** The engine now in use: the work stops when it was replaced. */
  current(): SearchEngine | undefined;
  /** True while a real search waits: the work stops, the next answer starts it again. */
  busy(): boolean;
  /** Runs `step` in a later task (the worker posts a task). */
  later(step: () => void): void;
  /** Hands one answer on, with the key of its query as the page writes it. */
  answered(queryKey: string, result: SearchResult): void;
}

/** Answers the likely next texts after `query`'s, one per task, with the same filters and limit. */
export function answerNextKeys(engine: SearchEngine, query: SearchQuery, hooks: NextKeyHooks, count?: number): void {
  const text = typeof query.text === 'string' ? query.text : '';
  const texts = engine.likelyNextTexts(text, count ?? (text === '' ? FIRST_LETTERS_ANSWERED : NEXT_KEYS_ANSWERED));
  let next = 0;
  const step = () => {
    if (next >= texts.length || hooks.current() !== engine || hooks.busy()) return;
    // The page's key is the query as JSON: the text keeps its place among the query's fields.
    const nextQuery: SearchQuery = { ...query, text: texts[next++]! };
    try {
      hooks.answered(JSON.stringify(nextQuery), engine.search(nextQuery));
    } catch {
      // An answer that cannot be given now (a preview still downloading) is left to the real search.
    }
    hooks.later(step);
  };
  hooks.later(step);
}
