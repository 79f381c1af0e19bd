// The search index lives here, off the page's thread, so typing never waits for it.
/// <reference lib="webworker" />
import { createSearchEngine } from '../../../shared/search/engine';
import type { SearchEngine } from '../../../shared/search/types';
import type { FromSearchWorker, ToSearchWorker } from './searchWorkerProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let engine: SearchEngine | undefined;
// Only the newest waiting search runs: queries typed while one was running are superseded.
let waiting: Extract<ToSearchWorker, { type: 'search' }> | undefined;
let scheduled = false;

function reply(message: FromSearchWorker): void {
  scope.postMessage(message);
}

scope.onmessage = (event: MessageEvent<ToSearchWorker>) => {
  const message = event.data;
  if (message.type === 'load') {
    const started = performance.now();
    try {
      const built = createSearchEngine(message.entries, { today: message.today });
      engine = built;
      reply({ type: 'ready', size: built.size, buildMilliseconds: performance.now() - started });
    } catch (error) {
      reply({ type: 'failed', message: describe(error) });
    }
    if (waiting) schedule();
    return;
  }
  waiting = message;
  schedule();
};

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
