// A small view router: a stack of routes, open() pushes, back() pops. Later views (what's new,
// enquiry log, sync status, kiosk) add a member to Route and a line to ./views.tsx.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export type Route = { view: 'search' } | { view: 'detail'; id: string } | { view: 'enquiries' } | { view: 'updates' } | { view: 'whatsNew' };

interface Navigation {
  route: Route;
  /** The route we came back from, so the page can put focus back where the user left it. */
  previous: Route | undefined;
  open(route: Route): void;
  back(): void;
  /** Straight back to the search page, forgetting the way there. */
  home(): void;
  canGoBack: boolean;
}

const NavigationContext = createContext<Navigation | null>(null);

export function NavigationProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<{ stack: Route[]; previous: Route | undefined }>({ stack: [{ view: 'search' }], previous: undefined });
  const open = useCallback((route: Route) => setState(({ stack }) => ({ stack: [...stack, route], previous: undefined })), []);
  const back = useCallback(
    () => setState(({ stack, previous }) => (stack.length > 1 ? { stack: stack.slice(0, -1), previous: stack.at(-1) } : { stack, previous })),
    [],
  );
  const home = useCallback(() => setState(({ stack }) => ({ stack: stack.slice(0, 1), previous: stack.at(-1) })), []);
  const value = useMemo<Navigation>(
    () => ({ route: state.stack.at(-1) ?? { view: 'search' }, previous: state.previous, open, back, home, canGoBack: state.stack.length > 1 }),
    [state, open, back, home],
  );
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}

export function useNavigation(): Navigation {
  const value = useContext(NavigationContext);
  if (!value) throw new Error('useNavigation() outside <NavigationProvider>');
  return value;
}
