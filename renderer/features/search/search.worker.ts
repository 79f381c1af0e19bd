// The search index lives here, off the page's thread, so typing never waits for it. The worker
// reads the prebuilt index itself (with the previews of its entries: all a search needs), so the
// page neither parses the catalogue nor copies it here.
/// <reference lib="webworker" />
import { createSearchEngine, createSearchEngineFromPack } from '../../../shared/search/engine';
import { TextsNotYetReceived } from '../../../shared/search/indexSnapshot';
import type { SearchEngine, SearchQuery, SearchResult } from '../../../shared/search/types';
import { encodeAnswer, writeAnswer } from './answerBoard';
import { withAnswerCache, type CachingEngine } from './answerCache';
import { loadCatalogueData, type LoadedCatalogue } from './loadCatalogueData';
import type { FromSearchWorker, ToSearchWorker } from './searchWorkerProtocol';
import { postTask } from '../../app/postTask';
import { warmUpEngine } from './searchWarmUp';
import { answerNextKeys } from './nextKeyAnswers';

/** A keystroke's frame is painted some 10–20 ms after its answer; the next key comes 100 ms or more after it. */
const NEXT_KEYS_DELAY_MILLISECONDS = 30;

const scope = self as unknown as DedicatedWorkerGlobalScope;
let engine: CachingEngine | undefined;
let loaded: LoadedCatalogue | undefined;
// Opening and loading run one after another, so a second 'open' can answer from the first one's ETags.
let queue: Promise<void> = Promise.resolve();
// Only the newest waiting search runs: queries typed while one was running are superseded.
let waiting: Extract<ToSearchWorker, { type: 'search' }> | undefined;
let scheduled = false;
let board: SharedArrayBuffer | undefined;
let nextKeysTimer: ReturnType<typeof setTimeout> | undefined;
/** The query of the last search answered: the one on the page's screen. */
let lastQuery: SearchQuery | undefined;
// Each new engine is warmed up once it has given its first answer (so the warm-up never delays that
// one) and holds every entry's texts (see searchWarmUp.ts).
let warmed: SearchEngine | undefined;
let answeredEngine: SearchEngine | undefined;
let completeEngine: SearchEngine | undefined;

