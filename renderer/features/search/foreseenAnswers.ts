// The page's store of answers the worker worked out ahead (nextKeyAnswers.ts), by query key. They
// stay encoded until used (parsing all of them as they arrive would take the page's thread for
// nothing most of the time), and the least recently stored or used go first beyond the capacity.
// A new catalogue makes them stale: the store is emptied when the worker opens one.
import type { SearchResult } from '../../../shared/search/types';
import { LruMap } from '../../../shared/search/lruMap';
import { decodeAnswer } from './answerBoard';

/** About 50 kB each: 96 of them (every first letter and the next keys of a few words) stay under 5 MB. */
export const FORESEEN_ANSWERS = 96;

export class ForeseenAnswers {
  private readonly answers: LruMap<string, Uint8Array>;

  constructor(capacity = FORESEEN_ANSWERS) {
    this.answers = new LruMap(capacity);
  }

  keep(queryKey: string, answer: Uint8Array): void {
    this.answers.set(queryKey, answer);
  }

  has(queryKey: string): boolean {
    return this.answers.has(queryKey);
  }

  /** The answer to `queryKey`, when it was foreseen; it stays kept (backspace and type again). */
  take(queryKey: string): SearchResult | undefined {
    const answer = this.answers.get(queryKey);
    return answer && decodeAnswer(answer);
  }

  clear(): void {
    this.answers.clear();
  }
}
