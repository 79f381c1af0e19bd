import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../text/normalise';
import { analyseTerm } from './analyse';
import { MAX_TERM_LENGTH, terms, tokenise } from './tokenise';

/** Any UTF-16 text, lone surrogates included, with Devanagari pieces mixed in. */
const anyText = fc.string({
  unit: fc.oneof(fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), fc.constantFrom('ज़', 'ँ', 'क्ष', 'radar', ' ', '-', '\u200d', '\ud83d\ude80')),
  maxLength: 200,
});

describe('tokenise', () => {
  it('splits on spaces and punctuation and lower-cases', () => {
    expect(terms('Anti-drone (UAV) jammer, Mk-II.')).toEqual(['anti', 'drone', 'uav', 'jammer', 'mk', 'ii']);
  });

  it('keeps Devanagari words whole, virama included, and splits on the danda (then analyses each word)', () => {
    expect(terms('प्रौद्योगिकी हस्तांतरण। परीक्षण')).toEqual(['प्रौद्योगिक', 'हस्तांतरण', 'परिक्षण']);
  });

  it('maps each token back to its place in the original text', () => {
    const text = 'Ground  Surveillance—RADAR (ज़मीनी)';
    for (const token of tokenise(text)) expect(analyseTerm(normaliseText(text.slice(token.start, token.end)))).toBe(token.term);
    expect(tokenise(text).map((token) => text.slice(token.start, token.end))).toEqual(['Ground', 'Surveillance', 'RADAR', 'ज़मीनी']);
  });

  it('stops after maxTokens and cuts very long words', () => {
    expect(tokenise('a b c d', 2).map((token) => token.term)).toEqual(['a', 'b']);
    expect(terms('x'.repeat(500))[0]).toHaveLength(MAX_TERM_LENGTH);
  });

  it('treats lone surrogates and symbols as separators, letters outside the BMP as letters', () => {
    expect(terms('\ud800radar\udc00 🚀 𝐀b')).toEqual(['radar', '𝐀b'.normalize('NFC').toLowerCase()]);
  });

  it('gives ordered, non-overlapping ranges inside the text for any input', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        let previousEnd = 0;
        for (const token of tokenise(text)) {
          if (token.start < previousEnd || token.end <= token.start || token.end > text.length) return false;
          previousEnd = token.end;
        }
        return true;
      }),
    );
  });
});
