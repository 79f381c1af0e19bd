import { describe, expect, it } from 'vitest';
import { SNAPSHOT_ETAG_HEADER } from '../../../shared/ipc/catalogueDataPaths';
import { buildPrebuiltIndex, serialiseIndex } from '../../../shared/search/indexSnapshot';
import { HAND_MADE_TODAY, handMadeCatalogue } from '../../../shared/search/testing/handMadeCatalogue';
import { loadCatalogueData } from './loadCatalogueData';

const urls = { snapshotUrl: 'http://host/data/catalogue.json', indexUrl: 'http://host/data/search-index.bin' };
const snapshotBody = JSON.stringify({ ok: true, value: { info: { entryCount: handMadeCatalogue.length }, entries: handMadeCatalogue } });
const indexBytes = serialiseIndex(buildPrebuiltIndex(handMadeCatalogue, HAND_MADE_TODAY as never));

/** A host answering like answerCatalogueData: ETags, 304 on a match, the snapshot ETag beside the index. */
function host(options: { snapshotEtag?: string; indexBuiltFrom?: string; index?: Uint8Array | 'missing' } = {}) {
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
    const headers = { ETag: '"index-1"', [SNAPSHOT_ETAG_HEADER]: options.indexBuiltFrom ?? snapshotEtag };
    if (ifNoneMatch === '"index-1"') return new Response(null, { status: 304, headers });
    return new Response(new Blob([new Uint8Array(options.index ?? indexBytes)]), { status: 200, headers });
  };
  return { fetchData, requests };
}

describe('loadCatalogueData (the search worker reading the host data paths)', () => {
  it('reads the catalogue and the index built from it', async () => {
    const outcome = await loadCatalogueData(urls, undefined, host().fetchData);
    expect(outcome.ok && outcome.loaded.entries.length).toBe(handMadeCatalogue.length);
    expect(outcome.ok && outcome.loaded.prebuilt?.documentIds.length).toBeGreaterThan(0);
  });

  it('asks again with the ETags it holds and keeps the same copy on two 304s', async () => {
    const { fetchData, requests } = host();
    const first = await loadCatalogueData(urls, undefined, fetchData);
    if (!first.ok) throw new Error(first.message);
    const again = await loadCatalogueData(urls, first.loaded, fetchData);
    expect(again.ok && again.loaded).toBe(first.loaded);
    expect(requests.slice(2).map((request) => request.ifNoneMatch).sort()).toEqual(['"index-1"', '"snap-1"']);
  });

  it('leaves out an index built from another snapshot, a damaged one, or none', async () => {
    const damaged = indexBytes.slice();
    damaged[damaged.length - 1]! ^= 1;
    for (const options of [{ indexBuiltFrom: '"snap-0"' }, { index: damaged }, { index: 'missing' as const }]) {
      const outcome = await loadCatalogueData(urls, undefined, host(options).fetchData);
      expect(outcome.ok && outcome.loaded.entries.length, JSON.stringify(Object.keys(options))).toBe(handMadeCatalogue.length);
      expect(outcome.ok && outcome.loaded.prebuilt).toBeUndefined();
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
});
