// The catalogue as the page knows it. Its version and size come first and cheaply (catalogue:info);
// the entries themselves (45 MB of JSON at 50,000 entries, a second of the page's thread to parse)
// only when a view needs them: search runs in the worker, which reads the catalogue on its own.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { CatalogueEntry } from '../../shared/catalogue/entry';
import type { CatalogueInfo } from '../../shared/ipc/contract';
import type { Api } from '../api/api';
import { useApi } from '../api/ApiContext';

export type CatalogueState =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  /** `entries` and `byId` stay undefined until a view asks for them (useCatalogueEntries). */
  | { status: 'ready'; info: CatalogueInfo; entries: CatalogueEntry[] | undefined; byId: ReadonlyMap<string, CatalogueEntry> | undefined };

interface CatalogueValue {
  catalogue: CatalogueState;
  reload(): void;
  /** Asks for the entries on the page; they arrive in `catalogue.entries`. */
  wantEntries(): void;
}

const prefetched = new WeakMap<Api, ReturnType<Api['catalogue:info']>>();

/** Starts reading the catalogue's info before React renders (main.tsx), so the request overlaps start-up work. */
export function prefetchCatalogue(api: Api): void {
  if (!prefetched.has(api)) prefetched.set(api, api['catalogue:info'](undefined));
}

const CatalogueContext = createContext<CatalogueValue | null>(null);

type Loaded = { entries: CatalogueEntry[]; byId: ReadonlyMap<string, CatalogueEntry>; info: CatalogueInfo };

/** `entriesAtStart`: read the entries at once (the kiosk, whose home screen counts them). */
export function CatalogueProvider({ children, entriesAtStart = false }: { children: ReactNode; entriesAtStart?: boolean }) {
  const api = useApi();
  const [info, setInfo] = useState<{ status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; info: CatalogueInfo }>({ status: 'loading' });
  const [loaded, setLoaded] = useState<Loaded | { failed: string } | undefined>(undefined);
  const [wanted, setWanted] = useState(entriesAtStart);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    const early = attempt === 0 ? prefetched.get(api) : undefined;
    prefetched.delete(api);
    void (early ?? api['catalogue:info'](undefined)).then((result) => {
      if (!current) return;
      setInfo(result.ok ? { status: 'ready', info: result.value } : { status: 'failed', message: result.error.message });
    });
    return () => {
      current = false;
    };
  }, [api, attempt]);

  useEffect(() => {
    if (!wanted) return;
    let current = true;
    void api['catalogue:snapshot'](undefined).then((result) => {
      if (!current) return;
      performance.mark('dttc:catalogue-received');
      if (!result.ok) setLoaded({ failed: result.error.message });
      else {
        const { info: snapshotInfo, entries } = result.value;
        setLoaded({ entries, byId: new Map(entries.map((entry) => [entry.id, entry])), info: snapshotInfo });
      }
    });
    return () => {
      current = false;
    };
  }, [api, attempt, wanted]);

  const reload = useCallback(() => {
    setInfo({ status: 'loading' });
    setLoaded(undefined);
    setAttempt((count) => count + 1);
  }, []);
  const wantEntries = useCallback(() => setWanted(true), []);

  const catalogue = useMemo((): CatalogueState => {
    if (loaded && 'failed' in loaded) return { status: 'failed', message: loaded.failed };
    // The entries' own info wins: it is the version they belong to.
    if (loaded) return { status: 'ready', info: loaded.info, entries: loaded.entries, byId: loaded.byId };
    if (info.status !== 'ready') return info;
    return { status: 'ready', info: info.info, entries: undefined, byId: undefined };
  }, [info, loaded]);
  const value = useMemo(() => ({ catalogue, reload, wantEntries }), [catalogue, reload, wantEntries]);
  return <CatalogueContext.Provider value={value}>{children}</CatalogueContext.Provider>;
}

export function useCatalogue(): CatalogueValue {
  const value = useContext(CatalogueContext);
  if (!value) throw new Error('useCatalogue() outside <CatalogueProvider>');
  return value;
}

/** The catalogue's entries on the page, read once `needed`; undefined until they arrive. */
export function useCatalogueEntries(needed = true): { entries: CatalogueEntry[]; byId: ReadonlyMap<string, CatalogueEntry> } | undefined {
  const { catalogue, wantEntries } = useCatalogue();
  useEffect(() => {
    if (needed) wantEntries();
  }, [needed, wantEntries]);
  return catalogue.status === 'ready' && catalogue.entries && catalogue.byId ? { entries: catalogue.entries, byId: catalogue.byId } : undefined;
}
