// The search outlives the search page: the worker keeps its index and the query stays as typed
// while the user reads an entry, so Esc comes back to the same results at once.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useCatalogue } from '../../app/CatalogueContext';
import { EMPTY_SEARCH, toSearchQuery, type SearchState } from './searchState';
import { useSearchWorker, type SearchAnswer } from './useSearchWorker';

interface SearchValue {
  state: SearchState;
  setState(state: SearchState): void;
  /** The state the user is about to set (a typed character not yet in the box): its search starts now. */
  foresee(state: SearchState): void;
  answer: SearchAnswer;
}

const SearchContext = createContext<SearchValue | null>(null);

/** `keepWorker`: a remount takes over the same worker, already holding the index (the kiosk's idle reset). */
export function SearchProvider({ children, keepWorker = false }: { children: ReactNode; keepWorker?: boolean }) {
  const { catalogue, wantEntries } = useCatalogue();
  const [state, setSearchState] = useState<SearchState>(EMPTY_SEARCH);
  const query = useMemo(() => toSearchQuery(state), [state]);
  const { answer, send, ask } = useSearchWorker(
    { info: catalogue.status === 'ready' ? catalogue.info : undefined, entries: catalogue.status === 'ready' ? catalogue.entries : undefined, wantEntries },
    query,
    { keepWorker },
  );
  // The new query goes to the worker before React renders the change (a keystroke's render takes
  // a millisecond or two that the search can use).
  const setState = useCallback(
    (next: SearchState) => {
      send(toSearchQuery(next));
      setSearchState(next);
    },
    [send],
  );
  const foresee = useCallback((next: SearchState) => ask(toSearchQuery(next)), [ask]);
  const value = useMemo(() => ({ state, setState, foresee, answer }), [state, setState, foresee, answer]);
  return <SearchContext.Provider value={value}>{children}</SearchContext.Provider>;
}

export function useSearch(): SearchValue {
  const value = useContext(SearchContext);
  if (!value) throw new Error('useSearch() outside <SearchProvider>');
  return value;
}
