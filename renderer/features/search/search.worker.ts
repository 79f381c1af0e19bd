// The search index lives here, off the page's thread, so typing never waits for it. The worker
// fetches the catalogue and its prebuilt index itself: parsing 45 MB of JSON on the page and
// copying it here would hold the page for seconds at 50,000 entries.
/// <reference lib="webworker" />
import type { CatalogueEntry, IsoDate } from '../../../shared/catalogue/entry';
import { createSearchEngine } from '../../../shared/search/engine';
import type { SearchEngine } from '../../../shared/search/types';
import { loadCatalogueData, type LoadedCatalogue } from './loadCatalogueData';
import type { FromSearchWorker, ToSearchWorker } from './searchWorkerProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let engine: SearchEngine | undefined;
let loaded: LoadedCatalogue | undefined;
// Opening and loading run one after another, so a second 'open' can answer from the first one's ETags.
let queue: Promise<void> = Promise.resolve();
// Only the newest waiting search runs: queries typed while one was running are superseded.
let waiting: Extract<ToSearchWorker, { type: 'search' }> | undefined;
let scheduled = false;

function reply(message: FromSearchWorker): void {
  scope.postMessage(message);
}

scope.onmessage = (event: MessageEvent<ToSearchWorker>) => {
  const message = event.data;
  if (message.type === 'search') {
    waiting = message;
    schedule();
    return;
  }
  queue = queue.then(() => (message.type === 'open' ? open(message) : indexEntries(message.entries, message.today, undefined, 0)));
};

async function open(message: Extract<ToSearchWorker, { type: 'open' }>): Promise<void> {
  const started = performance.now();
  const outcome = await loadCatalogueData(message, loaded);
  if (!outcome.ok) {
    reply({ type: 'open-failed', message: outcome.message });
    return;
  }
  if (outcome.loaded === loaded && engine) {
    reply({ type: 'ready', size: engine.size, buildMilliseconds: 0, loadMilliseconds: performance.now() - started, prebuilt: loaded.prebuilt !== undefined });
    return;
  }
  loaded = outcome.loaded;
  indexEntries(loaded.entries, message.today, loaded, performance.now() - started);
}

function indexEntries(entries: CatalogueEntry[], today: IsoDate, from: LoadedCatalogue | undefined, loadMilliseconds: number): void {
  const started = performance.now();
  try {
    const built = createSearchEngine(entries, { today, ...(from?.prebuilt ? { prebuiltIndex: from.prebuilt } : {}) });
    engine = built;
    if (!from) loaded = undefined;
    reply({ type: 'ready', size: built.size, buildMilliseconds: performance.now() - started, loadMilliseconds, prebuilt: from?.prebuilt !== undefined });
  } catch (error) {
    reply({ type: 'failed', message: describe(error) });
  }
  if (waiting) schedule();
}

function schedule(): void {
  if (scheduled || !engine) return;
  scheduled = true;
  setTimeout(runWaiting, 0);
}

function runWaiting(): void {
  scheduled = false;
  const request = waiting;
  waiting = undefined;
  if (!request || !engine) return;
  const started = performance.now();
  try {
    const result = engine.search(request.query);
    reply({ type: 'results', requestId: request.requestId, result, searchMilliseconds: performance.now() - started });
  } catch (error) {
    reply({ type: 'failed', requestId: request.requestId, message: describe(error) });
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
