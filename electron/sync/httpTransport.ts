// Downloads over HTTP through a fetch-like port (Node's fetch here, Electron's net.fetch in the app so
// the system proxy applies). Everything a hostile or broken server can do is bounded: bodies are
// capped while they stream (a decoded gzip body too, so a gzip bomb stops at the cap), a stalled
// connection is cut after a timeout, a body that trickles in (a byte every few seconds, which no
// stall timer notices) is cut by a floor under its average speed, redirects are followed by hand
// (http(s) only, a few hops), a break resumes with Range + If-Range (a resume answered wrongly
// starts the file again from byte 0 once, then fails), and busy servers are retried with capped back-off.
import { createHash } from 'node:crypto';
import { open, type FileHandle } from 'node:fs/promises';
import { PRIVATE_FILE_MODE } from '../store/privateFolder';
import { DEFAULT_RETRY_POLICY, parseRetryAfter, retryDelayMs, type RetryPolicy } from './retryPolicy';
import { SyncError } from './syncError';

export type FetchFunction = (url: string, init: RequestInit) => Promise<Response>;

/** At least `minBytes` of a body must arrive in every `windowMs` (counted from the response), or the download stops. */
export interface SpeedFloor {
  minBytes: number;
  windowMs: number;
}

/**
 * 60 KB a minute, 1 KB/s on average: a 2G-like 64 kbit/s link moves 8 KB/s, eight times that, so it
 * still completes a 500-entry delta (about 520 KB at 50,000 entries: some 65 s); a feed that drips
 * a byte every few seconds is stopped after one minute instead of never.
 */
export const DEFAULT_SPEED_FLOOR: SpeedFloor = { minBytes: 60 * 1024, windowMs: 60_000 };

export interface HttpTransportOptions {
  fetch?: FetchFunction;
  /** No byte (or no response) for this long cuts the request. */
  stallTimeoutMs?: number;
  /** The floor under a body's average speed; DEFAULT_SPEED_FLOOR when absent. */
  speedFloor?: SpeedFloor;
  maxRedirects?: number;
  retry?: RetryPolicy;
  sleep?: (milliseconds: number) => Promise<void>;
  now?: () => Date;
  /** Cancels everything (the app is quitting, staff pressed Cancel). */
  signal?: AbortSignal;
}

/** What crossed the wire, for tests and the command line's summary. */
export interface TransportCounters {
  requests: number;
  notModified: number;
  rangeRequests: number;
  bytesReceived: number;
}

export type SmallDownload = { status: 'not-modified' } | { status: 'ok'; bytes: Uint8Array; etag?: string };

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const BUSY_STATUSES = new Set([429, 502, 503, 504]);
const sleepFor = (milliseconds: number) => new Promise<void>((resolve) => setTimeout(resolve, milliseconds));

export class HttpTransport {
  readonly counters: TransportCounters = { requests: 0, notModified: 0, rangeRequests: 0, bytesReceived: 0 };
  private readonly fetch: FetchFunction;
  private readonly stallTimeoutMs: number;
  private readonly speedFloor: SpeedFloor;
  private readonly maxRedirects: number;
  private readonly retryPolicy: RetryPolicy;
  private readonly sleep: (milliseconds: number) => Promise<void>;
  private readonly now: () => Date;
  private readonly signal: AbortSignal | undefined;

  constructor(options: HttpTransportOptions = {}) {
    this.fetch = options.fetch ?? ((url, init) => globalThis.fetch(url, init));
    this.stallTimeoutMs = options.stallTimeoutMs ?? 30_000;
    this.speedFloor = options.speedFloor ?? DEFAULT_SPEED_FLOOR;
    this.maxRedirects = options.maxRedirects ?? 5;
    this.retryPolicy = options.retry ?? DEFAULT_RETRY_POLICY;
    this.sleep = options.sleep ?? sleepFor;
    this.now = options.now ?? (() => new Date());
    this.signal = options.signal;
  }

