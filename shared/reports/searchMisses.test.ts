import { describe, expect, it } from 'vitest';
import { looksLikePersonalData, missQueryToKeep, normaliseMissQuery, searchMissesBetween } from './searchMisses';

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
});
