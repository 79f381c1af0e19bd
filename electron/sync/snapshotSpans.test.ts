import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../shared/feed/canonicalJson';
import { applyDelta } from '../../shared/feed/delta';
import { utf8 } from '../../shared/feed/encoding';
import { SNAPSHOT_FORMAT } from '../../shared/feed/format';
import { technologyEntry } from '../../shared/feed/testing/sampleEntries';
import { findEntrySpans, mergeDelta } from './snapshotSpans';

const snapshotBytes = (entries: unknown[], version = 1) => utf8(canonicalJson({ format: SNAPSHOT_FORMAT, feedId: 'dttc-test', version, entries }));
const decoder = new TextDecoder();

describe('snapshot spans', () => {
  it('finds each entry, whatever its text (quotes, braces, backslashes, Hindi)', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 8 }), (titles) => {
        const entries = titles.map((title, index) => technologyEntry(`t-${String(index).padStart(3, '0')}`, `x${title}`));
        const bytes = snapshotBytes(entries);
        const spans = findEntrySpans(bytes);
        expect(spans?.map((span) => decoder.decode(bytes.subarray(span.start, span.end)))).toEqual(entries.map((entry) => canonicalJson(entry)));
      }),
    );
  });

  it('refuses bytes that are not a canonical snapshot', () => {
    expect(findEntrySpans(utf8('{"feedId":"x"}'))).toBeUndefined();
    expect(findEntrySpans(utf8('{"entries":[{"a":1}'))).toBeUndefined();
    expect(findEntrySpans(utf8('{"entries":[{"a":1};'))).toBeUndefined();
    expect(findEntrySpans(utf8('{"entries":[],"feedId":"x"}'))).toEqual([]);
  });

  it('merges a delta into the entries, bytes and changes a publisher would give', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { maxLength: 30 }),
        fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { maxLength: 15 }),
        fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { maxLength: 15 }),
        fc.boolean(),
        (baseIds, upsertIds, withdrawnIds, withSpans) => {
          const id = (number: number) => `t-${String(number).padStart(3, '0')}`;
          const base = applyDelta([], { upserts: baseIds.map((number) => technologyEntry(id(number), `Base "${number}" {x}`)), withdrawn: [] });
          const upserts = upsertIds.map((number) => technologyEntry(id(number), `New \\ ${number}`));
          const withdrawn = withdrawnIds.filter((number) => !upsertIds.includes(number)).map((number) => id(number) as never);
          const baseBytes = snapshotBytes(base);
          const expected = applyDelta(base, { upserts, withdrawn });
          const merged = mergeDelta({ entries: base, bytes: baseBytes, spans: withSpans ? findEntrySpans(baseBytes) : undefined }, { upserts, withdrawn }, { feedId: 'dttc-test', version: 2 });
          expect(merged.entries).toEqual(expected);
          expect(decoder.decode(merged.bytes)).toBe(decoder.decode(snapshotBytes(expected, 2)));
          expect(merged.spans).toEqual(findEntrySpans(merged.bytes));
          const before = new Set(base.map((entry) => entry.id as string));
          expect(merged.changes).toEqual({
            added: upserts.filter((entry) => !before.has(entry.id)).map((entry) => entry.id).sort(),
            updated: upserts.filter((entry) => before.has(entry.id)).map((entry) => entry.id).sort(),
            withdrawn: withdrawn.filter((entryId) => before.has(entryId)).sort(),
          });
        },
      ),
    );
  });
});
