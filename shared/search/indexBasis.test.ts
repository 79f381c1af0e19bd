import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateCatalogue } from '../../bench/catalogueGenerator';
import { isEntryVisible } from '../catalogue/catalogue';
import type { CatalogueEntry, EntryId, IsoDate } from '../catalogue/entry';
import { createSearchEngine } from './engine';
import { buildIndex } from './indexBasis';
import { buildInvertedIndex } from './invertedIndex';
import { averageFieldLengths } from './termVectors';
import type { SearchEngine, SearchFilters, SearchResult } from './types';

const TODAY = '2026-06-01' as IsoDate;
const catalogue = generateCatalogue(240, 11);
const visible = (entries: readonly CatalogueEntry[]) => entries.filter((entry) => isEntryVisible(entry, TODAY));

/** Words that exercise synonyms (phrases, acronyms), Devanagari, brand-new terms and typos. */
const WORDS = ['radar', 'UAV', 'drone', 'technology transfer', 'ToT', 'thermal', 'imaging', 'रडार', 'प्रौद्योगिकी', 'zyxquartz', 'composite', 'sonar', 'and', 'the'];
const QUERIES = ['', 'r', 'ra', 'rad', 'radar', 'raddar', 'thermel imaging', 'uav', 'drone', 'tot', 'technology transfer', 'रडार', 'zyxq', 'zyxquartz', 'composite sonar', 'course', 'sch', 'lab', 'the and'];
const FILTERS: (SearchFilters | undefined)[] = [undefined, { kinds: ['technology'] }, { trl: { min: 6 } }, { kinds: ['course', 'scheme'] }];

type Edit = { kind: 'retitle' | 'resummarise' | 'withdraw' | 'remove' | 'add'; at: number; words: string[] };

const editArbitrary: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom('retitle', 'resummarise', 'withdraw', 'remove', 'add'),
  at: fc.nat(catalogue.length - 1),
  words: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }),
});

function applyEdits(entries: readonly CatalogueEntry[], edits: readonly Edit[], round: number): CatalogueEntry[] {
  let next = entries.map((entry) => entry);
  edits.forEach((edit, position) => {
    const at = edit.at % next.length;
    const entry = next[at]!;
    const text = edit.words.join(' ');
    if (edit.kind === 'retitle') next[at] = { ...entry, title: { ...entry.title, en: `${entry.title.en} ${text}` } };
    if (edit.kind === 'resummarise') next[at] = { ...entry, summary: { ...entry.summary, en: text } };
    if (edit.kind === 'withdraw') next[at] = { ...entry, status: 'withdrawn' };
    if (edit.kind === 'remove') next = next.filter((_, index) => index !== at);
    if (edit.kind === 'add') next.splice(at, 0, { ...entry, id: `added-${round}-${position}` as EntryId, title: { ...entry.title, en: text } });
  });
  return next;
}

/** The engine a fresh build gives over `entries` with the given average field lengths. */
function freshEngine(entries: readonly CatalogueEntry[], averageLength: readonly number[]): SearchEngine {
  const documents = visible(entries);
  return createSearchEngine(entries, { today: TODAY, prebuiltIndex: { documentIds: documents.map((entry) => entry.id), index: buildInvertedIndex(documents, averageLength) } });
}

function expectSameResults(actual: SearchResult, expected: SearchResult): void {
  expect(actual.hits.map((hit) => hit.id)).toEqual(expected.hits.map((hit) => hit.id));
  actual.hits.forEach((hit, rank) => expect(hit.score).toBeCloseTo(expected.hits[rank]!.score, 5));
  expect(actual.hits.map((hit) => hit.highlights)).toEqual(expected.hits.map((hit) => hit.highlights));
  expect(actual.total).toBe(expected.total);
  expect(actual.facets).toEqual(expected.facets);
}