function reply(message: FromSearchWorker, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

scope.onmessage = (event: MessageEvent<ToSearchWorker>) => {
  const message = event.data;
  if (message.type === 'search') {
    waiting = message;
    schedule();
    return;
  }
  if (message.type === 'board') {
    board = message.board;
    return;
  }
  if (message.type === 'forget') {
    waiting = undefined;
    lastQuery = undefined;
    clearTimeout(nextKeysTimer);
    engine?.forget();
    return;
  }
  queue = queue.then(() => {
    if (message.type === 'open') return open(message);
    loaded = undefined;
    startEngine(() => createSearchEngine(message.entries, { today: message.today }), false, 0);
    if (engine) completed(engine);
  });
};

async function open(message: Extract<ToSearchWorker, { type: 'open' }>, skipIndex = false): Promise<void> {
  const started = performance.now();
  const outcome = await loadCatalogueData(message, loaded, undefined, skipIndex);
  if (!outcome.ok) {
    reply({ type: 'open-failed', message: outcome.message });
    return;
  }
  const prebuilt = outcome.loaded.source === 'index';
  if (outcome.loaded === loaded && engine) {
    reply({ type: 'ready', size: engine.size, buildMilliseconds: 0, loadMilliseconds: performance.now() - started, prebuilt });
    return;
  }
  const source = (loaded = outcome.loaded);
  if (source.source === 'index') {
    // The texts' download broke off: this index cannot show every hit, so the catalogue is read instead.
    source.textsArrived.catch((error: unknown) => {
      if (loaded !== source) return;
      console.warn(`search worker: ${describe(error)}; reading the catalogue instead`);
      queue = queue.then(() => open(message, true));
    });
  }
  startEngine(() => (source.source === 'index' ? createSearchEngineFromPack(source.pack) : createSearchEngine(source.entries, { today: message.today, glossary: source.glossary })), prebuilt, performance.now() - started);
  const complete = source.source === 'index' ? source.textsArrived : Promise.resolve();
  void complete.then(() => {
    if (loaded === source && engine) completed(engine);
  }, () => undefined);
}

function startEngine(create: () => SearchEngine, prebuilt: boolean, loadMilliseconds: number): void {
  const started = performance.now();
  try {
    engine = withAnswerCache(create());
    reply({ type: 'ready', size: engine.size, buildMilliseconds: performance.now() - started, loadMilliseconds, prebuilt });
  } catch (error) {
    reply({ type: 'failed', message: describe(error) });
  }
  if (waiting) schedule();
}

function schedule(): void {
  if (scheduled || !engine) return;
  scheduled = true;
  postTask(runWaiting, 'user-blocking');
}

function runWaiting(): void {
  scheduled = false;
  const request = waiting;
  waiting = undefined;
  if (!request || !engine) return;
  const started = performance.now();
  try {
    const result = engine.search(request.query);
    const searchMilliseconds = performance.now() - started;
    if (board && shareAnswer(board, request.requestId, result)) reply({ type: 'results-on-board', requestId: request.requestId, searchMilliseconds });
    else reply({ type: 'results', requestId: request.requestId, result, searchMilliseconds });
  } catch (error) {
    if (error instanceof TextsNotYetReceived && loaded?.source === 'index') {
      // A hit whose title and summary are still downloading: try again when more of them are in.
      waiting ??= request;
      void loaded.moreArrived().then(schedule, () => undefined);
      return;
    }
    reply({ type: 'failed', requestId: request.requestId, message: describe(error) });
  }
  answeredEngine = engine;
  lastQuery = request.query;
  warmUpWhenDue();
  answerNextKeysSoon(engine, request.query);
}

/**
 * The answers to the keys likely pressed next, once the page has had the time to paint this one
 * (they would otherwise take a core from it on a two-core machine).
 */
function answerNextKeysSoon(current: SearchEngine, query: SearchQuery): void {
  clearTimeout(nextKeysTimer);
  // Not while texts are still downloading: most answers would stop at a preview not yet there.
  if (completeEngine !== current) return;
  nextKeysTimer = setTimeout(() => {
    answerNextKeys(current, query, {
      current: () => engine,
      busy: () => waiting !== undefined,
      // Not setTimeout: timers chained one from another are held back to 4 ms steps.
      later: (step) => postTask(step, 'user-visible'),
      answered: (queryKey, result) => {
        // A copy to hand over: the encoded answer stays with the worker's cache for the board.
        const answer = encodeAnswer(result).slice();
        reply({ type: 'foreseen', queryKey, answer }, [answer.buffer]);
      },
    });
  }, NEXT_KEYS_DELAY_MILLISECONDS);
}

function completed(withAllTexts: SearchEngine): void {
  completeEngine = withAllTexts;
  reply({ type: 'complete' });
  warmUpWhenDue();
}

function warmUpWhenDue(): void {
  const current = engine;
  if (!current || warmed === current || answeredEngine !== current || completeEngine !== current) return;
  warmed = current;
  const started = performance.now();
  warmUpEngine(current, {
    current: () => engine,
    busy: () => waiting !== undefined,
    later: (step) => setTimeout(step, 0),
    done: () => {
      reply({ type: 'warm', milliseconds: performance.now() - started });
      // The query on screen was answered before the texts were all in: its next keys are answered now.
      if (lastQuery) answerNextKeysSoon(current, lastQuery);
    },
  });
}

/** False when the answer is not on the board (too big, or writing failed: the worker then stops using it). */
function shareAnswer(shared: SharedArrayBuffer, requestId: number, result: SearchResult): boolean {
  try {
    return writeAnswer(shared, requestId, result);
  } catch (error) {
    console.warn(`search worker: answers are no longer shared in memory (${describe(error)})`);
    board = undefined;
    return false;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
