// What the app:// protocol answers for a request URL, decided without Electron (tested in Node):
// only the app's own host, only files inside the built renderer, never a traversal.
import { resolveStaticPath } from '../host/resolveStaticPath';
import { isCatalogueDataPath } from '../catalogueData/answerCatalogueData';
import { APP_HOST, APP_SCHEME } from './appOrigin';

export type AppRequest = { ok: true; path: string } | { ok: false; status: 400 | 404; reason: string };

export function resolveAppRequest(requestUrl: string, rendererFolder: string): AppRequest {
  const path = appPathOf(requestUrl);
  // The raw path, as sent: URL parsing has already folded "/../", the decoded checks catch the rest.
  return path.ok ? resolveStaticPath(rendererFolder, path.path) : path;
}

/** The catalogue data path (shared/ipc/catalogueDataPaths.ts) a request URL names on the app's own host, if any. */
export function catalogueDataPathOf(requestUrl: string): string | undefined {
  const path = appPathOf(requestUrl);
  return path.ok && isCatalogueDataPath(path.path) ? path.path : undefined;
}

/** The path of a URL on the app's own host; anything else is refused. */
function appPathOf(requestUrl: string): AppRequest {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, status: 400, reason: 'not a URL' };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host.toLowerCase() !== APP_HOST) return { ok: false, status: 404, reason: `only ${APP_SCHEME}://${APP_HOST}/ is served` };
  return { ok: true, path: url.pathname };
}
