import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CatalogueEntry } from '../catalogue/entry';
import { applyDelta, diffEntries, sortById } from './delta';
import { courseEntry, technologyEntry } from './testing/sampleEntries';

/** A catalogue drawn from a small pool of ids, so that two draws share, change and drop entries. */
const catalogueArbitrary = fc
  .uniqueArray(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.constantFrom('a', 'b', 'c'), fc.boolean()), { selector: ([id]) => id, maxLength: 30 })
  .map((rows) => rows.map(([id, variant, isCourse]): CatalogueEntry => (isCourse ? courseEntry(`entry-${id}`, `Course ${variant}`) : technologyEntry(`entry-${id}`, `Title ${variant}`))));

describe('deltas', () => {
  it('applying the delta to the old snapshot gives the new snapshot', () => {
    fc.assert(
      fc.property(catalogueArbitrary, catalogueArbitrary, (previous, next) => {
        const difference = diffEntries(previous, next);
        expect(applyDelta(sortById(previous), difference)).toEqual(sortById(next));
        const changed = difference.changes.added.length + difference.changes.updated.length;
        expect(difference.upserts).toHaveLength(changed);
      }),
      { numRuns: 300 },
    );
  });

  it('names what was added, updated and withdrawn', () => {
    const previous = [technologyEntry('kept'), technologyEntry('changed'), technologyEntry('dropped')];
    const next = [technologyEntry('kept'), technologyEntry('changed', 'New title'), courseEntry('new-course')];
    expect(diffEntries(previous, next).changes).toEqual({ added: ['new-course'], updated: ['changed'], withdrawn: ['dropped'] });
    expect(diffEntries(next, next).upserts).toEqual([]);
  });

  it('treats a removed optional field as an update', () => {
    const withTrl = technologyEntry('x-ray', 'X-ray', { trl: 6 } as Partial<CatalogueEntry>);
    expect(diffEntries([withTrl], [technologyEntry('x-ray', 'X-ray')]).changes.updated).toEqual(['x-ray']);
  });
});
