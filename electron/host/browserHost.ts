// The browser host: a small Node HTTP server (no Electron) that serves the built renderer and
// answers the IPC contract over HTTP — POST /api/<channel> {"argument": …} → a JSON Result — through
// the same wrapper and handlers as the Electron shell.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { createReadStream } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join, resolve, sep } from 'node:path';
import type { Channel } from '../../shared/ipc/contract';
import { failure, type Result } from '../../shared/ipc/result';
import { isChannel } from '../../shared/ipc/schemas';
import { SECURITY_HEADERS } from '../main/contentSecurityPolicy';
import type { ApiHandlers } from '../ipc/apiHandlers';
import { createChannelInvoker } from '../ipc/invokeChannel';
import { answerCatalogueData, gzippedOrStart, isCatalogueDataPath, type CatalogueDataSources } from '../catalogueData/answerCatalogueData';
import { serialisedSnapshot } from '../catalogueData/serialisedSnapshot';
import type { CatalogueSnapshot } from '../../shared/ipc/contract';
import { carriesHostKey } from './hostAccessKey';
import { isPageNavigation, KEY_REQUIRED_PAGE } from './keyRequiredPage';
import { isLoopback } from './loopback';
import { mimeTypeOf } from './mimeTypes';
import { resolveStaticPath } from './resolveStaticPath';

export const MAX_REQUEST_BYTES = 1024 * 1024;
const MAX_CACHED_FILE_BYTES = 8 * 1024 * 1024;
const COMPRESSIBLE_TYPE = /^(text\/|application\/(javascript|json|xml)|image\/svg)/;

export interface BrowserHostOptions {
  handlers: ApiHandlers;
  /** The built renderer (dist/renderer). */
  rendererFolder: string;
  /** Interface to listen on; 127.0.0.1 unless told otherwise. */
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /**
   * Required, as "Authorization: Bearer <key>", on every /api/ request (./hostAccessKey.ts). Only a
   * host that narrows its channels to the kiosk's read-only ones may go without.
   */
  apiKey?: string;
  /** Narrows the channels served (kiosk mode: shared/kiosk/kioskChannels.ts); all when absent. */
  isChannelAllowed?: (channel: Channel) => boolean;
  /** A larger body cap for a channel (the update bundle upload); MAX_REQUEST_BYTES when undefined. */
  maxRequestBytes?: (channel: Channel) => number | undefined;
  /**
   * Gzip for clients that accept it: true for a host other machines reach (the LAN kiosk host, the
   * default when `host` is not loopback); a page on this machine gains nothing from it.
   */
  compress?: boolean;
  /** Before listening: read every file of the renderer and gzip it (a LAN kiosk host, whose kiosks all load at once). */
  prepareStaticFiles?: boolean;
  /** Serves the catalogue and its search index to the page's worker (shared/ipc/catalogueDataPaths.ts). */
  catalogueData?: CatalogueDataSources;
  log?: (message: string) => void;
}

export interface BrowserHost {
  url: string;
  close(): Promise<void>;
}

