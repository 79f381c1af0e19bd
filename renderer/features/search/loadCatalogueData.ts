// What the search worker reads from the host's data paths: the catalogue snapshot (a JSON Result)
// and the search index prebuilt for it. Both are conditional requests on the last ETags, so asking
// again after the page reloads its catalogue costs two 304s when nothing changed. The index is an
// optimisation only: missing, damaged, or built from another snapshot, it is left out and the
// worker tokenises the catalogue itself.
import type { CatalogueEntry } from '../../../shared/catalogue/entry';
import { SNAPSHOT_ETAG_HEADER } from '../../../shared/ipc/catalogueDataPaths';
import type { CatalogueSnapshot } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import { parseIndex } from '../../../shared/search/indexSnapshot';
import type { PrebuiltIndex } from '../../../shared/search/types';

export interface LoadedCatalogue {
  entries: CatalogueEntry[];
  snapshotEtag: string | undefined;
  indexEtag: string | undefined;
  prebuilt: PrebuiltIndex | undefined;
}

export type LoadOutcome = { ok: true; loaded: LoadedCatalogue } | { ok: false; message: string };

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

export async function loadCatalogueData(
  urls: { snapshotUrl: string; indexUrl: string },
  previous: LoadedCatalogue | undefined,
  fetchData: Fetch = (url, init) => fetch(url, init),
): Promise<LoadOutcome> {
  const conditional = (etag: string | undefined): RequestInit => (etag ? { headers: { 'If-None-Match': etag } } : {});
  const indexRequest = fetchData(urls.indexUrl, conditional(previous?.indexEtag)).catch(() => undefined);
  let snapshotResponse: Response;
  try {
    snapshotResponse = await fetchData(urls.snapshotUrl, conditional(previous?.snapshotEtag));
  } catch (error) {
    return { ok: false, message: `the catalogue could not be fetched (${error instanceof Error ? error.message : String(error)})` };
  }

  let entries: CatalogueEntry[];
  let snapshotEtag = snapshotResponse.headers.get('ETag') ?? undefined;
  if (snapshotResponse.status === 304 && previous) {
    entries = previous.entries;
    snapshotEtag = previous.snapshotEtag;
  } else {
    const body = (await snapshotResponse.json().catch(() => undefined)) as Result<CatalogueSnapshot> | undefined;
    if (!body || typeof body !== 'object') return { ok: false, message: `the catalogue answer (HTTP ${snapshotResponse.status}) is not JSON` };
    if (!body.ok) return { ok: false, message: body.error?.message ?? `the catalogue answer (HTTP ${snapshotResponse.status}) holds no catalogue` };
    if (!Array.isArray(body.value?.entries)) return { ok: false, message: 'the catalogue answer holds no list of entries' };
    entries = body.value.entries;
  }

  const indexResponse = await indexRequest;
  let prebuilt: PrebuiltIndex | undefined;
  let indexEtag: string | undefined;
  const builtFrom = indexResponse?.headers.get(SNAPSHOT_ETAG_HEADER) ?? undefined;
  if (indexResponse && snapshotEtag !== undefined && builtFrom === snapshotEtag) {
    if (indexResponse.status === 304 && previous?.prebuilt) {
      prebuilt = previous.prebuilt;
      indexEtag = previous.indexEtag;
    } else if (indexResponse.ok) {
      const parsed = parseIndex(new Uint8Array(await indexResponse.arrayBuffer()));
      if (parsed.ok) {
        prebuilt = parsed.prebuilt;
        indexEtag = indexResponse.headers.get('ETag') ?? undefined;
      }
    }
  }
  if (previous && entries === previous.entries && prebuilt === previous.prebuilt) return { ok: true, loaded: previous };
  return { ok: true, loaded: { entries, snapshotEtag, indexEtag, prebuilt } };
}
