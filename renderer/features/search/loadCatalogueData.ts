// What the search worker reads from the host's data paths. First the search index prebuilt for
// the catalogue in use: it carries the previews of its entries, which is all the worker needs to
// search, so the catalogue itself (several times larger) is not read at all. Only when the index
// is missing or cannot be read does the worker fetch the catalogue snapshot and index it itself.
// Both are conditional requests on the last ETags, so asking again after the page reloads its
// catalogue costs a 304 when nothing changed.
import type { CatalogueEntry } from '../../../shared/catalogue/entry';
import type { GlossaryGroup } from '../../../shared/catalogue/glossary';
import type { CatalogueSnapshot } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import { DEFAULT_LIMIT } from '../../../shared/search/engine';
import { indexTextsOffset, parseIndex, TextsNotYetReceived } from '../../../shared/search/indexSnapshot';
import type { SearchPack } from '../../../shared/search/types';
import { nextTask } from '../../app/postTask';

/**
 * Either a usable prebuilt index, or the catalogue's entries to index. The index is usable once all
 * but its entry texts have arrived; `textsArrived` settles when the rest has (rejecting when the
 * download broke off), and until then only the entries whose texts are in can be shown.
 * `moreArrived` settles at the next piece of the download (or its end), for a search to try again.
 */
export type LoadedCatalogue =
  | { source: 'index'; pack: SearchPack; etag: string | undefined; textsArrived: Promise<void>; moreArrived(): Promise<void> }
  | { source: 'snapshot'; entries: CatalogueEntry[]; glossary: readonly GlossaryGroup[]; etag: string | undefined };

export type LoadOutcome = { ok: true; loaded: LoadedCatalogue } | { ok: false; message: string };

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/** `skipIndex`: read the catalogue even if an index is served (the index's download broke off). */
export async function loadCatalogueData(
  urls: { snapshotUrl: string; indexUrl: string },
  previous: LoadedCatalogue | undefined,
  fetchData: Fetch = (url, init) => fetch(url, init),
  skipIndex = false,
): Promise<LoadOutcome> {
  const pack = skipIndex ? undefined : await loadPack(urls.indexUrl, previous?.source === 'index' ? previous : undefined, fetchData);
  if (pack) return { ok: true, loaded: pack };
  return loadSnapshot(urls.snapshotUrl, previous?.source === 'snapshot' ? previous : undefined, fetchData);
}

const conditional = (etag: string | undefined): RequestInit => (etag ? { headers: { 'If-None-Match': etag } } : {});

async function loadPack(url: string, previous: Extract<LoadedCatalogue, { source: 'index' }> | undefined, fetchData: Fetch): Promise<LoadedCatalogue | undefined> {
  const response = await fetchData(url, conditional(previous?.etag)).catch(() => undefined);
  if (!response) return undefined;
  if (response.status === 304 && previous) return previous;
  if (!response.ok) return undefined;
  const read = await readPack(response).catch((error: unknown) => ({ ok: false as const, message: error instanceof Error ? error.message : String(error) }));
  if (!read.ok) {
    console.warn(`search worker: ${read.message}; indexing the catalogue instead`);
    return undefined;
  }
  return { source: 'index', pack: read.pack, etag: response.headers.get('ETag') ?? undefined, textsArrived: read.textsArrived, moreArrived: read.moreArrived };
}

type ReadPack = { ok: true; pack: SearchPack; textsArrived: Promise<void>; moreArrived(): Promise<void> } | { ok: false; message: string };

/**
 * Streams the index into a buffer of its announced size and opens it as soon as everything before
 * the entry texts is in (a fifth of the file at 50,000 entries is texts); the texts keep arriving
 * after. A compressed answer (a LAN kiosk host) has no usable size up front and is read whole.
 */
async function readPack(response: Response): Promise<ReadPack> {
  const length = Number(response.headers.get('Content-Length'));
  if (!response.body || response.headers.has('Content-Encoding') || !Number.isSafeInteger(length) || length <= 0) {
    const parsed = parseIndex(new Uint8Array(await response.arrayBuffer()));
    return parsed.ok ? { ok: true, pack: parsed.prebuilt, textsArrived: Promise.resolve(), moreArrived: () => Promise.resolve() } : parsed;
  }
  const bytes = new Uint8Array(length);
  let received = 0;
  let nextPiece = signal();
  const reader = response.body.getReader();
  const readChunk = async (): Promise<boolean> => {
    const { done, value } = await reader.read();
    if (done) return false;
    if (received + value.length > length) throw new Error(`the search index is longer than the ${length} bytes announced`);
    bytes.set(value, received);
    received += value.length;
    const arrived = nextPiece;
    nextPiece = signal();
    arrived.resolve();
    return true;
  };
  // Chunks already queued resolve read() as microtasks, so reading on without a break would keep
  // the worker's task going until the whole rest had arrived, and a search waiting in its queue
  // with it: after each chunk the loop gives way to the searches (posted at a higher priority).
  const readRest = async (): Promise<void> => {
    while (await readChunk()) await nextTask('user-visible');
    if (received !== length) throw new Error(`the search index ended after ${received} of ${length} bytes`);
  };
  let textsAt: number | undefined;
  let more = true;
  while (more && (textsAt === undefined || received < textsAt)) {
    more = await readChunk();
    if (textsAt === undefined && received >= HEADER_PROBE_BYTES) textsAt = indexTextsOffset(bytes.subarray(0, received)) ?? length;
  }
  if (!more && received !== length) return { ok: false, message: `the search index ended after ${received} of ${length} bytes` };
  const parsed = parseIndex(bytes, () => received);
  if (!parsed.ok) {
    await reader.cancel().catch(() => undefined);
    return parsed;
  }
  // The first screen of browsing, which the page asks for first, needs its entries' texts: they
  // come first in the file, so reading on until they are in costs little and the answer need not wait.
  while (more && !firstScreenIn(parsed.prebuilt)) more = await readChunk();
  const textsArrived = more ? readRest() : Promise.resolve();
  // Whoever waits on it handles a failure; this keeps an unwatched one from being reported as unhandled.
  textsArrived.catch(() => undefined);
  const moreArrived = () => Promise.race([nextPiece.promise, textsArrived]);
  return { ok: true, pack: parsed.prebuilt, textsArrived, moreArrived };
}

function firstScreenIn(pack: SearchPack): boolean {
  try {
    for (let rank = 0; rank < Math.min(DEFAULT_LIMIT, pack.browseOrder.length); rank++) pack.preview(pack.browseOrder[rank]!);
    return true;
  } catch (error) {
    if (error instanceof TextsNotYetReceived) return false;
    throw error;
  }
}

/** A promise with its resolve function, settled by whoever holds it. */
function signal(): { promise: Promise<void>; resolve(): void } {
  let resolve = () => {};
  const promise = new Promise<void>((settle) => (resolve = settle));
  return { promise, resolve };
}

/** Enough bytes to hold the index's header (indexTextsOffset reads where its sections start). */
const HEADER_PROBE_BYTES = 64;

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
  const glossary = Array.isArray(body.value.glossary?.groups) ? body.value.glossary.groups : [];
  return { ok: true, loaded: { source: 'snapshot', entries: body.value.entries, glossary, etag: response.headers.get('ETag') ?? undefined } };
}
