import { describe, expect, it } from 'vitest';
import { looksLikePersonalData, missesWithout, missQueryToKeep, normaliseMissQuery, queryHoldsAny, searchMissesBetween } from './searchMisses';

describe('search misses', () => {
  it('normalises case, white space and Devanagari digits', () => {
    expect(normaliseMissQuery('  Drone   JAMMER\t')).toBe('drone jammer');
    expect(normaliseMissQuery('आईएस १२३९')).toBe('आईएस 1239');
  });

  it('drops what looks like a phone, an e-mail or a PAN, keeps standards and part numbers', () => {
    for (const personal of ['9839012345', '+91 98390 12345', '0522-2345678', 'asha@example.in', 'call asha at gmail.com@', '226001', 'abcde1234f', '९८३९०१२३४५']) {
      expect(looksLikePersonalData(personal), personal).toBe(true);
      expect(missQueryToKeep(personal), personal).toBeUndefined();
    }
    for (const plain of ['drone jammer', 'IS 1239', 'MIL-STD-810', 'ISO 9001:2015', 'कवच', 'TRL 6']) {
      expect(looksLikePersonalData(plain), plain).toBe(false);
      expect(missQueryToKeep(plain), plain).toBe(normaliseMissQuery(plain));
    }
  });

  it('keeps nothing empty or overlong', () => {
    expect(missQueryToKeep('   ')).toBeUndefined();
    expect(missQueryToKeep('x'.repeat(121))).toBeUndefined();
  });

  it('sums the days of a period, most searched first', () => {
    const days = { '2026-01-01': { a: 1, b: 5 }, '2026-01-02': { a: 5 }, '2026-02-01': { c: 9 } };
    expect(searchMissesBetween(days, '2026-01-01', '2026-01-31')).toEqual([
      { query: 'a', count: 6, lastDay: '2026-01-02' },
      { query: 'b', count: 5, lastDay: '2026-01-01' },
    ]);
    expect(searchMissesBetween(days, '2026-01-02', '2026-02-01', 1)).toEqual([{ query: 'c', count: 9, lastDay: '2026-02-01' }]);
  });

  it('finds a person\'s name, phone or e-mail in a kept query as whole words, normalised as the log normalises', () => {
    const name = normaliseMissQuery('आशा "Asha" Verma');
    expect(queryHoldsAny(normaliseMissQuery('आशा "ASHA"   Verma'), [name])).toBe(true);
    expect(queryHoldsAny(normaliseMissQuery('drone for आशा "Asha" Verma ToT'), [name])).toBe(true);
    expect(queryHoldsAny('om', ['om'])).toBe(true);
    expect(queryHoldsAny('om, kanpur', ['om'])).toBe(true);
    expect(queryHoldsAny('oman standards', ['om'])).toBe(false);
    expect(queryHoldsAny('atom', ['om'])).toBe(false);
    // A Devanagari vowel sign is part of the word: "राम" is not in "रामायण".
    expect(queryHoldsAny('रामायण', ['राम'])).toBe(false);
    expect(queryHoldsAny('राम कुमार', ['राम'])).toBe(true);
    expect(queryHoldsAny('anything', [''])).toBe(false);
  });

  it('removes every query holding a value, on every day, and keeps the rest', () => {
    const days = { '2026-11-20': { 'asha verma': 2, 'drone jammer': 1 }, '2026-11-21': { 'tot for asha verma': 1 }, '2026-11-22': { 'kavach': 3 } };
    expect(missesWithout(days, ['Asha  VERMA', '', 'asha@example.in'])).toEqual({ days: { '2026-11-20': { 'drone jammer': 1 }, '2026-11-22': { kavach: 3 } }, removed: 2 });
    expect(missesWithout(days, ['Ravi Kumar'])).toEqual({ days, removed: 0 });
  });
});
