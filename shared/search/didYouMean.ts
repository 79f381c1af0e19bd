// "Did you mean": when a query finds nothing, texts close to it that do find entries. Candidates for
// each word come from the index's own vocabulary, in either script: words within a few edits
// (Damerau–Levenshtein, looser than the typo matching a search already does, since this runs only
// after nothing was found), and for a word in Latin letters its Devanagari spellings as the kiosk's
// phonetic keyboard reads them (pariksha → परीक्षा), kept when the index holds them. A candidate is
// offered as the catalogue writes it, not in the index's folded form (परिक्षण, which no writer uses).
import { phoneticHindiSuggestions } from '../kiosk/phoneticHindi';
import { tokenise } from './tokenise';

const MAX_SUGGESTIONS = 3;
const CANDIDATES_PER_WORD = 3;
const MIN_WORD_LENGTH = 3;
const LATIN_WORD = /^[a-z]+$/;
const DEVANAGARI = /[\u0900-\u097f]/;

interface Candidate {
  termId: number;
  term: string;
  distance: number;
  documents: number;
}

/** How an entry writes an indexed term (written forms differ from the analysed one), if a text shows it. */
export type WrittenForm = (termId: number) => string | undefined;

export function createDidYouMean(terms: readonly string[], documentFrequency: Int32Array, termIds: ReadonlyMap<string, number>, writtenForm: WrittenForm = () => undefined) {
  const maxEdits = (length: number) => (length <= 4 ? 1 : length <= 8 ? 2 : 3);
  // Only terms that begin with the word's first letter are compared: a mistyped first letter is
  // rare, and it keeps the scan to a small share of a large vocabulary.
  let byFirstLetter: Map<string, number[]> | undefined;
  const termsStartingLike = (word: string): readonly number[] => {
    if (!byFirstLetter) {
      byFirstLetter = new Map();
      terms.forEach((term, termId) => {
        if (documentFrequency[termId]! === 0 || term.length === 0) return;
        const bucket = byFirstLetter!.get(term[0]!) ?? [];
        bucket.push(termId);
        byFirstLetter!.set(term[0]!, bucket);
      });
    }
    return byFirstLetter.get(word[0]!) ?? [];
  };

  function candidatesFor(word: string): Candidate[] {
    const found: Candidate[] = [];
    if (word.length >= MIN_WORD_LENGTH) {
      const limit = maxEdits(word.length);
      for (const termId of termsStartingLike(word)) {
        const term = terms[termId]!;
        if (term === word || Math.abs(term.length - word.length) > limit) continue;
        const distance = editDistanceWithin(word, term, limit);
        if (distance <= limit) found.push({ termId, term, distance, documents: documentFrequency[termId]! });
      }
    }
    if (LATIN_WORD.test(word)) {
      for (const spelling of phoneticHindiSuggestions(word, new Set(), 6)) {
        const term = tokenise(spelling)[0]?.term;
        const termId = term === undefined ? undefined : termIds.get(term);
        // A spelling the catalogue uses ranks with a one-letter correction: it is another script, not a typo.
        if (term !== undefined && termId !== undefined && documentFrequency[termId]! > 0) found.push({ termId, term, distance: 0.5, documents: documentFrequency[termId]! });
      }
    }
    found.sort((left, right) => left.distance - right.distance || right.documents - left.documents);
    return found
      .filter((candidate, index) => found.findIndex((other) => other.term === candidate.term) === index)
      .slice(0, CANDIDATES_PER_WORD)
      .flatMap((candidate) => {
        const written = writtenForm(candidate.termId);
        // A Devanagari term no title or summary writes is a folded stem (परिक्ष), not a word to offer.
        if (written === undefined && DEVANAGARI.test(candidate.term)) return [];
        return [{ ...candidate, term: written ?? candidate.term }];
      });
  }

  /** Up to three texts, each `text` with words replaced, that `findsSomething` accepts; best first. */
  return function suggest(text: string, findsSomething: (text: string) => boolean): string[] {
    const words = tokenise(text, 8);
    if (words.length === 0) return [];
    const perWord = words.map((word) => candidatesFor(word.term));
    const replaced = (choices: (string | undefined)[]) => {
      let result = '';
      let from = 0;
      words.forEach((word, index) => {
        result += text.slice(from, word.start) + (choices[index] ?? text.slice(word.start, word.end));
        from = word.end;
      });
      return (result + text.slice(from)).trim();
    };
    const tried = new Set<string>();
    const suggestions: string[] = [];
    const consider = (candidate: string) => {
      if (suggestions.length >= MAX_SUGGESTIONS || tried.has(candidate) || candidate === text.trim()) return;
      tried.add(candidate);
      if (findsSomething(candidate)) suggestions.push(candidate);
    };
    // Every word at its best candidate first, then one word changed at a time.
    consider(replaced(perWord.map((candidates) => candidates[0]?.term)));
    for (let rank = 0; rank < CANDIDATES_PER_WORD; rank++) {
      perWord.forEach((candidates, index) => {
        const choice = candidates[rank];
        if (choice) consider(replaced(words.map((_, position) => (position === index ? choice.term : undefined))));
      });
    }
    return suggestions;
  };
}

/** The Damerau–Levenshtein (optimal string alignment) distance, or limit + 1 once it must exceed it. */
export function editDistanceWithin(left: string, right: string, limit: number): number {
  if (Math.abs(left.length - right.length) > limit) return limit + 1;
  const width = right.length + 1;
  if (rows[0]!.length < width) for (let row = 0; row < 3; row++) rows[row] = new Int32Array(width * 2);
  let [previousPrevious, previous, current] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j < width; j++) previous[j] = j;
  for (let i = 1; i <= left.length; i++) {
    current[0] = i;
    let rowMinimum = i;
    const a = left.charCodeAt(i - 1);
    for (let j = 1; j < width; j++) {
      const b = right.charCodeAt(j - 1);
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a === b ? 0 : 1));
      if (i > 1 && j > 1 && a === right.charCodeAt(j - 2) && left.charCodeAt(i - 2) === b) value = Math.min(value, previousPrevious[j - 2]! + 1);
      current[j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > limit) return limit + 1;
    [previousPrevious, previous, current] = [previous, current, previousPrevious];
  }
  return previous[width - 1]!;
}

// Scratch rows reused by every distance worked out (the engine is single-threaded).
const rows: Int32Array[] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];
