// Owns the search worker: loads the catalogue into it, sends every change of the query at once
// (no debounce: results follow the first keystroke), and keeps only the answer to the latest one.
import { useEffect, useRef, useState } from 'react';
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

  // The worker starts at once, so its script loads while the catalogue is still on its way.
  useEffect(() => {
    const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'search' });
    workerRef.current = worker;
    worker.onmessage = (event: MessageEvent<FromSearchWorker>) => {
      const message = event.data;
      if (message.type === 'ready') {
        performance.mark('dttc:index-ready', { detail: { buildMilliseconds: message.buildMilliseconds, size: message.size } });
        setStatus('ready');
      } else if (message.type === 'results') {
        performance.mark('dttc:search-answered', { detail: { searchMilliseconds: message.searchMilliseconds } });
        const latest = latestRequest.current;
        if (message.requestId === latest.id) setAnswer({ queryKey: latest.queryKey, result: message.result });
      } else if (message.requestId === undefined || message.requestId === latestRequest.current.id) {
        setStatus((current) => (current === 'loading' ? 'failed' : current));
        setError(message.message);
      }
    };
    worker.onerror = (event) => {
      setStatus('failed');
      setError(event.message || 'The search worker stopped.');
    };
    return () => {
      worker.terminate();
      workerRef.current = null;
    };
  }, []);

  useEffect(() => {
    if (entries && workerRef.current) post(workerRef.current, { type: 'load', entries, today: todayIso() });
  }, [entries]);

  const queryKey = JSON.stringify(query);
  useEffect(() => {
    const worker = workerRef.current;
    if (!worker || !entries) return;
    const id = latestRequest.current.id + 1;
    latestRequest.current = { id, queryKey };
    post(worker, { type: 'search', requestId: id, query: JSON.parse(queryKey) as SearchQuery });
  }, [queryKey, entries]);

  return {
    status,
    result: answer?.result,
    pending: answer?.queryKey !== queryKey,
    error,
  };
}

function post(worker: Worker, message: ToSearchWorker): void {
  worker.postMessage(message);
}
