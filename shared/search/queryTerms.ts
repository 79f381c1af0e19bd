// What one typed word can stand for in the index: the word itself, its completions while it is
// still being typed (or when the word itself is unknown), and near misses when neither is found.
import type { InvertedIndex } from './invertedIndex';
import type { TermMatch, Vocabulary } from './vocabulary';
import { LruMap } from './lruMap';
import { searchRules } from './searchRules';

export interface TokenExpansion {
  matches: TermMatch[];
  /** Set when completions were taken, so highlighting can mark any word that starts with it. */
  prefix?: string;
}

const MAX_COMPLETIONS = 40;
/**
 * Caps the work a short prefix can cause at 50,000 entries: "r" stands for hundreds of words, and
 * only the commonest few are worth adding up before the next keystroke narrows it.
 */
const COMPLETION_POSTING_BUDGET = [0, 8_000, 30_000, 60_000, 100_000];
const MAX_NEAR_MISSES = 8;
const CACHE_SIZE = 2000;

export function createTokenExpander(index: InvertedIndex, vocabulary: Vocabulary): (term: string, typing: boolean) => TokenExpansion {
  const cache = new LruMap<string, TokenExpansion>(CACHE_SIZE);
  return (term, typing) => {
    const key = `${typing ? '+' : '='}${term}`;
    const cached = cache.get(key);
    if (cached) return cached;
    const expansion = expand(index, vocabulary, term, typing);
    cache.set(key, expansion);
    return expansion;
  };
}

function expand(index: InvertedIndex, vocabulary: Vocabulary, term: string, typing: boolean): TokenExpansion {
  const matches: TermMatch[] = [];
  const exact = index.termIds.get(term);
  if (exact !== undefined) matches.push({ termId: exact, closeness: 1 });
  let prefix: string | undefined;
  const rules = searchRules();
  if ((typing || exact === undefined) && rules.completions) {
    const completions = vocabulary.completions(term, MAX_COMPLETIONS, COMPLETION_POSTING_BUDGET[Math.min(term.length, COMPLETION_POSTING_BUDGET.length - 1)]!);
    if (completions.length > 0) prefix = term;
    matches.push(...completions);
  }
  if (matches.length === 0 && rules.typoMatching) matches.push(...vocabulary.nearMisses(term, typing, MAX_NEAR_MISSES));
  return prefix === undefined ? { matches } : { matches, prefix };
}
