// Owns the search worker: has it open the catalogue (fetched by the worker itself, with its
// prebuilt index), sends every change of the query at once (no debounce: results follow the first
// keystroke), and keeps only the answer to the latest one. Answers the worker worked out ahead for
// the keys likely pressed next (nextKeyAnswers.ts) are kept here and used first; a query answered
// that way still reaches the worker, after its frame, so that it works out the keys after it.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { CatalogueEntry } from '../../../shared/catalogue/entry';
import type { CatalogueInfo } from '../../../shared/ipc/contract';
import { todayIso } from '../../app/today';
import type { SearchQuery, SearchResult } from '../../../shared/search/types';
import type { FromSearchWorker } from './searchWorkerProtocol';
import { takeAnswer } from './answerBoard';
import { ForeseenAnswers } from './foreseenAnswers';
import { afterNextPaint } from '../../app/markAfterPaint';
import { openMessage, parkSearchWorker, post, takeStartedWorker } from './startSearchWorker';

/** How long a keystroke waits for the worker's answer on the shared board before leaving it to the message. */
const BOARD_WAIT_MILLISECONDS = 10;

export type SearchStatus = 'loading' | 'ready' | 'failed';

export interface SearchAnswer {
  status: SearchStatus;
  result: SearchResult | undefined;
  /** True while the latest query's answer has not arrived (the previous one stays on screen). */
  pending: boolean;
  error: string | undefined;
}

/** What the hook needs of the page's catalogue: its version (a new one re-opens) and, as a fallback, its entries. */
export interface PageCatalogue {
  info: CatalogueInfo | undefined;
  entries: CatalogueEntry[] | undefined;
  wantEntries(): void;
}

/**
 * `answer` to the latest query; `send` posts a query at once, before the render that a change of
 * the query causes (see SearchProvider), and takes its answer for that render; `ask` only posts a
 * query about to be sent, so the worker can start on it a little earlier still.
 */
