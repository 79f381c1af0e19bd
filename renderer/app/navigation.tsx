// The view router, kept in the window's history: every route has an address (./routeHash.ts), so
// a reload shows the same view and the browser's (or the mouse's) Back and Forward move between
// views inside the app. open() pushes an address, back() goes back one. Later views (reports,
// privacy tools…) add a member to Route, a path in ./routeHash.ts and a case in ./views.tsx.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { hashOfRoute, routeOfHash, sameRoute } from './routeHash';

export type Route =
  | { view: 'search' }
  | { view: 'detail'; id: string }
  | { view: 'enquiries' }
  /** The visitor's brief and reply text for one enquiry (its id). */
  | { view: 'brief'; id: string }
  | { view: 'reports' }
  | { view: 'updates' }
  | { view: 'whatsNew' }
  | { view: 'privacy' }
  | { view: 'terms' };

interface Navigation {
  route: Route;
  /** The route we came back from, so the page can put focus back where the user left it. */
  previous: Route | undefined;
  open(route: Route): void;
  back(): void;
  /** Straight to the search page. */
  home(): void;
  canGoBack: boolean;
}

/** What the app keeps in each of its history entries: how many app entries lie before it. */
interface EntryState {
  dttcDepth: number;
}

interface State {
  route: Route;
  previous: Route | undefined;
  depth: number;
}

const NavigationContext = createContext<Navigation | null>(null);

/** Called just before the app leaves the current history entry, so a view can bring its address up to date first. */
const beforeLeaving = new Set<() => void>();

/** Registers `callback` (see beforeLeaving) while the calling component is mounted. */
export function useBeforeLeaving(callback: () => void): void {
  useEffect(() => {
    beforeLeaving.add(callback);
    return () => {
      beforeLeaving.delete(callback);
    };
  }, [callback]);
}

function leaving(): void {
  for (const callback of beforeLeaving) callback();
}

function depthOf(state: unknown): number | undefined {
  const depth = (state as Partial<EntryState> | null)?.dttcDepth;
  return typeof depth === 'number' && Number.isInteger(depth) && depth >= 0 ? depth : undefined;
}

function firstState(): State {
  const depth = depthOf(window.history.state) ?? 0;
  window.history.replaceState({ ...(window.history.state as object | null), dttcDepth: depth } satisfies EntryState, '');
  return { route: routeOfHash(window.location.hash).route, previous: undefined, depth };
}

export function NavigationProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<State>(firstState);
  const latest = useRef(state);
  useEffect(() => {
    latest.current = state;
  }, [state]);

  // Back, Forward, a link to "#/…" or an address typed: the route follows the address. An entry
  // without the app's depth is new (a link or a typed address), one step after the entry before it.
  useEffect(() => {
    const follow = () => {
      const route = routeOfHash(window.location.hash).route;
      let depth = depthOf(window.history.state);
      if (depth === undefined) {
        depth = latest.current.depth + 1;
        window.history.replaceState({ dttcDepth: depth } satisfies EntryState, '');
      }
      const current = latest.current;
      if (sameRoute(route, current.route) && depth === current.depth) return;
      const next = { route, previous: current.route, depth };
      latest.current = next;
      setState(next);
    };
    window.addEventListener('popstate', follow);
    window.addEventListener('hashchange', follow);
    return () => {
      window.removeEventListener('popstate', follow);
      window.removeEventListener('hashchange', follow);
    };
  }, []);

  const open = useCallback((route: Route) => {
    const current = latest.current;
    if (sameRoute(route, current.route)) return;
    const depth = current.depth + 1;
    leaving();
    window.history.pushState({ dttcDepth: depth } satisfies EntryState, '', hashOfRoute(route));
    const next = { route, previous: undefined, depth };
    latest.current = next;
    setState(next);
  }, []);
  const back = useCallback(() => {
    const current = latest.current;
    if (current.depth > 0) {
      leaving();
      window.history.back();
      return;
    }
    // Opened straight at this view (a reload, a bookmark): "back" is the search page, in its place.
    if (current.route.view === 'search') return;
    window.history.replaceState({ dttcDepth: 0 } satisfies EntryState, '', hashOfRoute({ view: 'search' }));
    const next = { route: { view: 'search' } as Route, previous: current.route, depth: 0 };
    latest.current = next;
    setState(next);
  }, []);
  const home = useCallback(() => open({ view: 'search' }), [open]);
  const value = useMemo<Navigation>(
    () => ({ route: state.route, previous: state.previous, open, back, home, canGoBack: state.depth > 0 || state.route.view !== 'search' }),
    [state, open, back, home],
  );
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}

export function useNavigation(): Navigation {
  const value = useContext(NavigationContext);
  if (!value) throw new Error('useNavigation() outside <NavigationProvider>');
  return value;
}