  /** A small file read into memory (manifest, signature, key list), at most `cap` bytes. */
  async getSmall(url: string, cap: number, options: { ifNoneMatch?: string } = {}): Promise<SmallDownload> {
    return this.withRetries(async () => {
      const headers: Record<string, string> = { 'accept-encoding': 'identity' };
      if (options.ifNoneMatch) headers['if-none-match'] = options.ifNoneMatch;
      const exchange = await this.request(url, headers);
      try {
        if (exchange.response.status === 304 && options.ifNoneMatch) {
          this.counters.notModified += 1;
          return { status: 'not-modified' } as const;
        }
        checkStatus(exchange.response, exchange.url, this.now());
        checkDeclaredLength(exchange.response, exchange.url, 0, cap);
        const chunks: Uint8Array[] = [];
        let size = 0;
        await exchange.readBody((chunk) => {
          size += chunk.length;
          if (size > cap) throw tooLarge(exchange.url, cap);
          chunks.push(chunk);
        });
        const etag = exchange.response.headers.get('etag') ?? undefined;
        return { status: 'ok', bytes: concatenate(chunks, size), ...(etag ? { etag } : {}) } as const;
      } finally {
        exchange.close();
      }
    });
  }

  /**
   * Streams `url` into the file at `path` until it holds exactly `length` bytes, resuming after a
   * break with Range + If-Range (or starting again when the server ignores Range or the file changed).
   * A resume the server answers wrongly (a 206 whose Content-Range is missing or does not fit, a 416,
   * a 200 with the whole file, or resumed bytes that do not hash to `sha256`) starts the file again
   * from byte 0 once; the second time the download fails with "download-resume-broken". The caller
   * checks the hash (given `sha256`, a file that was never resumed and does not match is returned as is).
   */
  async download(url: string, path: string, length: number, onProgress?: (bytesDone: number) => void, options: { sha256?: string } = {}): Promise<void> {
    const file = await open(path, 'w+', PRIVATE_FILE_MODE);
    let received = 0;
    let validator: string | undefined;
    let resumed = false;
    let restarts = 0;
    const startAgain = async (url: string, why: string): Promise<void> => {
      restarts += 1;
      if (restarts > 1) throw new SyncError('download-resume-broken', `${url} answered a resumed download wrongly again (${why}) after it had been started again from the beginning; the download was stopped`);
      received = await restart(file);
      resumed = false;
    };
    try {
      await this.withRetries(async () => {
        const headers: Record<string, string> = { 'accept-encoding': 'identity' };
        const resuming = received > 0 && validator !== undefined;
        if (resuming) {
          headers.range = `bytes=${received}-`;
          headers['if-range'] = validator!;
          this.counters.rangeRequests += 1;
        }
        const exchange = await this.request(url, headers);
        try {
          const response = exchange.response;
          if (resuming && (response.status === 416 || (response.status === 206 && !resumeMatches(response, received, length)))) {
            const range = response.headers.get('content-range');
            await startAgain(exchange.url, `${response.status}${range ? ` with Content-Range "${range.slice(0, 80)}"` : ' without a Content-Range'} to "bytes=${received}-"`);
            throw new SyncError('download-incomplete', `${exchange.url} answered the resume request with a range that does not fit; starting again from the beginning`, { retryable: true });
          }
          if (!resuming && response.status === 206 && !resumeMatches(response, 0, length)) {
            throw new SyncError('http-error', `${exchange.url} answered a plain request with part of a file`);
          }
          checkStatus(response, exchange.url, this.now());
          if (response.status !== 206 && received > 0) {
            // Range ignored, or the file changed; without a validator there was no resume to answer.
            if (resuming) await startAgain(exchange.url, `${response.status} instead of 206`);
            else received = await restart(file);
          }
          if (response.status !== 200 && response.status !== 206) throw new SyncError('http-error', `${exchange.url} answered ${response.status}`);
          if (response.status === 206 && received > 0) resumed = true;
          checkDeclaredLength(response, exchange.url, received, length);
          const encoded = (response.headers.get('content-encoding') ?? 'identity').toLowerCase() !== 'identity';
          // A decoded body's byte offsets are not the server's: such a download cannot resume.
          validator = encoded ? undefined : strongValidator(response);
          await exchange.readBody(async (chunk) => {
            if (received + chunk.length > length) throw tooLarge(exchange.url, length);
            await file.write(chunk, 0, chunk.length, received);
            received += chunk.length;
            onProgress?.(received);
          });
          if (received < length) {
            throw new SyncError('download-incomplete', `${exchange.url} ended after ${received} of ${length} bytes`, { retryable: true });
          }
          // A 206 that named the right range but sent other bytes: only the hash can tell.
          if (resumed && options.sha256 !== undefined && (await hashOf(file, length)) !== options.sha256) {
            await startAgain(exchange.url, 'the resumed bytes do not match the file');
            throw new SyncError('download-incomplete', `${exchange.url} sent resumed bytes that do not fit the file; starting again from the beginning`, { retryable: true });
          }
        } finally {
          exchange.close();
        }
      });
      await file.sync();
    } finally {
      await file.close();
    }
  }

