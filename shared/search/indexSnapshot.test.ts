import { describe, expect, it } from 'vitest';
import { generateCatalogue } from '../../bench/catalogueGenerator';
import { createSearchEngine, createSearchEngineFromPack } from './engine';
import type { CatalogueEntry } from '../catalogue/entry';
import { entryPreview, type EntryAttributes } from './entryPreview';
import type { SearchResult } from './types';
import fc from 'fast-check';
import { buildPrebuiltIndex, decodePostings, encodePostings, indexTextsOffset, parseIndex, serialiseIndex, TextsNotYetReceived } from './indexSnapshot';
import { HAND_MADE_TODAY, handMadeCatalogue } from './testing/handMadeCatalogue';

const today = HAND_MADE_TODAY as never;
const QUERIES = ['radar', 'rad', 'thermel imaging', 'ड्रोन', 'tot', 'uav', 'helmet testing', ''];

describe('search index snapshot', () => {
  it('answers every query exactly as a freshly built engine does', () => {
    const entries = [...handMadeCatalogue, ...generateCatalogue(300, 7)];
    const parsed = parseIndex(serialiseIndex(buildPrebuiltIndex(entries, today)));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const fresh = createSearchEngine(entries, { today });
    const loaded = createSearchEngine(entries, { today, prebuiltIndex: parsed.prebuilt });
    for (const text of QUERIES) {
      const strip = (result: ReturnType<typeof fresh.search>) => ({ ...result, hits: result.hits.map(({ id, score, highlights }) => ({ id, score, highlights })) });
      expect(strip(loaded.search({ text })), text).toEqual(strip(fresh.search({ text })));
    }
  });

  it('searches from the file alone, previews and all, exactly as the engine over the catalogue does', () => {
    const entries = [...handMadeCatalogue, ...generateCatalogue(300, 11)];
    const parsed = parseIndex(serialiseIndex(buildPrebuiltIndex(entries, today)));
    if (!parsed.ok) throw new Error(parsed.message);
    const fromPack = createSearchEngineFromPack(parsed.prebuilt);
    const fresh = createSearchEngine(entries, { today });
    expect(fromPack.size).toBe(fresh.size);
    const filtered = [{ kinds: ['course' as const] }, { trl: { min: 6 } }, { funding: { min: 1 } }, { courseDates: { from: '2026-01-01' as never } }];
    // The engine over entries hands out the entries themselves; the pack, their previews.
    const asPreviews = (result: SearchResult) => ({ ...result, hits: result.hits.map((hit) => ({ ...hit, entry: entryPreview(hit.entry as CatalogueEntry) })) });
    for (const text of QUERIES) {
      expect(fromPack.search({ text }), text).toEqual(asPreviews(fresh.search({ text })));
      for (const filters of filtered) expect(fromPack.search({ text, filters }), `${text} ${JSON.stringify(filters)}`).toEqual(asPreviews(fresh.search({ text, filters })));
    }
  });

  it('refuses a file whose entry list is not a list of entries, and reports unreadable texts when one is read', () => {
    const pack = buildPrebuiltIndex(handMadeCatalogue, today);
    const withoutLab = pack.attributes.map((attributes, position) => (position === 1 ? ({ ...attributes, lab: undefined } as unknown as EntryAttributes) : attributes));
    expect(parseIndex(serialiseIndex({ ...pack, attributes: withoutLab }))).toEqual({ ok: false, message: expect.stringContaining('no readable list of entries') });
    expect(parseIndex(serialiseIndex({ ...pack, attributes: pack.attributes.slice(1), browseOrder: pack.browseOrder.slice(1) }))).toEqual({ ok: false, message: expect.stringContaining('points outside') });
    const untitled = parseIndex(serialiseIndex({ ...pack, preview: (document) => ({ ...pack.preview(document), title: document === 2 ? (7 as never) : pack.preview(document).title }) }));
    if (!untitled.ok) throw new Error(untitled.message);
    expect(untitled.prebuilt.preview(1).title).toEqual(pack.preview(1).title);
    expect(() => untitled.prebuilt.preview(2)).toThrow(/unreadable texts for entry 3/);
  });

  it('decodes the texts of an entry once: the same preview object every time it is asked for', () => {
    const parsed = parseIndex(serialiseIndex(buildPrebuiltIndex(handMadeCatalogue, today)));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.prebuilt.preview(4)).toBe(parsed.prebuilt.preview(4));
  });

  it('searches a file still streaming in once all but the texts arrived, and checks the texts when the last byte does', () => {
    const pack = buildPrebuiltIndex(handMadeCatalogue, today);
    const bytes = serialiseIndex(pack);
    const textsAt = indexTextsOffset(bytes.subarray(0, 64))!;
    expect(textsAt).toBeGreaterThan(64);
    expect(textsAt).toBeLessThan(bytes.length);
    let received = textsAt - 4;
    expect(parseIndex(bytes, () => received)).toEqual({ ok: false, message: expect.stringContaining('not arrived') });
    received = textsAt;
    const streamed = parseIndex(bytes, () => received);
    if (!streamed.ok) throw new Error(streamed.message);
    const first = pack.browseOrder[0]!;
    const last = pack.browseOrder[pack.browseOrder.length - 1]!;
    expect(() => streamed.prebuilt.preview(first)).toThrow(TextsNotYetReceived);
    received = textsAt + 1 + new TextEncoder().encode(JSON.stringify({ title: pack.preview(first).title, summary: pack.preview(first).summary })).length;
    expect(streamed.prebuilt.preview(first).title).toEqual(pack.preview(first).title);
    expect(() => streamed.prebuilt.preview(last)).toThrow(TextsNotYetReceived);
    received = bytes.length;
    expect(streamed.prebuilt.preview(last).summary).toEqual(pack.preview(last).summary);

    const damaged = bytes.slice();
    damaged[damaged.length - 5]! ^= 0x01;
    let arrived = textsAt;
    const streamedDamaged = parseIndex(damaged, () => arrived);
    if (!streamedDamaged.ok) throw new Error(streamedDamaged.message);
    arrived = damaged.length;
    expect(() => streamedDamaged.prebuilt.preview(first)).toThrow(/damaged entry texts/);
  });

  it('gives the same answers after a search that stopped at an entry whose texts had not arrived', () => {
    const pack = buildPrebuiltIndex(handMadeCatalogue, today);
    const bytes = serialiseIndex(pack);
    let received = indexTextsOffset(bytes.subarray(0, 64))!;
    const streamed = parseIndex(bytes, () => received);
    if (!streamed.ok) throw new Error(streamed.message);
    const engine = createSearchEngineFromPack(streamed.prebuilt);
    const complete = createSearchEngineFromPack(pack);
    expect(() => engine.search({ text: 'radar' })).toThrow(TextsNotYetReceived);
    received = bytes.length;
    for (const text of QUERIES) expect(engine.search({ text })).toEqual(complete.search({ text }));
  });

  it('is used only for the same visible entries: a new day or another catalogue rebuilds', () => {
    const entries = generateCatalogue(50, 3);
    const prebuilt = buildPrebuiltIndex(entries, today);
    const other = generateCatalogue(50, 4);
    const engine = createSearchEngine(other, { today, prebuiltIndex: prebuilt });
    const fresh = createSearchEngine(other, { today });
    const first = fresh.search({ text: other[0]!.title.en }).hits[0]?.id;
    expect(engine.search({ text: other[0]!.title.en }).hits[0]?.id).toBe(first);
  });

  it('refuses damaged, truncated and foreign bytes with a message', () => {
    const bytes = serialiseIndex(buildPrebuiltIndex(handMadeCatalogue, today));
    const flipped = bytes.slice();
    flipped[bytes.length - 3]! ^= 0xff;
    expect(parseIndex(flipped)).toEqual({ ok: false, message: expect.stringContaining('damaged') });
    expect(parseIndex(bytes.subarray(0, bytes.length - 8))).toEqual({ ok: false, message: expect.stringContaining('truncated') });
    expect(parseIndex(new TextEncoder().encode('{"not": "an index"} padded to be long enough'))).toEqual({ ok: false, message: expect.stringContaining('not a search index') });
    const newer = bytes.slice();
    newer[7] = 99;
    expect(parseIndex(newer)).toEqual({ ok: false, message: expect.stringContaining('format 99') });
  });

  it('reads an index at any byte offset of a larger buffer', () => {
    const prebuilt = buildPrebuiltIndex(handMadeCatalogue, today);
    const bytes = serialiseIndex(prebuilt);
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    const parsed = parseIndex(shifted.subarray(3));
    expect(parsed.ok && parsed.prebuilt.documentIds).toEqual(prebuilt.documentIds);
    expect(parsed.ok && [...parsed.prebuilt.index.postingScores]).toEqual([...prebuilt.index.postingScores]);
  });

  it('stores postings as gaps of one to five bytes and reads them back exactly, refusing any that leave the entries', () => {
    // Entry numbers up to 2^31 - 2, so gaps take every length from one byte to five.
    const termLists = fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 2 ** 31 - 2 }), { maxLength: 20 }).map((documents) => documents.sort((a, b) => a - b)), { maxLength: 8 });
    fc.assert(
      fc.property(termLists, (lists) => {
        const postingStart = new Int32Array(lists.length + 1);
        lists.forEach((list, term) => (postingStart[term + 1] = postingStart[term]! + list.length));
        const postingDocuments = Int32Array.from(lists.flat());
        const bytes = encodePostings({ postingStart, postingDocuments });
        expect(decodePostings(bytes, postingStart, 2 ** 31 - 1)).toEqual(postingDocuments);
        const highest = postingDocuments.length === 0 ? -1 : Math.max(...postingDocuments);
        if (highest >= 0) expect(decodePostings(bytes, postingStart, highest)).toBeUndefined();
        if (bytes.length > 0) expect(decodePostings(bytes.subarray(0, bytes.length - 1), postingStart, 2 ** 31 - 1)).toBeUndefined();
      }),
    );
  });
});
