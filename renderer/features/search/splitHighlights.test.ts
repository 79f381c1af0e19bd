import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sameHighlights, splitHighlights } from './splitHighlights';

describe('splitHighlights', () => {
  it('marks the ranges and keeps the text between them', () => {
    expect(splitHighlights('Anti-drone system', [{ start: 5, end: 10 }])).toEqual([
      { text: 'Anti-', matched: false },
      { text: 'drone', matched: true },
      { text: ' system', matched: false },
    ]);
  });

  it('merges overlapping ranges and ignores ranges outside the text', () => {
    expect(splitHighlights('abcdef', [{ start: 3, end: 5 }, { start: 1, end: 4 }, { start: 10, end: 12 }])).toEqual([
      { text: 'a', matched: false },
      { text: 'bcd', matched: true },
      { text: 'e', matched: true },
      { text: 'f', matched: false },
    ]);
  });

  it('gives the whole text unmarked without ranges', () => {
    expect(splitHighlights('<img src=x onerror=alert(1)>', undefined)).toEqual([{ text: '<img src=x onerror=alert(1)>', matched: false }]);
  });

  it('always gives back exactly the original text', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.record({ start: fc.integer({ min: -5, max: 50 }), end: fc.integer({ min: -5, max: 50 }) })), (text, ranges) => {
        expect(splitHighlights(text, ranges).map((piece) => piece.text).join('')).toBe(text);
      }),
    );
  });
});

describe('sameHighlights', () => {
  it('treats equal ranges in different objects as the same', () => {
    expect(sameHighlights({ 'title.en': [{ start: 0, end: 3 }] }, { 'title.en': [{ start: 0, end: 3 }] })).toBe(true);
    expect(sameHighlights({}, {})).toBe(true);
  });

  it('sees a moved range, an extra range and a field marked on one side only', () => {
    expect(sameHighlights({ 'title.en': [{ start: 0, end: 3 }] }, { 'title.en': [{ start: 0, end: 4 }] })).toBe(false);
    expect(sameHighlights({ 'title.en': [{ start: 0, end: 3 }] }, { 'title.en': [{ start: 0, end: 3 }, { start: 5, end: 6 }] })).toBe(false);
    expect(sameHighlights({ 'title.en': [{ start: 0, end: 3 }] }, { 'summary.en': [{ start: 0, end: 3 }] })).toBe(false);
    expect(sameHighlights({ 'title.en': [{ start: 0, end: 3 }] }, { 'title.en': [{ start: 0, end: 3 }], 'summary.en': [] })).toBe(false);
  });
});
