// Tells the desk's search-miss log (searchMiss:record) about a search that found nothing, once it
// is clear the officer meant it: the answer for the whole catalogue (no kind or filter chosen, which
// would only narrow it) came back empty and the words then stayed as they were for MISS_SETTLE_MS,
// or the officer pressed Enter or left the page. Typing "dro", "dron", "drone" records nothing for
// the prefixes, since each is replaced before it settles. The host normalises the text and drops
// what looks like a phone number or e-mail (shared/reports/searchMisses.ts). Only the desk's
// search page uses this hook; the kiosk has its own pages, and its host refuses the channel anyway.
import { useCallback, useEffect, useRef } from 'react';
import { useApi } from '../../api/ApiContext';
import { SEARCH_INPUT_ID } from '../../app/useGlobalShortcuts';

export const MISS_SETTLE_MS = 2_000;

/** The last text recorded, across mounts: coming back to the same empty answer is not a new search. */
let lastRecorded: string | undefined;

/** `missed`: the latest answer is in, for the whole catalogue, and has no result. */
export function useRecordSearchMiss(text: string, missed: boolean): void {
  const api = useApi();
  const candidate = useRef<string | undefined>(undefined);
  const record = useCallback(() => {
    const query = candidate.current?.trim();
    candidate.current = undefined;
    if (query === undefined || query === '' || query === lastRecorded) return;
    lastRecorded = query;
    // A failure (a host without the log) changes nothing on the page: the log is statistics only.
    void api['searchMiss:record']({ query });
  }, [api]);

  useEffect(() => {
    if (!missed || text.trim() === '') {
      candidate.current = undefined;
      return;
    }
    candidate.current = text;
    const timer = setTimeout(record, MISS_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [text, missed, record]);

  // Enter in the search box, or leaving the search page, settles the query at once.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Enter' && (event.target as HTMLElement | null)?.id === SEARCH_INPUT_ID) record();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      record();
    };
  }, [record]);
}