  private async withRetries<T>(operation: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await operation();
      } catch (error) {
        const failure = asSyncError(error);
        if (!failure.retry.retryable || attempt >= this.retryPolicy.attempts || this.signal?.aborted) throw failure;
        await this.sleep(retryDelayMs(this.retryPolicy, attempt, failure.retry.afterMs));
      }
    }
  }

  /** One request with redirects followed by hand; the body is read through the returned exchange. */
  private async request(startUrl: string, headers: Record<string, string>): Promise<Exchange> {
    let url = parseHttpUrl(startUrl);
    const seen = new Set<string>();
    for (let hop = 0; ; hop += 1) {
      const controller = new AbortController();
      const stall = new StallTimer(this.stallTimeoutMs, () => controller.abort());
      const cancel = () => controller.abort();
      this.signal?.addEventListener('abort', cancel, { once: true });
      const close = () => {
        stall.stop();
        this.signal?.removeEventListener('abort', cancel);
        if (!controller.signal.aborted) controller.abort();
      };
      let response: Response;
      try {
        this.counters.requests += 1;
        response = await this.fetch(url.href, { method: 'GET', headers, redirect: 'manual', signal: controller.signal });
      } catch (error) {
        close();
        throw networkError(error, url.href, stall.fired);
      }
      if (!REDIRECT_STATUSES.has(response.status)) {
        stall.arm();
        const floor = new SpeedFloorWatch(this.speedFloor, () => controller.abort());
        return new Exchange(response, url.href, stall, floor, () => (floor.stop(), close()), this.counters);
      }
      close();
      const location = response.headers.get('location');
      if (!location) throw new SyncError('http-error', `${url.href} redirects (${response.status}) without saying where`);
      seen.add(url.href);
      const next = resolveRedirect(location, url);
      if (seen.has(next.href) || hop + 1 > this.maxRedirects) {
        throw new SyncError('redirect-loop', `${startUrl} redirects in a loop or more than ${this.maxRedirects} times (last to ${next.href})`);
      }
      url = next;
    }
  }
}

class StallTimer {
  fired = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  constructor(
    private readonly timeoutMs: number,
    private readonly onStall: () => void,
  ) {
    this.arm();
  }
  arm(): void {
    this.stop();
    this.timer = setTimeout(() => {
      this.fired = true;
      this.onStall();
    }, this.timeoutMs);
  }
  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}

/** Checks, at the end of every window, that the body brought at least the floor's bytes in it. */
class SpeedFloorWatch {
  /** Set when the floor cut the body: what arrived in the window that was too slow. */
  tooSlow: { bytes: number; seconds: number; minBytes: number } | undefined;
  private bytesInWindow = 0;
  private readonly timer: ReturnType<typeof setInterval>;
  constructor(
    private readonly floor: SpeedFloor,
    onTooSlow: () => void,
  ) {
    this.timer = setInterval(() => {
      if (this.bytesInWindow < floor.minBytes) {
        this.tooSlow = { bytes: this.bytesInWindow, seconds: Math.round(floor.windowMs / 100) / 10, minBytes: floor.minBytes };
        this.stop();
        onTooSlow();
      }
      this.bytesInWindow = 0;
    }, floor.windowMs);
  }
  add(bytes: number): void {
    this.bytesInWindow += bytes;
  }
  stop(): void {
    clearInterval(this.timer);
  }
}

class Exchange {
  constructor(
    readonly response: Response,
    readonly url: string,
    private readonly stall: StallTimer,
    private readonly floor: SpeedFloorWatch,
    readonly close: () => void,
    private readonly counters: TransportCounters,
  ) {}

  /** Feeds each chunk to `consume` (which may throw to stop); a stall or a break becomes a retryable error. */
  async readBody(consume: (chunk: Uint8Array) => void | Promise<void>): Promise<void> {
    if (!this.response.body) return;
    const reader = this.response.body.getReader();
    try {
      for (;;) {
        let next: ReadableStreamReadResult<Uint8Array>;
        try {
          next = await reader.read();
        } catch (error) {
          throw bodyError(error, this.url, this.stall.fired, this.floor.tooSlow);
        }
        if (next.done) return;
        this.stall.arm();
        this.floor.add(next.value.length);
        this.counters.bytesReceived += next.value.length;
        await consume(next.value);
      }
    } finally {
      this.stall.stop();
      this.floor.stop();
      reader.cancel().catch(() => undefined);
    }
  }
}

function parseHttpUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new SyncError('invalid-feed-url', `"${text}" is not a web address`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new SyncError('invalid-feed-url', `"${text}" is not an http:// or https:// address`);
  return url;
}

function resolveRedirect(location: string, from: URL): URL {
  let next: URL;
  try {
    next = new URL(location, from);
  } catch {
    throw new SyncError('http-error', `${from.href} redirects to "${location.slice(0, 200)}", which is not a web address`);
  }
  if (next.protocol !== 'http:' && next.protocol !== 'https:') {
    throw new SyncError('redirect-refused', `${from.href} redirects to a ${next.protocol} address; only http: and https: are followed`);
  }
  return next;
}

function checkStatus(response: Response, url: string, now: Date): void {
  if (response.status === 200 || response.status === 206) return;
  if (response.status === 404 || response.status === 410) throw new SyncError('not-found', `${url} was not found on the server (${response.status})`);
  if (BUSY_STATUSES.has(response.status)) {
    const afterMs = parseRetryAfter(response.headers.get('retry-after'), now);
    throw new SyncError('server-busy', `${url} is busy (${response.status})`, { retryable: true, ...(afterMs !== undefined ? { afterMs } : {}) });
  }
  throw new SyncError('http-error', `${url} answered ${response.status}`);
}

/** A Content-Length past the cap is refused before a byte of the body is read (when not encoded). */
function checkDeclaredLength(response: Response, url: string, offset: number, cap: number): void {
  const encoding = (response.headers.get('content-encoding') ?? 'identity').toLowerCase();
  const declared = Number(response.headers.get('content-length'));
  if (encoding === 'identity' && Number.isFinite(declared) && declared > 0 && offset + declared > cap) {
    throw tooLarge(url, cap, `it announces ${declared} bytes`);
  }
}

function resumeMatches(response: Response, received: number, length: number): boolean {
  const match = /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec(response.headers.get('content-range') ?? '');
  if (!match) return false;
  return Number(match[1]) === received && (match[3] === '*' || Number(match[3]) === length) && Number(match[2]) < length;
}

/** If-Range needs a strong validator: a strong ETag, else Last-Modified. */
function strongValidator(response: Response): string | undefined {
  const etag = response.headers.get('etag');
  if (etag && !etag.startsWith('W/')) return etag;
  return response.headers.get('last-modified') ?? undefined;
}

async function hashOf(file: FileHandle, length: number): Promise<string> {
  const bytes = new Uint8Array(length);
  await file.read(bytes, 0, length, 0);
  return createHash('sha256').update(bytes).digest('hex');
}

async function restart(file: FileHandle): Promise<number> {
  await file.truncate(0);
  return 0;
}

function tooLarge(url: string, cap: number, why = 'it sent more'): SyncError {
  return new SyncError('download-too-large', `${url} was refused: ${why} than the ${cap} bytes expected`);
}

function networkError(error: unknown, url: string, stalled: boolean): SyncError {
  if (error instanceof SyncError) return error;
  if (stalled) return new SyncError('download-stalled', `${url} did not answer in time`, { retryable: true });
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : error instanceof Error ? `: ${error.message}` : '';
  return new SyncError('network-unreachable', `could not connect to ${url}${cause}`, { retryable: true });
}

function bodyError(error: unknown, url: string, stalled: boolean, tooSlow: SpeedFloorWatch['tooSlow']): SyncError {
  if (error instanceof SyncError) return error;
  // Not retried: a feed that drips would drip again, and the few minutes of connection a field
  // officer has are better spent on a USB bundle or a later check.
  if (tooSlow) {
    return new SyncError('download-too-slow', `the feed sent too slowly: ${tooSlow.bytes} bytes in ${tooSlow.seconds} s from ${url} (at least ${tooSlow.minBytes} were needed)`, { retryable: false }, { bytes: tooSlow.bytes, seconds: tooSlow.seconds });
  }
  if (stalled) return new SyncError('download-stalled', `${url} stopped sending data`, { retryable: true });
  return new SyncError('connection-dropped', `the connection to ${url} broke mid-download`, { retryable: true });
}

// Network errors are already SyncErrors by now; anything else is local (disk full, no permission).
function asSyncError(error: unknown): SyncError {
  if (error instanceof SyncError) return error;
  return new SyncError('storage-failed', `the download could not be written: ${error instanceof Error ? error.message : String(error)}`);
}

function concatenate(chunks: Uint8Array[], size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}
