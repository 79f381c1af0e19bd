// One entry in full, by id, for the detail views. The search worker sends only previews with its
// hits, so an entry is read from the page's catalogue when the page holds it (the kiosk does), and
// otherwise asked for alone (catalogue:entry): never the whole catalogue for one entry.
import { useEffect, useState } from 'react';
import type { CatalogueEntry, EntryId } from '../../../shared/catalogue/entry';
import { useApi } from '../../api/ApiContext';
import { useCatalogue } from '../../app/CatalogueContext';

type Fetched = { key: string; entry: CatalogueEntry | undefined };

export function useEntry(id: string): { entry: CatalogueEntry | undefined; loading: boolean } {
  const api = useApi();
  const { catalogue } = useCatalogue();
  const fromCatalogue = catalogue.status === 'ready' ? catalogue.byId?.get(id) : undefined;
  // The entry is asked for again when the catalogue changes version (an update may have changed it).
  const version = catalogue.status === 'ready' ? `${catalogue.info.feedId}:${catalogue.info.version}` : undefined;
  const key = `${version}\n${id}`;
  const [fetched, setFetched] = useState<Fetched | undefined>(undefined);
  const needed = fromCatalogue === undefined && version !== undefined;

  useEffect(() => {
    if (!needed) return;
    let current = true;
    // The id comes from the page's own route; the handler validates it against the entry id schema.
    void api['catalogue:entry']({ id: id as EntryId }).then((result) => {
      if (current) setFetched({ key, entry: result.ok ? result.value : undefined });
    });
    return () => {
      current = false;
    };
  }, [api, id, key, needed]);

  const entry = fromCatalogue ?? (fetched?.key === key ? fetched.entry : undefined);
  const loading = entry === undefined && (catalogue.status === 'loading' || (needed && fetched?.key !== key));
  return { entry, loading };
}
