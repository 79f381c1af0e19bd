// Finding index terms close to what the user typed: completions of a prefix, and near misses
// (typos). fuse.js scans every string it is given, which costs ~100 ms over a 30,000-term
// vocabulary here, so candidates come first from a table of one-letter deletions (SymSpell's idea:
// two words within one edit, or one transposition, share a deletion) and fuse.js only ranks the few.
import Fuse from 'fuse.js';

export interface TermMatch {
  termId: number;
  /** How well the term matches what was typed, 0–1 (1 = the same word). */
  closeness: number;
}

export interface Vocabulary {
  /** Terms starting with `prefix` (other than the prefix itself), most common first, within a budget of postings. */
  completions(prefix: string, maxTerms: number, postingBudget: number): TermMatch[];
  /** Terms within about one edit of `term` (or, with `asPrefix`, of the start of a longer term). */
  nearMisses(term: string, asPrefix: boolean, maxTerms: number): TermMatch[];
  /**
   * The characters that follow `prefix` in longer terms, those of the most entries first: what a
   * user typing that word is likely to type next. At most `max`.
   */
  nextLetters(prefix: string, max: number): string[];
}

/** Below this length a typo and another word cannot be told apart. */
export const MIN_FUZZY_LENGTH = 4;
const MAX_DELETION_KEY_LENGTH = 24;

export function buildVocabulary(terms: readonly string[], documentFrequency: Int32Array, documentCount: number): Vocabulary {
  const rarity = (termId: number) => Math.log(1 + (documentCount - documentFrequency[termId]! + 0.5) / (documentFrequency[termId]! + 0.5));
  const sorted = Int32Array.from(terms.keys()).sort((left, right) => compare(terms[left]!, terms[right]!));
  const deletions = new Map<string, number | number[]>();
  const addDeletion = (key: string, termId: number) => {
    const existing = deletions.get(key);
    if (existing === undefined) deletions.set(key, termId);
    else if (typeof existing === 'number') {
      if (existing !== termId) deletions.set(key, [existing, termId]);
    } else if (existing[existing.length - 1] !== termId) existing.push(termId);
  };
  terms.forEach((term, termId) => {
    if (term.length < MIN_FUZZY_LENGTH || term.length > MAX_DELETION_KEY_LENGTH || /^\d+$/.test(term)) return;
    addDeletion(term, termId);
    for (const key of oneLetterDeletions(term)) addDeletion(key, termId);
  });

  const lowerBound = (prefix: string): number => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compare(terms[sorted[middle]!]!, prefix) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  };

  const termsWithPrefix = (prefix: string): number[] => {
    const found: number[] = [];
    for (let index = lowerBound(prefix); index < sorted.length; index++) {
      const termId = sorted[index]!;
      if (!terms[termId]!.startsWith(prefix)) break;
      found.push(termId);
    }
    return found;
  };

  return {
    completions(prefix, maxTerms, postingBudget) {
      const candidates = termsWithPrefix(prefix).filter((termId) => terms[termId] !== prefix && documentFrequency[termId]! > 0);
      candidates.sort((left, right) => documentFrequency[right]! - documentFrequency[left]!);
      const chosen: TermMatch[] = [];
      let postings = 0;
      // Scored as if every completion were as common as the most common one: while a word is being
      // typed, a rare completion ("radome") should not outrank the usual one ("radar") by rarity alone.
      const commonest = candidates.length > 0 ? rarity(candidates[0]!) : 1;
      for (const termId of candidates) {
        if (chosen.length >= maxTerms || postings + documentFrequency[termId]! > postingBudget) continue;
        postings += documentFrequency[termId]!;
        const closeness = 0.55 + (0.35 * prefix.length) / terms[termId]!.length;
        chosen.push({ termId, closeness: (closeness * commonest) / rarity(termId) });
      }
      return chosen;
    },

    nextLetters(prefix, max) {
      const entriesByLetter = new Map<string, number>();
      for (let index = lowerBound(prefix); index < sorted.length; index++) {
        const termId = sorted[index]!;
        const term = terms[termId]!;
        if (!term.startsWith(prefix)) break;
        const letter = String.fromCodePoint(term.codePointAt(prefix.length) ?? 0);
        if (term.length > prefix.length) entriesByLetter.set(letter, (entriesByLetter.get(letter) ?? 0) + documentFrequency[termId]!);
      }
      return [...entriesByLetter]
        .sort((left, right) => right[1] - left[1] || compare(left[0], right[0]))
        .slice(0, Math.max(0, max))
        .map(([letter]) => letter);
    },

    nearMisses(term, asPrefix, maxTerms) {
      if (term.length < MIN_FUZZY_LENGTH || term.length > MAX_DELETION_KEY_LENGTH) return [];
      const candidateIds = new Set<number>();
      const keys = [term, ...oneLetterDeletions(term)];
      for (const key of keys) {
        const found = deletions.get(key);
        if (typeof found === 'number') candidateIds.add(found);
        else found?.forEach((termId) => candidateIds.add(termId));
      }
      if (asPrefix) {
        // A typo in a word still being typed: compare with the start of longer terms.
        for (const key of keys) {
          if (key.length < MIN_FUZZY_LENGTH - 1) continue;
          for (const termId of termsWithPrefix(key).slice(0, 200)) candidateIds.add(termId);
        }
      }
      const candidates = [...candidateIds].filter((termId) => terms[termId] !== term && documentFrequency[termId]! > 0);
      if (candidates.length === 0) return [];
      const fuse = new Fuse(
        candidates.map((termId) => (asPrefix ? terms[termId]!.slice(0, term.length + 1) : terms[termId]!)),
        { includeScore: true, threshold: 0.45, location: 0, distance: 16, ignoreFieldNorm: true, shouldSort: true },
      );
      return fuse
        .search(term, { limit: maxTerms * 4 })
        .map((result) => ({ termId: candidates[result.refIndex]!, closeness: 0.6 * (1 - (result.score ?? 1)) }))
        .sort((left, right) => right.closeness - left.closeness || documentFrequency[right.termId]! - documentFrequency[left.termId]!)
        .slice(0, maxTerms);
    },
  };
}

function oneLetterDeletions(term: string): string[] {
  const keys: string[] = [];
  for (let index = 0; index < term.length; index++) keys.push(term.slice(0, index) + term.slice(index + 1));
  return keys;
}

/** Code-unit order, the same order `startsWith` ranges follow. */
function compare(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}
