// One entry by id, for the detail views. An entry opened from the results is already on the page
// (the worker sends whole entries with its hits), so the catalogue's entries are read only for one
// that is not — opened from What's new or the enquiry log.
import { useEffect } from 'react';
import type { CatalogueEntry } from '../../../shared/catalogue/entry';
import { useCatalogue } from '../../app/CatalogueContext';
import { useSearch } from '../search/SearchContext';

export function useEntry(id: string): { entry: CatalogueEntry | undefined; loading: boolean } {
  const { catalogue, wantEntries } = useCatalogue();
  const { answer } = useSearch();
  const fromCatalogue = catalogue.status === 'ready' ? catalogue.byId?.get(id) : undefined;
  const entry = fromCatalogue ?? answer.result?.hits.find((hit) => hit.id === id)?.entry;
  useEffect(() => {
    if (!entry) wantEntries();
  }, [entry, wantEntries]);
  const loading = entry === undefined && (catalogue.status === 'loading' || (catalogue.status === 'ready' && catalogue.entries === undefined));
  return { entry, loading };
}