export function useSearchWorker(catalogue: PageCatalogue, query: SearchQuery, options: { keepWorker?: boolean } = {}): { answer: SearchAnswer; send(query: SearchQuery): void; ask(query: SearchQuery): void } {
  const { info, entries } = catalogue;
  const wantEntriesRef = useRef(catalogue.wantEntries);
  useLayoutEffect(() => {
    wantEntriesRef.current = catalogue.wantEntries;
  });
  const workerRef = useRef<Worker | null>(null);
  const keepWorkerRef = useRef(options.keepWorker ?? false);
  const boardRef = useRef<SharedArrayBuffer | undefined>(undefined);
  const ready = useRef(false);
  // The request whose answer was taken from the board or from the answers worked out ahead: its message is not needed.
  const answeredEarly = useRef(0);
  const foreseenAnswers = useRef(new ForeseenAnswers());
  // `foreseen`: posted ahead of the change it answers (see `ask`); its answer waits for that change.
  const latestRequest = useRef({ id: 0, queryKey: '', foreseen: false });
  const [status, setStatus] = useState<SearchStatus>('loading');
  const [answer, setAnswer] = useState<{ queryKey: string; result: SearchResult } | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  // Set when the host serves no data paths: the page then hands the worker its own copy.
  const fallback = useRef<{ active: boolean; entries: CatalogueEntry[] | undefined }>({ active: false, entries: undefined });

  // A layout effect, like the query's below it, so the worker exists when the first query is posted.
  useLayoutEffect(() => {
    const { worker, early, board } = takeStartedWorker();
    workerRef.current = worker;
    boardRef.current = board;
    const receive = (message: FromSearchWorker) => {
      if (message.type === 'foreseen') {
        foreseenAnswers.current.keep(message.queryKey, message.answer);
      } else if (message.type === 'ready') {
        // A catalogue (re)opened: answers worked out ahead on an earlier one may be out of date.
        foreseenAnswers.current.clear();
        performance.mark('dttc:index-ready', { detail: { buildMilliseconds: message.buildMilliseconds, loadMilliseconds: message.loadMilliseconds, prebuilt: message.prebuilt, size: message.size } });
        ready.current = true;
        setStatus('ready');
      } else if (message.type === 'complete') {
        performance.mark('dttc:search-complete');
      } else if (message.type === 'warm') {
        performance.mark('dttc:search-warm', { detail: { milliseconds: message.milliseconds } });
      } else if (message.type === 'open-failed') {
        console.warn(`search worker: ${message.message}; indexing the page's copy of the catalogue instead`);
        fallback.current.active = true;
        wantEntriesRef.current();
        if (fallback.current.entries) post(worker, { type: 'load', entries: fallback.current.entries, today: todayIso() });
      } else if (message.type === 'results-on-board') {
        // Not yet taken by the keystroke (the worker needed longer than it waited): taken now.
        const latest = latestRequest.current;
        const result =
          message.requestId === latest.id && !latest.foreseen && answeredEarly.current !== message.requestId && boardRef.current ? takeAnswer(boardRef.current, message.requestId, 0) : undefined;
        if (result) {
          performance.mark('dttc:search-answered', { detail: { searchMilliseconds: message.searchMilliseconds } });
          answeredEarly.current = message.requestId;
          flushSync(() => setAnswer({ queryKey: latest.queryKey, result }));
        }
      } else if (message.type === 'results') {
        performance.mark('dttc:search-answered', { detail: { searchMilliseconds: message.searchMilliseconds } });
        const latest = latestRequest.current;
        // Rendered and committed in this very task: left to React's scheduler, the commit would come in
        // a later task, and a frame starting in between would paint without the answer.
        if (message.requestId === latest.id && !latest.foreseen && answeredEarly.current !== message.requestId) flushSync(() => setAnswer({ queryKey: latest.queryKey, result: message.result }));
      } else if (message.requestId === undefined || message.requestId === latestRequest.current.id) {
        setStatus((current) => (current === 'loading' ? 'failed' : current));
        setError(message.message);
      }
    };
    worker.onmessage = (event: MessageEvent<FromSearchWorker>) => receive(event.data);
    early.forEach(receive);
    worker.onerror = (event) => {
      setStatus('failed');
      setError(event.message || 'The search worker stopped.');
    };
    const keepWorker = keepWorkerRef.current;
    return () => {
      if (keepWorker) parkSearchWorker({ worker, early: [], board });
      else worker.terminate();
      workerRef.current = null;
    };
  }, []);

  // A new catalogue version on the page (a sync, a reload): the worker checks its own copy (two
  // 304s when it already has that version).
  useEffect(() => {
    const worker = workerRef.current;
    if (info && worker && !fallback.current.active) post(worker, openMessage());
  }, [info]);
  // Only when the host serves no data paths: the page's own entries, copied to the worker.
  useEffect(() => {
    fallback.current.entries = entries;
    const worker = workerRef.current;
    if (entries && worker && fallback.current.active) post(worker, { type: 'load', entries, today: todayIso() });
  }, [entries]);

  /**
   * Posts the query unless it is the one already asked; the worker starts on it at once. A query
   * answered ahead is posted only once the frame showing it is painted: the worker then works out
   * the answers to the keys after it, and leaves the two cores to the page until that frame is done.
   */
  const postKey = useCallback((queryKey: string, foreseen: boolean) => {
    const worker = workerRef.current;
    if (!worker) return;
    const latest = latestRequest.current;
    if (queryKey === latest.queryKey) {
      latest.foreseen &&= foreseen;
      return;
    }
    const id = latest.id + 1;
    latestRequest.current = { id, queryKey, foreseen };
    const request = () => post(worker, { type: 'search', requestId: id, query: JSON.parse(queryKey) as SearchQuery });
    if (!foreseenAnswers.current.has(queryKey)) request();
    else afterNextPaint(() => latestRequest.current.id === id && request());
  }, []);
  const sendKey = useCallback(
    (queryKey: string) => {
      postKey(queryKey, false);
      // Taken from the answers the worker worked out ahead (nextKeyAnswers.ts), with no wait at all,
      // or from the board, the answer renders with the keystroke itself, in the frame after it. The
      // query may have left earlier (see `ask`): its answer is then on the board already, or nearly.
      const { id } = latestRequest.current;
      const board = boardRef.current;
      if (answeredEarly.current === id || !ready.current) return;
      const ahead = foreseenAnswers.current.take(queryKey);
      const result = ahead ?? (board ? takeAnswer(board, id, BOARD_WAIT_MILLISECONDS) : undefined);
      if (result) {
        performance.mark('dttc:search-answered', { detail: { onBoard: !ahead, foreseen: Boolean(ahead) } });
        answeredEarly.current = id;
        setAnswer({ queryKey, result });
      }
    },
    [postKey],
  );
  // Called with the new query as the user changes it: the worker then searches while the page is
  // still rendering the keystroke, instead of after it.
  const send = useCallback((next: SearchQuery) => sendKey(JSON.stringify(next)), [sendKey]);
  const ask = useCallback((next: SearchQuery) => postKey(JSON.stringify(next), true), [postKey]);

  // Whatever changed the query without `send` (the first render, the worker just started): a layout
  // effect, so the query leaves in the same task as the render, not a frame later.
  const queryKey = JSON.stringify(query);
  useLayoutEffect(() => sendKey(queryKey), [queryKey, sendKey]);

  return {
    answer: { status, result: answer?.result, pending: answer?.queryKey !== queryKey, error },
    send,
    ask,
  };
}
