// Every view's address, as the part after "#" (hash addresses work alike in Electron's app://
// page and in the browser host, and never reach either as a request): #/search?q=…, #/entry/<id>,
// #/enquiries… A new view adds its path to VIEW_PATHS (the compiler asks for it).
import { searchParamsOf, searchStateOf } from '../features/search/searchAddress';
import type { SearchState } from '../features/search/searchState';
import type { Route } from './navigation';

type PlainView = Exclude<Route, { id: string }>['view'];

/** The path of each view that takes no parameter. */
const VIEW_PATHS: Record<PlainView, string> = {
  search: 'search',
  enquiries: 'enquiries',
  reports: 'reports',
  updates: 'updates',
  whatsNew: 'whats-new',
  privacy: 'privacy',
  terms: 'terms',
};

const ENTRY_ID = /^[a-z0-9-]{3,80}$/;
const ENQUIRY_BRIEF = /^enquiry\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/brief$/i;

/** "#/…" for a route; the search route with the search's words and filters when given. */
export function hashOfRoute(route: Route, search?: SearchState): string {
  if (route.view === 'detail') return `#/entry/${route.id}`;
  if (route.view === 'brief') return `#/enquiry/${route.id}/brief`;
  const path = `#/${VIEW_PATHS[route.view]}`;
  if (route.view !== 'search' || !search) return path;
  const query = searchParamsOf(search);
  return query === '' ? path : `${path}?${query}`;
}

/**
 * The route of an address's hash, and for the search route the search it names. An empty or
 * unknown address is the search page (an old bookmark still opens the app).
 */
export function routeOfHash(hash: string): { route: Route; search: SearchState | undefined } {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  const queryAt = text.indexOf('?');
  const path = (queryAt < 0 ? text : text.slice(0, queryAt)).replace(/^\/+|\/+$/g, '');
  const query = queryAt < 0 ? '' : text.slice(queryAt + 1);
  const entry = /^entry\/(.+)$/.exec(path);
  if (entry) {
    const id = safeDecode(entry[1]!);
    if (id !== undefined && ENTRY_ID.test(id)) return { route: { view: 'detail', id }, search: undefined };
  }
  const brief = ENQUIRY_BRIEF.exec(path);
  if (brief) return { route: { view: 'brief', id: brief[1]!.toLowerCase() }, search: undefined };
  const view = (Object.keys(VIEW_PATHS) as PlainView[]).find((name) => VIEW_PATHS[name] === path);
  if (view && view !== 'search') return { route: { view } as Route, search: undefined };
  return { route: { view: 'search' }, search: searchStateOf(query) };
}

/** Whether two routes show the same thing. */
export function sameRoute(left: Route, right: Route): boolean {
  return hashOfRoute(left) === hashOfRoute(right);
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
