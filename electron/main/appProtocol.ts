// Serves the built renderer from app://desk/ (protocol.handle), with the strict CSP on every answer.
// The scheme is registered as standard and secure before the app is ready, so the page has a real
// origin, relative URLs, module scripts and workers, and no access to file://.
import { protocol, type Session } from 'electron';
import { readFile } from 'node:fs/promises';
import { SECURITY_HEADERS } from './contentSecurityPolicy';
import { APP_SCHEME } from './appOrigin';
import { resolveAppRequest } from './appRequest';
import { mimeTypeOf } from '../host/mimeTypes';
import { answerCatalogueData, type CatalogueDataSources } from '../catalogueData/answerCatalogueData';
import { catalogueDataPathOf } from './appRequest';

/** Must run before app 'ready'. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true } }]);
}

/** `catalogueData` is read per request: the services that provide it start after the protocol. */
export function serveRendererOverAppProtocol(session: Session, rendererFolder: string, catalogueData: () => CatalogueDataSources | undefined): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Only GET is answered here.');
    const dataPath = catalogueDataPathOf(request.url);
    const sources = catalogueData();
    if (dataPath !== undefined && sources) {
      const answer = await answerCatalogueData(dataPath, { ifNoneMatch: request.headers.get('if-none-match') ?? undefined, gzipWanted: false }, sources);
      // The length lets the worker stream the search index into one buffer (loadCatalogueData.ts).
      const length: Record<string, string> = answer.body ? { 'Content-Length': String(answer.body.length) } : {};
      return new Response(answer.body ? new Uint8Array(answer.body) : null, { status: answer.status, headers: { ...SECURITY_HEADERS, ...answer.headers, ...length } });
    }
    const resolved = resolveAppRequest(request.url, rendererFolder);
    if (!resolved.ok) return plain(resolved.status, `Refused: ${resolved.reason}.`);
    try {
      const body = await readFile(resolved.path);
      return new Response(new Uint8Array(body), { status: 200, headers: { ...SECURITY_HEADERS, 'Content-Type': mimeTypeOf(resolved.path) } });
    } catch {
      return plain(404, 'Not found.');
    }
  });
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}
