// The catalogue snapshot, read once from the host; the search worker and the detail view share it.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { CatalogueEntry } from '../../shared/catalogue/entry';
import type { CatalogueInfo } from '../../shared/ipc/contract';
import { useApi } from '../api/ApiContext';

export type CatalogueState =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; info: CatalogueInfo; entries: CatalogueEntry[]; byId: ReadonlyMap<string, CatalogueEntry> };

const CatalogueContext = createContext<{ catalogue: CatalogueState; reload(): void } | null>(null);

export function CatalogueProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const [catalogue, setCatalogue] = useState<CatalogueState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    void api['catalogue:snapshot'](undefined).then((result) => {
      if (!current) return;
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
