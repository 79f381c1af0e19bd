// The catalogue snapshot, read once from the host; the search worker and the detail view share it.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { CatalogueEntry } from '../../shared/catalogue/entry';
import type { CatalogueInfo } from '../../shared/ipc/contract';
import type { Api } from '../api/api';
import { useApi } from '../api/ApiContext';

export type CatalogueState =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; info: CatalogueInfo; entries: CatalogueEntry[]; byId: ReadonlyMap<string, CatalogueEntry> };

const prefetched = new WeakMap<Api, ReturnType<Api['catalogue:snapshot']>>();

/** Starts reading the catalogue before React renders (main.tsx), so the request overlaps start-up work. */
export function prefetchCatalogue(api: Api): void {
  if (!prefetched.has(api)) prefetched.set(api, api['catalogue:snapshot'](undefined));
}

const CatalogueContext = createContext<{ catalogue: CatalogueState; reload(): void } | null>(null);

export function CatalogueProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const [catalogue, setCatalogue] = useState<CatalogueState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    const early = attempt === 0 ? prefetched.get(api) : undefined;
    prefetched.delete(api);
    void (early ?? api['catalogue:snapshot'](undefined)).then((result) => {
      if (!current) return;
      performance.mark('dttc:catalogue-received');
      if (!result.ok) setCatalogue({ status: 'failed', message: result.error.message });
      else {
        const { info, entries } = result.value;
        setCatalogue({ status: 'ready', info, entries, byId: new Map(entries.map((entry) => [entry.id, entry])) });
      }
    });
    return () => {
      current = false;
    };
  }, [api, attempt]);

  const reload = useCallback(() => {
    setCatalogue({ status: 'loading' });
    setAttempt((count) => count + 1);
  }, []);
  const value = useMemo(() => ({ catalogue, reload }), [catalogue, reload]);
  return <CatalogueContext.Provider value={value}>{children}</CatalogueContext.Provider>;
}

export function useCatalogue() {
  const value = useContext(CatalogueContext);
  if (!value) throw new Error('useCatalogue() outside <CatalogueProvider>');
  return value;
}
