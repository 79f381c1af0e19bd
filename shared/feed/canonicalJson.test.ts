import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalJson } from './canonicalJson';
import { utf8 } from './encoding';
import { SNAPSHOT_FORMAT } from './format';
import { encodeSnapshot } from './snapshotBytes';
import { courseEntry, technologyEntry } from './testing/sampleEntries';

/** The obvious definition the fast writer must match: sort keys, then JSON.stringify. */
function reference(value: unknown): string {
  const sort = (item: unknown): unknown =>
    Array.isArray(item) ? item.map(sort) : item !== null && typeof item === 'object' ? Object.fromEntries(Object.keys(item).sort().map((key) => [key, sort((item as Record<string, unknown>)[key])])) : item;
  return JSON.stringify(sort(value));
}

describe('canonicalJson', () => {
  it('sorts keys, drops undefined members and adds no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: undefined }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"z":1}]},"b":1}');
    expect(canonicalJson({ b: 1, a: [] }, 2)).toBe('{\n  "a": [],\n  "b": 1\n}\n');
  });

  it('matches sorting the keys and calling JSON.stringify, for any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(value)).toBe(reference(value));
      }), { numRuns: 500 });
  });

  it('encodes a snapshot exactly as canonicalJson of the snapshot object', () => {
    const entries = [courseEntry('b-course'), technologyEntry('a-tech', 'हिन्दी "quoted" \\ text', { trl: 4 } as never)];
    const expected = utf8(canonicalJson({ format: SNAPSHOT_FORMAT, feedId: 'dttc-test', version: 7, entries }));
    expect(encodeSnapshot('dttc-test', 7, entries)).toEqual(expected);
    expect(encodeSnapshot('dttc-test', 7, entries)).toEqual(expected); // second call from the cache
    expect(encodeSnapshot('dttc-test', 1, [])).toEqual(utf8(canonicalJson({ format: SNAPSHOT_FORMAT, feedId: 'dttc-test', version: 1, entries: [] })));
  });
});
