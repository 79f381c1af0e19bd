// Splitting text into normalised search terms while remembering where each came from in the
// original string, so a match can be highlighted in the text the user actually sees.
import { normaliseText } from '../text/normalise';
import { analyseTerm } from './analyse';
import { forgetOnRuleChange } from './searchRules';

export interface Token {
  /** The normalised term, as stored in the index. */
  term: string;
  /** Half-open range of UTF-16 code units in the original text. */
  start: number;
  end: number;
}

/** Longer "words" (serial numbers, pasted junk) are cut to this many characters in the index. */
export const MAX_TERM_LENGTH = 40;

// A word is a run of letters, combining marks (Devanagari matras, virama) and digits; joiners
// (ZWNJ/ZWJ) stay inside a word. Scanned by hand rather than with /[\p{L}\p{M}\p{N}]+/gu, which was
// the largest single cost of building the index.
const WORD_CHARACTER = /^[\p{L}\p{M}\p{N}\u200c\u200d]$/u;
const ASCII_WORD = new Uint8Array(128);
for (let code = 0; code < 128; code++) ASCII_WORD[code] = /[A-Za-z0-9]/.test(String.fromCharCode(code)) ? 1 : 0;
const otherCharacters = new Map<number, boolean>();

/** Length (1 or 2 code units) of the word character at `index`, or 0 when it is not one. */
export function wordUnitLength(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 128) return ASCII_WORD[code]!;
  if (code >= 0x0900 && code <= 0x097f) return code === 0x0964 || code === 0x0965 || code === 0x0970 ? 0 : 1;
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(index + 1);
    if (!(next >= 0xdc00 && next <= 0xdfff)) return 0;
    return WORD_CHARACTER.test(text.slice(index, index + 2)) ? 2 : 0;
  }
  let known = otherCharacters.get(code);
  if (known === undefined) {
    known = WORD_CHARACTER.test(String.fromCharCode(code));
    otherCharacters.set(code, known);
  }
  return known ? 1 : 0;
}

/** Calls `visit(start, end)` for every word of the text, in order; `false` from visit stops the scan. */
export function scanWords(text: string, visit: (start: number, end: number) => boolean | void): void {
  let index = 0;
  while (index < text.length) {
    let step = wordUnitLength(text, index);
    if (step === 0) {
      index += 1;
      continue;
    }
    const start = index;
    while (step > 0) {
      index += step;
      step = index < text.length ? wordUnitLength(text, index) : 0;
    }
    if (visit(start, index) === false) return;
  }
}

// Normalising (NFD, folding, NFC) costs far more than a lookup, and words repeat a great deal.
const normalisedWords = new Map<string, string>();
const MAX_REMEMBERED_WORDS = 50_000;
forgetOnRuleChange(() => normalisedWords.clear());

function normaliseWord(word: string): string {
  let term = normalisedWords.get(word);
  if (term === undefined) {
    term = analyseTerm(normaliseText(word)).slice(0, MAX_TERM_LENGTH);
    if (normalisedWords.size >= MAX_REMEMBERED_WORDS) normalisedWords.clear();
    normalisedWords.set(word, term);
  }
  return term;
}

export function tokenise(text: string, maxTokens = Number.POSITIVE_INFINITY): Token[] {
  const tokens: Token[] = [];
  scanWords(text, (start, end) => {
    const term = normaliseWord(text.slice(start, end));
    if (term.length > 0) tokens.push({ term, start, end });
    return tokens.length < maxTokens;
  });
  return tokens;
}

/** Calls `visit` with every word of the text as written (not normalised), in order. */
export function forEachWord(text: string, visit: (word: string) => void): void {
  scanWords(text, (start, end) => {
    visit(text.slice(start, end));
  });
}

/** The normalised terms of a text, without positions (what indexing needs; allocates no tokens). */
export function terms(text: string): string[] {
  const found: string[] = [];
  forEachWord(text, (word) => {
    const term = normaliseWord(word);
    if (term.length > 0) found.push(term);
  });
  return found;
}