export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const host = options.host ?? '127.0.0.1';
  const log = options.log ?? console.error;
  const rendererRoot = resolve(options.rendererFolder);
  const loopbackOnly = isLoopback(host);
  const compress = options.compress ?? !loopbackOnly;
  if (options.apiKey === undefined && options.isChannelAllowed === undefined) {
    throw new Error('startBrowserHost: a host serving every channel (the desk) needs an apiKey');
  }

  const server = createServer((request, response) => {
    handleRequest(request, response).catch((error: unknown) => {
      log(`host: ${request.method} ${request.url} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      if (!response.headersSent) sendJson(response, 500, failure('internal-error', 'The host failed to answer this request.'));
      else response.destroy();
    });
  });

  // Many kiosk browsers on a LAN at once: a slow or stalled client holds a socket only so long.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  server.keepAliveTimeout = 5_000;
  server.maxHeadersCount = 100;

  async function handleRequest(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const requestHost = request.headers.host ?? '';
    // Bound to loopback, answer only to loopback names: a page on another site that rebinds its DNS
    // name to 127.0.0.1 sends its own name here and is refused.
    if (loopbackOnly && !isLoopback(hostnameOf(requestHost))) {
      sendText(response, 421, `This host answers only to 127.0.0.1 or localhost, not "${requestHost.slice(0, 100)}".`);
      return;
    }
    const path = (request.url ?? '/').split('?', 1)[0] ?? '/';
    if (path === '/api' || path.startsWith('/api/')) {
      await handleApi(request, response, decodeChannel(path.slice('/api/'.length)), `http://${requestHost}`);
      return;
    }
    if (options.catalogueData && isCatalogueDataPath(path)) {
      await handleData(request, response, path, options.catalogueData);
      return;
    }
    await handleStatic(request, response);
  }

  async function handleData(request: IncomingMessage, response: ServerResponse, path: string, sources: CatalogueDataSources): Promise<void> {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('Allow', 'GET, HEAD');
      sendText(response, 405, 'Only GET and HEAD are answered here.');
      return;
    }
    const answer = await answerCatalogueData(path, { ifNoneMatch: request.headers['if-none-match'], gzipWanted: wantsGzip(request, compress) }, sources);
    response.writeHead(answer.status, { ...SECURITY_HEADERS, ...answer.headers, ...(answer.body ? { 'Content-Length': answer.body.length } : {}) });
    response.end(request.method === 'HEAD' ? undefined : answer.body);
  }

  async function handleApi(request: IncomingMessage, response: ServerResponse, channel: string, ownOrigin: string): Promise<void> {
    // First, before the channel is even looked up: no answer without the key, whatever the channel.
    if (options.apiKey !== undefined && !carriesHostKey(request.headers.authorization, options.apiKey)) {
      // A person, not a program: a tab opened at an API address (the page sends one there when the
      // host refuses it, renderer/api/httpApi.ts) is told, in English and Hindi, how to open the desk.
      if (isPageNavigation(request.headers)) {
        sendKeyRequiredPage(request, response);
        return;
      }
      sendJson(response, 403, failure('forbidden-sender', 'This request does not carry the key of this run of the app (Authorization: Bearer <key>): only the page the app opened, or `kb api`, may call it.'));
      return;
    }
    if (request.method !== 'POST') {
      response.setHeader('Allow', 'POST');
      sendJson(response, 405, failure('method-not-allowed', 'The API answers POST requests only.'));
      return;
    }
    if (!isChannel(channel)) {
      sendJson(response, 404, failure('unknown-channel', `There is no channel named "${channel.slice(0, 100)}".`));
      return;
    }
    const contentType = (request.headers['content-type'] ?? '').split(';', 1)[0]?.trim().toLowerCase();
    if (contentType !== 'application/json') {
      sendJson(response, 415, failure('bad-request', 'Send the request body as JSON with "Content-Type: application/json".'));
      return;
    }
    const maxBytes = options.maxRequestBytes?.(channel) ?? MAX_REQUEST_BYTES;
    const body = await readBody(request, maxBytes);
    if (body === undefined) {
      sendJson(response, 413, failure('bad-request', `The request body is larger than ${maxBytes} bytes.`));
      return;
    }
    const parsed = parseEnvelope(body);
    if (!parsed.ok) {
      sendJson(response, 400, failure('bad-request', parsed.message));
      return;
    }
    // A browser always sends Origin with a POST; a script (curl, a test) sends none and is not a
    // cross-site threat. Sec-Fetch-Site catches a browser that omits Origin.
    const origin = request.headers.origin;
    const fetchSite = request.headers['sec-fetch-site'];
    const senderUrl = origin ?? (fetchSite === undefined || fetchSite === 'same-origin' ? ownOrigin : undefined);
    const invoke = createChannelInvoker({ handlers: options.handlers, isTrustedSender: (url) => url === ownOrigin, isChannelAllowed: options.isChannelAllowed, log });
    const result = await invoke(channel, parsed.argument, { senderUrl });
    if (channel === 'catalogue:snapshot' && result.ok && typeof result.value === 'object' && result.value !== null) {
      sendSerialisedOnce(request, response, result as { ok: true; value: object }, compress);
      return;
    }
    sendJson(response, !result.ok && (result.error.code === 'forbidden-sender' || result.error.code === 'channel-not-allowed') ? 403 : 200, result);
  }

  async function handleStatic(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('Allow', 'GET, HEAD');
      sendText(response, 405, 'Only GET and HEAD are answered here.');
      return;
    }
    const resolved = resolveStaticPath(rendererRoot, request.url ?? '/');
    if (!resolved.ok) {
      sendText(response, resolved.status, `Refused: ${resolved.reason}.`);
      return;
    }
    const file = await findFile(resolved.path);
    if (!file) {
      const missingBuild = (await findFile(resolve(rendererRoot, 'index.html'))) === undefined;
      sendText(response, 404, missingBuild ? `The renderer is not built (no ${rendererRoot}${sep}index.html): run "npm run build".` : 'Not found.');
      return;
    }
    const cacheControl = file.path.endsWith('.html') ? 'no-cache' : 'public, max-age=3600';
    if (file.size <= MAX_CACHED_FILE_BYTES) {
      await sendCachedFile(request, response, file, cacheControl);
      return;
    }
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': mimeTypeOf(file.path),
      'Content-Length': file.size,
      'Cache-Control': cacheControl,
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(file.path).pipe(response);
  }

  // Many kiosks loading the page at once (after a power cut, say) would each read and send the same
  // few files: keep them in memory, gzipped once, with an ETag, refreshed when a file changes.
  const staticCache = new Map<string, { stamp: string; body: Buffer; etag: string; gzipped?: Buffer }>();

  async function cachedFile(file: { path: string; size: number; modified: number }): Promise<{ stamp: string; body: Buffer; etag: string; gzipped?: Buffer }> {
    const stamp = `${file.size}:${file.modified}`;
    let cached = staticCache.get(file.path);
    if (!cached || cached.stamp !== stamp) {
      const body = await readFile(file.path);
      cached = { stamp, body, etag: `"${createHash('sha256').update(body).digest('base64url')}"` };
      staticCache.set(file.path, cached);
    }
    return cached;
  }

  async function prepareStaticFiles(folder: string): Promise<void> {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await prepareStaticFiles(path);
      const file = entry.isFile() ? await findFile(path) : undefined;
      if (!file || file.size > MAX_CACHED_FILE_BYTES) continue;
      const cached = await cachedFile(file);
      if (COMPRESSIBLE_TYPE.test(mimeTypeOf(file.path))) cached.gzipped ??= gzipSync(cached.body);
    }
  }

  async function sendCachedFile(request: IncomingMessage, response: ServerResponse, file: { path: string; size: number; modified: number }, cacheControl: string): Promise<void> {
    const cached = await cachedFile(file);
    const type = mimeTypeOf(file.path);
    const common = { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': cacheControl, ETag: cached.etag, Vary: 'Accept-Encoding' };
    if (request.headers['if-none-match'] === cached.etag) {
      response.writeHead(304, common);
      response.end();
      return;
    }
    const gzip = COMPRESSIBLE_TYPE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    if (gzip) cached.gzipped ??= gzipSync(cached.body);
    const payload = gzip && cached.gzipped ? cached.gzipped : cached.body;
    response.writeHead(200, { ...common, 'Content-Length': payload.length, ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) });
    response.end(request.method === 'HEAD' ? undefined : payload);
  }

  /** The file itself, if it is a regular file whose real path is inside the renderer folder. */
  async function findFile(path: string): Promise<{ path: string; size: number; modified: number } | undefined> {
    try {
      const [real, realRoot] = await Promise.all([realpath(path), realpath(rendererRoot)]);
      if (!real.startsWith(realRoot + sep)) return undefined;
      const info = await stat(real);
      return info.isFile() ? { path: real, size: info.size, modified: info.mtimeMs } : undefined;
    } catch {
      return undefined;
    }
  }

  if (options.prepareStaticFiles) await prepareStaticFiles(rendererRoot).catch((error: unknown) => log(`host: the renderer's files could not be prepared: ${error instanceof Error ? error.message : String(error)}`));
  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', rejectListen);
      resolveListen();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}/`,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.close(() => resolveClose());
        server.closeAllConnections();
      }),
  };
}

function decodeChannel(encoded: string): string {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return encoded;
  }
}

function hostnameOf(hostHeader: string): string {
  const bracketed = /^(\[[^\]]*\])(?::\d+)?$/.exec(hostHeader);
  if (bracketed) return bracketed[1] ?? '';
  return hostHeader.replace(/:\d+$/, '').toLowerCase();
}

async function readBody(request: IncomingMessage, maxBytes: number): Promise<string | undefined> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Uint8Array>) {
    size += chunk.length;
    if (size > maxBytes) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

type Envelope = { ok: true; argument: unknown } | { ok: false; message: string };

function parseEnvelope(body: string): Envelope {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    return { ok: false, message: `The request body is not valid JSON (${error instanceof Error ? error.message : String(error)}); send {"argument": …}.` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, message: 'The request body must be a JSON object: {"argument": …}.' };
  const extra = Object.keys(value).filter((key) => key !== 'argument');
  if (extra.length > 0) return { ok: false, message: `The request body may hold only "argument", not ${extra.map((key) => `"${key.slice(0, 40)}"`).join(', ')}.` };
  return { ok: true, argument: (value as { argument?: unknown }).argument };
}

/**
 * The catalogue snapshot is the same object until the catalogue changes, and the largest answer by
 * far: its bytes are made once per object (serialisedSnapshot), not once per kiosk, with an ETag so a
 * client that sends If-None-Match gets a 304.
 */
function sendSerialisedOnce(request: IncomingMessage, response: ServerResponse, result: { ok: true; value: object }, compress: boolean): void {
  const cached = serialisedSnapshot(result.value as CatalogueSnapshot);
  const common = { ...SECURITY_HEADERS, ETag: cached.etag, 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' };
  if (request.headers['if-none-match'] === cached.etag) {
    response.writeHead(304, common);
    response.end();
    return;
  }
  const gzipped = wantsGzip(request, compress) ? gzippedOrStart(cached) : undefined;
  const payload = gzipped ?? cached.body;
  response.writeHead(200, { ...common, 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': payload.length, ...(gzipped ? { 'Content-Encoding': 'gzip' } : {}) });
  response.end(payload);
}

/**
 * Gzip only pays across a network (a kiosk host on the LAN): for a page on this machine it costs
 * more time than the bytes it saves.
 */
function wantsGzip(request: IncomingMessage, compress: boolean): boolean {
  return compress && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
}

function sendJson(response: ServerResponse, status: number, result: Result<unknown>): void {
  const body = JSON.stringify(result);
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-store' });
  response.end(body);
}

function sendKeyRequiredPage(request: IncomingMessage, response: ServerResponse): void {
  response.writeHead(403, { ...SECURITY_HEADERS, 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': KEY_REQUIRED_PAGE.length, 'Cache-Control': 'no-store' });
  response.end(request.method === 'HEAD' ? undefined : KEY_REQUIRED_PAGE);
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(text), 'Cache-Control': 'no-store' });
  response.end(text);
}
