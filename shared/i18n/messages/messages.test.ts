import { describe, expect, it } from 'vitest';
import { MESSAGES, messagesFor } from './index';

const DEVANAGARI = /[\u0900-\u097F]/;
// Labels that are the same in both languages on purpose: the language switch names the other language.
const SAME_IN_BOTH = new Set(['settings.switchToOther']);

describe('messages', () => {
  for (const [namespace, table] of Object.entries(MESSAGES)) {
    it(`${namespace}: every English message has a Hindi one of the same shape`, () => {
      expect(Object.keys(table.hi).sort()).toEqual(Object.keys(table.en).sort());
      for (const [key, english] of Object.entries(table.en)) {
        const hindi = (table.hi as Record<string, unknown>)[key];
        expect(typeof hindi, `${namespace}.${key}`).toBe(typeof english);
      }
    });

    it(`${namespace}: every Hindi message is written in Devanagari`, () => {
      for (const [key, hindi] of Object.entries(table.hi)) {
        if (SAME_IN_BOTH.has(`${namespace}.${key}`)) continue;
        const sample = typeof hindi === 'function' ? (hindi as (...values: unknown[]) => string)('1', 1, '1') : hindi;
        expect(sample, `${namespace}.${key}`).toMatch(DEVANAGARI);
      }
    });
  }

  it('puts the values into parameterised messages', () => {
    expect(messagesFor('en').search.noResultsTitle('dron')).toBe('Nothing found for “dron”');
    expect(messagesFor('hi').search.noResultsTitle('dron')).toBe('“dron” के लिए कुछ नहीं मिला');
    expect(messagesFor('en').status.entryCount('1', 1)).toBe('1 entry');
    expect(messagesFor('en').status.entryCount('2', 2)).toBe('2 entries');
  });
});
