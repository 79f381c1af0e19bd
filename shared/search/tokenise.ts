// Splitting text into normalised search terms while remembering where each came from in the
// original string, so a match can be highlighted in the text the user actually sees.
import { normaliseText } from '../text/normalise';

export interface Token {
  /** The normalised term, as stored in the index. */
  term: string;
  /** Half-open range of UTF-16 code units in the original text. */
  start: number;
  end: number;
}

/** Longer "words" (serial numbers, pasted junk) are cut to this many characters in the index. */
export const MAX_TERM_LENGTH = 40;

// Letters, combining marks (Devanagari matras, virama) and digits; joiners stay inside a word.
const WORD = /[\p{L}\p{M}\p{N}\u200c\u200d]+/gu;

export function tokenise(text: string, maxTokens = Number.POSITIVE_INFINITY): Token[] {
  const tokens: Token[] = [];
  const pattern = new RegExp(WORD);
  for (let match = pattern.exec(text); match !== null && tokens.length < maxTokens; match = pattern.exec(text)) {
    const term = normaliseText(match[0]).slice(0, MAX_TERM_LENGTH);
    if (term.length === 0) continue;
    tokens.push({ term, start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** The normalised terms of a text, without positions (what indexing needs). */
export function terms(text: string): string[] {
  return tokenise(text).map((token) => token.term);
}
