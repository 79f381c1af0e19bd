// What the search worker reads from the host's data paths. First the search index prebuilt for
// the catalogue in use: it carries the previews of its entries, which is all the worker needs to
// search, so the catalogue itself (several times larger) is not read at all. Only when the index
// is missing or cannot be read does the worker fetch the catalogue snapshot and index it itself.
// Both are conditional requests on the last ETags, so asking again after the page reloads its
// catalogue costs a 304 when nothing changed.
import type { CatalogueEntry } from '../../../shared/catalogue/entry';
import type { CatalogueSnapshot } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import { parseIndex } from '../../../shared/search/indexSnapshot';
import type { SearchPack } from '../../../shared/search/types';

/** Either a usable prebuilt index with its previews, or the catalogue's entries to index. */
export type LoadedCatalogue = { source: 'index'; pack: SearchPack; etag: string | undefined } | { source: 'snapshot'; entries: CatalogueEntry[]; etag: string | undefined };

export type LoadOutcome = { ok: true; loaded: LoadedCatalogue } | { ok: false; message: string };

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

export async function loadCatalogueData(
  urls: { snapshotUrl: string; indexUrl: string },
  previous: LoadedCatalogue | undefined,
  fetchData: Fetch = (url, init) => fetch(url, init),
): Promise<LoadOutcome> {
  const pack = await loadPack(urls.indexUrl, previous?.source === 'index' ? previous : undefined, fetchData);
  if (pack) return { ok: true, loaded: pack };
  return loadSnapshot(urls.snapshotUrl, previous?.source === 'snapshot' ? previous : undefined, fetchData);
}

const conditional = (etag: string | undefined): RequestInit => (etag ? { headers: { 'If-None-Match': etag } } : {});

async function loadPack(url: string, previous: Extract<LoadedCatalogue, { source: 'index' }> | undefined, fetchData: Fetch): Promise<LoadedCatalogue | undefined> {
  const response = await fetchData(url, conditional(previous?.etag)).catch(() => undefined);
  if (!response) return undefined;
  if (response.status === 304 && previous) return previous;
  if (!response.ok) return undefined;
  const bytes = await response.arrayBuffer().catch(() => undefined);
  if (!bytes) return undefined;
  const parsed = parseIndex(new Uint8Array(bytes));
  if (!parsed.ok) {
    console.warn(`search worker: ${parsed.message}; indexing the catalogue instead`);
    return undefined;
  }
  return { source: 'index', pack: parsed.prebuilt, etag: response.headers.get('ETag') ?? undefined };
}

async function loadSnapshot(url: string, previous: Extract<LoadedCatalogue, { source: 'snapshot' }> | undefined, fetchData: Fetch): Promise<LoadOutcome> {
  let response: Response;
  try {
    response = await fetchData(url, conditional(previous?.etag));
  } catch (error) {
    return { ok: false, message: `the catalogue could not be fetched (${error instanceof Error ? error.message : String(error)})` };
  }
  if (response.status === 304 && previous) return { ok: true, loaded: previous };
  const body = (await response.json().catch(() => undefined)) as Result<CatalogueSnapshot> | undefined;
  if (!body || typeof body !== 'object') return { ok: false, message: `the catalogue answer (HTTP ${response.status}) is not JSON` };
  if (!body.ok) return { ok: false, message: body.error?.message ?? `the catalogue answer (HTTP ${response.status}) holds no catalogue` };
  if (!Array.isArray(body.value?.entries)) return { ok: false, message: 'the catalogue answer holds no list of entries' };
  return { ok: true, loaded: { source: 'snapshot', entries: body.value.entries, etag: response.headers.get('ETag') ?? undefined } };
}
