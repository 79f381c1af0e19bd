import { describe, expect, it } from 'vitest';
import { SNAPSHOT_ETAG_HEADER } from '../../../shared/ipc/catalogueDataPaths';
import { buildPrebuiltIndex, indexTextsOffset, serialiseIndex } from '../../../shared/search/indexSnapshot';
import { generateCatalogue } from '../../../bench/catalogueGenerator';
import { HAND_MADE_TODAY, handMadeCatalogue } from '../../../shared/search/testing/handMadeCatalogue';
import { loadCatalogueData } from './loadCatalogueData';

const urls = { snapshotUrl: 'http://host/data/catalogue.json', indexUrl: 'http://host/data/search-index.bin' };
const snapshotBody = JSON.stringify({ ok: true, value: { info: { entryCount: handMadeCatalogue.length }, entries: handMadeCatalogue } });
const indexBytes = serialiseIndex(buildPrebuiltIndex(handMadeCatalogue, HAND_MADE_TODAY as never));

/** A host answering like answerCatalogueData: ETags, 304 on a match, the snapshot ETag beside the index. */
function host(options: { snapshotEtag?: string; index?: Uint8Array | 'missing' } = {}) {
  const snapshotEtag = options.snapshotEtag ?? '"snap-1"';
  const requests: { url: string; ifNoneMatch: string | null }[] = [];
  const fetchData = async (url: string, init: RequestInit) => {
    const ifNoneMatch = new Headers(init.headers).get('If-None-Match');
    requests.push({ url, ifNoneMatch });
    if (url === urls.snapshotUrl) {
      if (ifNoneMatch === snapshotEtag) return new Response(null, { status: 304, headers: { ETag: snapshotEtag } });
      return new Response(snapshotBody, { status: 200, headers: { ETag: snapshotEtag } });
    }
    if (options.index === 'missing') return new Response('Not found.', { status: 404 });
    const headers = { ETag: '"index-1"', [SNAPSHOT_ETAG_HEADER]: snapshotEtag };
    if (ifNoneMatch === '"index-1"') return new Response(null, { status: 304, headers });
    return new Response(new Blob([new Uint8Array(options.index ?? indexBytes)]), { status: 200, headers });
  };
  return { fetchData, requests };
}