describe('building the index from the previous one', () => {
  it('tokenises only the entries whose searchable text changed', () => {
    const documents = visible(catalogue);
    const first = buildIndex(documents);
    const changed = documents.map((entry, index) => (index % 10 === 0 ? { ...entry, summary: { ...entry.summary, en: 'revised summary' } } : structuredClone(entry)));
    const second = buildIndex(changed, first.basis);
    expect(second.reused).toBe(documents.length - Math.ceil(documents.length / 10));
    expect(second.basis.averageLength).toEqual(first.basis.averageLength);
  });

  it('finds unchanged entries in a reordered catalogue, after the first 64 misses', () => {
    const documents = visible(catalogue);
    const first = buildIndex(documents);
    expect(buildIndex([...documents].reverse(), first.basis).reused).toBe(documents.length - 64);
    const base = createSearchEngine(catalogue, { today: TODAY });
    const reversed = [...catalogue].reverse();
    const engine = createSearchEngine(reversed, { today: TODAY, previous: base });
    const reference = freshEngine(reversed, averageFieldLengths(documents));
    for (const text of QUERIES) expectSameResults(engine.search({ text, limit: 15 }), reference.search({ text, limit: 15 }));
  });

  it('builds afresh, with new averages, when most entries changed', () => {
    const documents = visible(catalogue);
    const first = buildIndex(documents);
    const second = buildIndex(
      documents.map((entry) => ({ ...entry, summary: { ...entry.summary, en: `${entry.summary.en} ${entry.summary.en}` } })),
      first.basis,
    );
    expect(second.reused).toBe(0);
    expect(second.basis.averageLength).not.toEqual(first.basis.averageLength);
  });

  it('returns what a fresh build with the same averages returns, after any edits', { timeout: 120_000 }, () => {
    const averageLength = averageFieldLengths(visible(catalogue));
    const base = createSearchEngine(catalogue, { today: TODAY });
    fc.assert(
      fc.property(fc.array(editArbitrary, { minLength: 0, maxLength: 30 }), fc.array(editArbitrary, { minLength: 0, maxLength: 30 }), (firstEdits, secondEdits) => {
        // Two updates in a row: the second engine is built from the first incremental one.
        const once = applyEdits(catalogue, firstEdits, 1);
        const twice = applyEdits(once, secondEdits, 2);
        const onceEngine = createSearchEngine(once, { today: TODAY, previous: base });
        const twiceEngine = createSearchEngine(twice, { today: TODAY, previous: onceEngine });
        for (const [engine, entries] of [
          [onceEngine, once],
          [twiceEngine, twice],
        ] as const) {
          const reference = freshEngine(entries, averageLength);
          expect(engine.size).toBe(reference.size);
          for (const text of QUERIES) {
            for (const filters of FILTERS) expectSameResults(engine.search({ text, filters, limit: 15 }), reference.search({ text, filters, limit: 15 }));
          }
        }
      }),
      { numRuns: 25 },
    );
  });

  it('indexes an entry without a single searchable word, fresh or after an update', () => {
    const technology = catalogue.find((entry) => entry.kind === 'technology')!;
    const wordless = { ...technology, id: 'wordless' as EntryId, title: { en: 'the' }, summary: { en: '—' }, keywords: [], domains: [], lab: '…', contact: {}, details: undefined, applications: [], totTerms: undefined, category: undefined } as CatalogueEntry;
    const fresh = createSearchEngine([wordless], { today: TODAY });
    expect(fresh.search({ text: '' }).hits.map((hit) => hit.id)).toEqual(['wordless']);
    const updated = createSearchEngine([...catalogue, wordless], { today: TODAY, previous: createSearchEngine(catalogue, { today: TODAY }) });
    expect(updated.size).toBe(visible(catalogue).length + 1);
    expect(updated.search({ text: 'radar' }).total).toBe(createSearchEngine([...catalogue, wordless], { today: TODAY }).search({ text: 'radar' }).total);
  });

  it('ignores a previous engine built from a prebuilt index', () => {
    const documents = visible(catalogue);
    const prebuilt = createSearchEngine(catalogue, { today: TODAY, prebuiltIndex: { documentIds: documents.map((entry) => entry.id), index: buildInvertedIndex(documents) } });
    const edited = applyEdits(catalogue, [{ kind: 'retitle', at: 3, words: ['zyxquartz'] }], 1);
    const engine = createSearchEngine(edited, { today: TODAY, previous: prebuilt });
    expectSameResults(engine.search({ text: 'zyxquartz' }), createSearchEngine(edited, { today: TODAY }).search({ text: 'zyxquartz' }));
    expect(engine.search({ text: 'zyxquartz' }).total).toBe(1);
  });
});
