// The catalogue's closed entries (withdrawn, expired), read once per catalogue version and shared
// by every component that asks (the search page names them, the status bar counts them).
import { useEffect, useState } from 'react';
import type { ClosedEntry } from '../../../shared/catalogue/closedEntries';
import type { Api } from '../../api/api';
import { useApi } from '../../api/ApiContext';
import { useCatalogue } from '../../app/CatalogueContext';
import { todayIso } from '../../app/today';

const read = new WeakMap<Api, { version: string; closed: Promise<ClosedEntry[] | undefined> }>();

function closedOf(api: Api, version: string): Promise<ClosedEntry[] | undefined> {
  const known = read.get(api);
  if (known?.version === version) return known.closed;
  // A host without the channel (or a failure) leaves the list unknown: nothing is named then.
  const closed = api['catalogue:closed'](undefined).then((result) => (result.ok ? result.value : undefined));
  read.set(api, { version, closed });
  return closed;
}

/** Undefined until read (or when the host cannot tell). */
export function useClosedEntries(): ClosedEntry[] | undefined {
  const api = useApi();
  const { catalogue } = useCatalogue();
  // A new day may close more entries: the day is part of the key.
  const version = catalogue.status === 'ready' ? `${catalogue.info.feedId}:${catalogue.info.version}:${todayIso()}` : undefined;
  const [loaded, setLoaded] = useState<{ version: string; closed: ClosedEntry[] | undefined } | undefined>(undefined);
  useEffect(() => {
    if (version === undefined) return;
    let current = true;
    void closedOf(api, version).then((closed) => {
      if (current) setLoaded({ version, closed });
    });
    return () => {
      current = false;
    };
  }, [api, version]);
  return loaded !== undefined && loaded.version === version ? loaded.closed : undefined;
}