describe('loadCatalogueData (the search worker reading the host data paths)', () => {
  it('reads the prebuilt index with its previews, and not the catalogue', async () => {
    const { fetchData, requests } = host();
    const outcome = await loadCatalogueData(urls, undefined, fetchData);
    if (!outcome.ok || outcome.loaded.source !== 'index') throw new Error(`expected the index, got ${JSON.stringify(outcome).slice(0, 200)}`);
    const { pack } = outcome.loaded;
    expect(pack.attributes.map((attributes) => attributes.id)).toEqual(pack.documentIds);
    expect(pack.preview(0).title.en.length).toBeGreaterThan(0);
    expect(requests.map((request) => request.url)).toEqual([urls.indexUrl]);
  });

  it('asks again with the ETag it holds and keeps the same copy on a 304', async () => {
    const { fetchData, requests } = host();
    const first = await loadCatalogueData(urls, undefined, fetchData);
    if (!first.ok) throw new Error(first.message);
    const again = await loadCatalogueData(urls, first.loaded, fetchData);
    expect(again.ok && again.loaded).toBe(first.loaded);
    expect(requests.slice(1)).toEqual([{ url: urls.indexUrl, ifNoneMatch: '"index-1"' }]);
  });

  it('reads the catalogue instead when the index is damaged or missing, and keeps it on a 304', async () => {
    const damaged = indexBytes.slice();
    damaged[damaged.length - 1]! ^= 1;
    for (const options of [{ index: damaged }, { index: 'missing' as const }]) {
      const { fetchData, requests } = host(options);
      const outcome = await loadCatalogueData(urls, undefined, fetchData);
      if (!outcome.ok || outcome.loaded.source !== 'snapshot') throw new Error(`expected the catalogue for ${Object.keys(options).join()}`);
      expect(outcome.loaded.entries.length).toBe(handMadeCatalogue.length);
      const again = await loadCatalogueData(urls, outcome.loaded, fetchData);
      expect(again.ok && again.loaded).toBe(outcome.loaded);
      expect(requests.at(-1)).toEqual({ url: urls.snapshotUrl, ifNoneMatch: '"snap-1"' });
    }
  });

  it('reports a host that answers with a failure, or not at all', async () => {
    const failing = async () => new Response(JSON.stringify({ ok: false, error: { code: 'catalogue-unavailable', message: 'the folder is gone' } }), { status: 503 });
    expect(await loadCatalogueData(urls, undefined, failing)).toEqual({ ok: false, message: 'the folder is gone' });
    const notJson = async () => new Response('<html>Not found</html>', { status: 404 });
    expect(await loadCatalogueData(urls, undefined, notJson)).toEqual({ ok: false, message: expect.stringContaining('HTTP 404') });
    const offline = async () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await loadCatalogueData(urls, undefined, offline)).toEqual({ ok: false, message: expect.stringContaining('Failed to fetch') });
  });

  it('opens the index once all but the texts and the first screen of texts streamed in, and settles when the rest has', async () => {
    const { bytes, textsAt, firstScreenEnd, pack: built } = streamedIndex();
    const stream = controlledStream();
    const fetchData = async () => new Response(stream.body, { status: 200, headers: { ETag: '"index-1"', 'Content-Length': String(bytes.length) } });
    let opened = false;
    const loading = loadCatalogueData(urls, undefined, fetchData).then((outcome) => ((opened = true), outcome));
    stream.push(bytes.subarray(0, 100));
    stream.push(bytes.subarray(100, textsAt));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(opened).toBe(false);
    stream.push(bytes.subarray(textsAt, firstScreenEnd));
    const outcome = await loading;
    if (!outcome.ok || outcome.loaded.source !== 'index') throw new Error('expected the index before its texts arrived');
    const { pack, textsArrived } = outcome.loaded;
    let settled = false;
    void textsArrived.then(() => (settled = true));
    const first = built.browseOrder[0]!;
    const last = built.browseOrder[built.browseOrder.length - 1]!;
    expect(pack.preview(first).title).toEqual(built.preview(first).title);
    expect(() => pack.preview(last)).toThrow(/still arriving/);
    const more = outcome.loaded.moreArrived();
    stream.push(bytes.subarray(firstScreenEnd, firstScreenEnd + 100));
    await more;
    expect(settled).toBe(false);
    stream.push(bytes.subarray(firstScreenEnd + 100));
    stream.close();
    await textsArrived;
    expect(pack.preview(last).summary).toEqual(built.preview(last).summary);
  });

  it('gives way to queued tasks (a search) between pieces of the texts that have already arrived', async () => {
    const { bytes, firstScreenEnd } = streamedIndex();
    const stream = controlledStream();
    const fetchData = async () => new Response(stream.body, { status: 200, headers: { 'Content-Length': String(bytes.length) } });
    stream.push(bytes.subarray(0, firstScreenEnd));
    const outcome = await loadCatalogueData(urls, undefined, fetchData);
    if (!outcome.ok || outcome.loaded.source !== 'index') throw new Error('expected the index before its texts arrived');
    // The rest is all queued at once, as when the download ran ahead of a busy worker.
    for (let at = firstScreenEnd; at < bytes.length; at += 64) stream.push(bytes.subarray(at, Math.min(bytes.length, at + 64)));
    stream.close();
    let textsIn = false;
    void outcome.loaded.textsArrived.then(() => (textsIn = true));
    const taskRanBeforeTheTexts = await new Promise<boolean>((resolve) => setTimeout(() => resolve(!textsIn), 0));
    expect(taskRanBeforeTheTexts).toBe(true);
    await outcome.loaded.textsArrived;
  });

  it('rejects the texts with the byte count when the download breaks off', async () => {
    const { bytes, firstScreenEnd } = streamedIndex();
    const stream = controlledStream();
    const fetchData = async () => new Response(stream.body, { status: 200, headers: { 'Content-Length': String(bytes.length) } });
    stream.push(bytes.subarray(0, firstScreenEnd + 8));
    const outcome = await loadCatalogueData(urls, undefined, fetchData);
    if (!outcome.ok || outcome.loaded.source !== 'index') throw new Error('expected the index before its texts arrived');
    stream.close();
    await expect(outcome.loaded.textsArrived).rejects.toThrow(`ended after ${firstScreenEnd + 8} of ${bytes.length} bytes`);
  });
});

/** An index of more entries than a first screen, with where its texts start and where the first screen's end. */
function streamedIndex() {
  const pack = buildPrebuiltIndex(generateCatalogue(200, 9), HAND_MADE_TODAY as never);
  const bytes = serialiseIndex(pack);
  const textsAt = indexTextsOffset(bytes)!;
  const encoder = new TextEncoder();
  const firstScreenBytes = Array.from(pack.browseOrder.subarray(0, 50), (document) => encoder.encode(JSON.stringify({ title: pack.preview(document).title, summary: pack.preview(document).summary })).length);
  return { pack, bytes, textsAt, firstScreenEnd: textsAt + firstScreenBytes.reduce((sum, length) => sum + length, 0) };
}

function controlledStream() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({ start: (given) => void (controller = given) });
  return { body, push: (bytes: Uint8Array) => controller.enqueue(bytes.slice()), close: () => controller.close() };
}
