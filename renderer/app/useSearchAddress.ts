// Keeps the search page's address and the search in step: an address (at start, after Back or
// Forward, from a link) sets the search it names; the search, as it changes, rewrites its own
// history entry's address a moment after typing stops (no new entry per keystroke, and no
// history call on the keystroke's path; Chromium also refuses more than a few hundred a minute).
import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { useSearch } from '../features/search/SearchContext';
import { sameSearch } from '../features/search/searchAddress';
import { useBeforeLeaving, useNavigation } from './navigation';
import { hashOfRoute, routeOfHash } from './routeHash';

const ADDRESS_DELAY_MILLISECONDS = 400;

export function useSearchAddress(): void {
  const { route } = useNavigation();
  const { state, setState } = useSearch();
  const latest = useRef({ state, onSearch: route.view === 'search' });
  useLayoutEffect(() => {
    latest.current = { state, onSearch: route.view === 'search' };
  });

  useEffect(() => {
    const follow = () => {
      const { route: addressed, search } = routeOfHash(window.location.hash);
      if (addressed.view === 'search' && search && !sameSearch(search, latest.current.state)) setState(search);
    };
    follow();
    window.addEventListener('popstate', follow);
    window.addEventListener('hashchange', follow);
    return () => {
      window.removeEventListener('popstate', follow);
      window.removeEventListener('hashchange', follow);
    };
  }, [setState]);

  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const write = useCallback(() => {
    clearTimeout(pending.current);
    pending.current = undefined;
    if (!latest.current.onSearch) return;
    const hash = hashOfRoute({ view: 'search' }, latest.current.state);
    if (hash !== window.location.hash) window.history.replaceState(window.history.state, '', hash);
  }, []);
  const flush = useCallback(() => {
    if (pending.current !== undefined) write();
  }, [write]);
  useBeforeLeaving(flush);
  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, [flush]);

  useEffect(() => {
    if (route.view !== 'search') return;
    clearTimeout(pending.current);
    pending.current = setTimeout(write, ADDRESS_DELAY_MILLISECONDS);
  }, [route, state, write]);
}
