// The closed entries (withdrawn, expired) whose title matches the search text: what the desk's
// results and the kiosk's name instead of silently finding nothing.
import { useDeferredValue, useMemo } from 'react';
import { closedEntriesTitled, type ClosedEntry } from '../../../shared/catalogue/closedEntries';
import { useClosedEntries } from './useClosedEntries';

export function useClosedAskedFor(text: string): ClosedEntry[] {
  const closed = useClosedEntries();
  const deferredText = useDeferredValue(text);
  return useMemo(() => (closed && deferredText.trim() !== '' ? closedEntriesTitled(closed, deferredText) : []), [closed, deferredText]);
}
