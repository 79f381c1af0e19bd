// The answers to the read-only data paths (shared/ipc/catalogueDataPaths.ts), decided without a
// transport: the browser host writes them to its HTTP response, the Electron shell's app://
// protocol returns them as a Response. Both honour If-None-Match, so a worker re-checking an
// unchanged catalogue costs a 304.
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { CATALOGUE_DATA_PATHS, SNAPSHOT_ETAG_HEADER } from '../../shared/ipc/catalogueDataPaths';
import { failure } from '../../shared/ipc/result';
import { HandlerError } from '../ipc/apiHandlers';
import type { CatalogueProvider } from '../ipc/catalogueProvider';
import type { SearchIndexCache } from './searchIndexCache';
import { serialisedSnapshot, type SerialisedSnapshot } from './serialisedSnapshot';

const gzipAsync = promisify(gzip);

export interface CatalogueDataSources {
  catalogue: CatalogueProvider;
  searchIndex: SearchIndexCache;
}

export interface DataRequest {
  ifNoneMatch?: string;
  /** True when the client accepts gzip and sits across a network (a local page gains nothing from it). */
  gzipWanted: boolean;
}

export interface DataAnswer {
  status: 200 | 304 | 503;
  headers: Record<string, string>;
  body?: Uint8Array;
}

export function isCatalogueDataPath(path: string): boolean {
  return path === CATALOGUE_DATA_PATHS.snapshot || path === CATALOGUE_DATA_PATHS.searchIndex;
}

export async function answerCatalogueData(path: string, request: DataRequest, sources: CatalogueDataSources): Promise<DataAnswer> {
  let snapshot;
  try {
    snapshot = await sources.catalogue.snapshot();
  } catch (error) {
    const code = error instanceof HandlerError ? error.code : 'catalogue-unavailable';
    const message = error instanceof Error ? error.message : String(error);
    return { status: 503, headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' }, body: Buffer.from(JSON.stringify(failure(code, message))) };
  }
  if (path === CATALOGUE_DATA_PATHS.snapshot) {
    const serialised = serialisedSnapshot(snapshot);
    const common = { ETag: serialised.etag, 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' };
    if (request.ifNoneMatch === serialised.etag) return { status: 304, headers: common };
    const gzipped = request.gzipWanted ? gzippedOrStart(serialised) : undefined;
    return {
      status: 200,
      headers: { ...common, 'Content-Type': 'application/json; charset=utf-8', ...(gzipped ? { 'Content-Encoding': 'gzip' } : {}) },
      body: gzipped ?? serialised.body,
    };
  }
  const index = await sources.searchIndex.indexFor(snapshot);
  const common = { ETag: index.etag, 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding', [SNAPSHOT_ETAG_HEADER]: index.snapshotEtag };
  if (request.ifNoneMatch === index.etag) return { status: 304, headers: common };
  const gzipped = request.gzipWanted ? gzippedIndexOrStart(index.bytes) : undefined;
  return { status: 200, headers: { ...common, 'Content-Type': 'application/octet-stream', ...(gzipped ? { 'Content-Encoding': 'gzip' } : {}) }, body: gzipped ?? index.bytes };
}

/** The gzipped form of each index's bytes (one index per catalogue version and day). */
const gzippedIndexes = new WeakMap<Uint8Array, { gzipped?: Buffer; gzipping?: Promise<Buffer> }>();

function gzipIndex(bytes: Uint8Array): Promise<Buffer> {
  let kept = gzippedIndexes.get(bytes);
  if (!kept) gzippedIndexes.set(bytes, (kept = {}));
  if (kept.gzipped) return Promise.resolve(kept.gzipped);
  const record = kept;
  record.gzipping ??= gzipAsync(bytes).then((result) => {
    record.gzipped = result;
    return result;
  });
  return record.gzipping;
}

function gzippedIndexOrStart(bytes: Uint8Array): Buffer | undefined {
  const kept = gzippedIndexes.get(bytes)?.gzipped;
  if (!kept) void gzipIndex(bytes).catch(() => undefined);
  return kept;
}

/**
 * Makes the compressed forms a LAN kiosk host serves before its first client asks: the search index
 * (what every kiosk page loads) and the snapshot (a page whose index failed falls back to it). Without
 * this the first clients after a start got them uncompressed, ten times the bytes.
 */
export async function prepareCompressedCatalogueData(sources: CatalogueDataSources): Promise<void> {
  const snapshot = await sources.catalogue.snapshot();
  const index = await sources.searchIndex.indexFor(snapshot);
  const serialised = serialisedSnapshot(snapshot);
  await gzipIndex(index.bytes);
  serialised.gzipped ??= await gzipAsync(serialised.body);
}

/**
 * The gzipped body when it is ready; otherwise starts making it off the main thread and answers
 * uncompressed meanwhile (compressing 45 MB in line would hold every other request for seconds).
 */
export function gzippedOrStart(serialised: SerialisedSnapshot): Buffer | undefined {
  if (serialised.gzipped) return serialised.gzipped;
  if (!serialised.gzipping) {
    serialised.gzipping = true;
    gzip(serialised.body, (error, result) => {
      serialised.gzipping = false;
      if (!error) serialised.gzipped = result;
    });
  }
  return undefined;
}
