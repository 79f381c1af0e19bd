// Owns the search worker: has it open the catalogue (fetched by the worker itself, with its
// prebuilt index), sends every change of the query at once (no debounce: results follow the first
// keystroke), and keeps only the answer to the latest one.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { CATALOGUE_DATA_PATHS } from '../../../shared/ipc/catalogueDataPaths';
import type { CatalogueEntry } from '../../../shared/catalogue/entry';
import { todayIso } from '../../app/today';
import type { SearchQuery, SearchResult } from '../../../shared/search/types';
import type { FromSearchWorker, ToSearchWorker } from './searchWorkerProtocol';

export type SearchStatus = 'loading' | 'ready' | 'failed';

export interface SearchAnswer {
  status: SearchStatus;
  result: SearchResult | undefined;
  /** True while the latest query's answer has not arrived (the previous one stays on screen). */
  pending: boolean;
  error: string | undefined;
}

export function useSearchWorker(entries: CatalogueEntry[] | undefined, query: SearchQuery): SearchAnswer {
  const workerRef = useRef<Worker | null>(null);
  const latestRequest = useRef({ id: 0, queryKey: '' });
  const [status, setStatus] = useState<SearchStatus>('loading');
  const [answer, setAnswer] = useState<{ queryKey: string; result: SearchResult } | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  // Set when the host serves no data paths: the page then hands the worker its own copy.
  const fallback = useRef<{ active: boolean; entries: CatalogueEntry[] | undefined }>({ active: false, entries: undefined });

  // The worker starts at once, so its script loads while the catalogue is still on its way.
  // A layout effect, like the query's below it, so the worker exists when the first query is posted.
  useLayoutEffect(() => {
    const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'search' });
    workerRef.current = worker;
    worker.onmessage = (event: MessageEvent<FromSearchWorker>) => {
      const message = event.data;
      if (message.type === 'ready') {
        performance.mark('dttc:index-ready', { detail: { buildMilliseconds: message.buildMilliseconds, loadMilliseconds: message.loadMilliseconds, prebuilt: message.prebuilt, size: message.size } });
        setStatus('ready');
      } else if (message.type === 'open-failed') {
        console.warn(`search worker: ${message.message}; indexing the page's copy of the catalogue instead`);
        fallback.current.active = true;
        if (fallback.current.entries) post(worker, { type: 'load', entries: fallback.current.entries, today: todayIso() });
      } else if (message.type === 'results') {
        performance.mark('dttc:search-answered', { detail: { searchMilliseconds: message.searchMilliseconds } });
        const latest = latestRequest.current;
        if (message.requestId === latest.id) setAnswer({ queryKey: latest.queryKey, result: message.result });
      } else if (message.requestId === undefined || message.requestId === latestRequest.current.id) {
        setStatus((current) => (current === 'loading' ? 'failed' : current));
        setError(message.message);
      }
    };
    post(worker, openMessage());
    worker.onerror = (event) => {
      setStatus('failed');
      setError(event.message || 'The search worker stopped.');
    };
    return () => {
      worker.terminate();
      workerRef.current = null;
    };
  }, []);

  // A new copy of the catalogue on the page (a sync, a reload): the worker checks its own (a 304
  // when it already has that version).
  useEffect(() => {
    fallback.current.entries = entries;
    const worker = workerRef.current;
    if (!entries || !worker) return;
    post(worker, fallback.current.active ? { type: 'load', entries, today: todayIso() } : openMessage());
  }, [entries]);

  // A layout effect: the query leaves in the same task as the keystroke's render, not a frame later.
  const queryKey = JSON.stringify(query);
  useLayoutEffect(() => {
    const worker = workerRef.current;
    if (!worker) return;
    const id = latestRequest.current.id + 1;
    latestRequest.current = { id, queryKey };
    post(worker, { type: 'search', requestId: id, query: JSON.parse(queryKey) as SearchQuery });
  }, [queryKey]);

  return {
    status,
    result: answer?.result,
    pending: answer?.queryKey !== queryKey,
    error,
  };
}

function openMessage(): ToSearchWorker {
  const url = (path: string) => new URL(path, window.location.href).href;
  return { type: 'open', snapshotUrl: url(CATALOGUE_DATA_PATHS.snapshot), indexUrl: url(CATALOGUE_DATA_PATHS.searchIndex), today: todayIso() };
}

function post(worker: Worker, message: ToSearchWorker): void {
  worker.postMessage(message);
}
