// Slow retrieval and broken resumes, against a real node HTTP server on 127.0.0.1 (the fault server):
// a feed that drips its bytes (one every 100 ms, which no stall timer notices) is stopped by the
// floor under the download's average speed, with its figures; a genuine 64 kbit/s link is not; a
// resume the server answers wrongly starts the file again from byte 0 once, then fails plainly.
// The floor's window is shortened (1 s instead of 60 s) so each case runs in seconds; every
// dripping response also ends by itself after DRIP_LIMIT_MS, so no case can run on.
import { join } from 'node:path';
import type { ServerResponse } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MANIFEST_FILE, type Manifest } from '../../shared/feed/format';
import { createMemoryFeed, type MemoryFeed } from '../../shared/feed/testing/memoryFeed';
import { TOO_SLOW_WITH_FIGURES } from '../../shared/i18n/messages/syncFailures';
import { createHttpFeedSource } from '../../electron/sync/httpFeedSource';
import { DEFAULT_SPEED_FLOOR, HttpTransport, type SpeedFloor } from '../../electron/sync/httpTransport';
import { openSyncClient } from '../../electron/sync/openSyncClient';
import type { SyncClient } from '../../electron/sync/syncClient';
import { startFaultServer, type FaultServer } from '../fixtures/feed/faultServer';
import { technologies, temporaryFolder, trustOf } from '../fixtures/feed/feedFolder';

const DRIP_LIMIT_MS = 20_000;
const TEST_FLOOR: SpeedFloor = { minBytes: 1_000, windowMs: 1_000 };

let work: { path: string; remove(): Promise<void> };
let feed: MemoryFeed;
let server: FaultServer;
let client: SyncClient;
const timers = new Set<ReturnType<typeof setInterval>>();

const open = () => openSyncClient({ dataFolder: join(work.path, 'data'), trust: trustOf(feed), appVersion: '0.1.0' });
const sync = (speedFloor: SpeedFloor = TEST_FLOOR, attempts = 3) =>
  client.update(createHttpFeedSource(server.url, new HttpTransport({ stallTimeoutMs: 2_000, speedFloor, retry: { attempts, baseDelayMs: 10, maxDelayMs: 100 } })));
const deltaName = (manifest: Manifest) => manifest.files.find((file) => file.role === 'delta')!.name;

beforeEach(async () => {
  work = await temporaryFolder('slow-feed');
  feed = await createMemoryFeed('dttc-test');
  await feed.publish(technologies(40));
  server = await startFaultServer(new Map(feed.files));
  client = await open();
  expect(await sync()).toMatchObject({ status: 'applied', info: { version: 1 } });
  server.requests.length = 0;
});

afterEach(async () => {
  for (const timer of timers) clearInterval(timer);
  await server.close();
  await work.remove();
});

async function publishVersion2(changed = 5, added = 4): Promise<Manifest> {
  const manifest = await feed.publish([...technologies(40 - changed), ...technologies(changed, 'changed', 41 - changed), ...technologies(added, 'first', 41)]);
  server.files = new Map(feed.files);
  return manifest;
}

/** Sends `bytes` from `from`, `chunk` bytes every `everyMs`, then ends (or gives up after DRIP_LIMIT_MS). */
function trickle(response: ServerResponse, bytes: Uint8Array, chunk: number, everyMs: number, from = 0): void {
  let offset = from;
  const started = Date.now();
  const timer = setInterval(() => {
    if (response.destroyed || Date.now() - started > DRIP_LIMIT_MS) {
      clearInterval(timer);
      response.destroy();
      return;
    }
    response.write(bytes.subarray(offset, offset + chunk));
    offset += chunk;
    if (offset >= bytes.length) {
      clearInterval(timer);
      response.end();
    }
  }, everyMs);
  timers.add(timer);
  response.on('close', () => clearInterval(timer));
}

async function expectVersionInUse(version: number): Promise<void> {
  expect(client.current()?.info.version).toBe(version);
  expect((await open()).current()?.info.version).toBe(version);
}

describe('a floor under the download speed', () => {
  it('stops an object that drips a byte every 100 ms, says how little came in how long, and keeps the catalogue', async () => {
    const manifest = await publishVersion2();
    const name = deltaName(manifest);
    server.fault = (_request, response, path) => {
      if (path !== name) return false;
      const bytes = server.files.get(name)!;
      response.writeHead(200, { 'content-length': String(bytes.length), etag: '"drip"' });
      trickle(response, bytes, 1, 100);
      return true;
    };
    const started = Date.now();
    const outcome = await sync();
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(outcome).toMatchObject({ status: 'refused', failure: { code: 'download-too-slow', figures: { seconds: 1 } } });
    if (outcome.status !== 'refused') throw new Error('not refused');
    expect(outcome.failure.figures!.bytes).toBeLessThan(TEST_FLOOR.minBytes);
    expect(outcome.failure.message).toMatch(/^the feed sent too slowly: \d+ bytes in 1 s from http:\/\/127\.0\.0\.1:\d+\/feed\/objects\//);
    // Not retried: one request for the object.
    expect(server.requests.filter((request) => request.path === name)).toHaveLength(1);
    await expectVersionInUse(1);
  }, 30_000);

  it('stops a manifest that drips (the 4 MB cap alone would take a year at this rate)', async () => {
    await publishVersion2();
    server.fault = (_request, response, path) => {
      if (path !== MANIFEST_FILE) return false;
      response.writeHead(200, { 'content-type': 'application/json' });
      trickle(response, new Uint8Array(4 * 1024 * 1024).fill(0x20), 1, 100);
      return true;
    };
    const outcome = await sync();
    expect(outcome).toMatchObject({ status: 'refused', failure: { code: 'download-too-slow' } });
    await expectVersionInUse(1);
  }, 30_000);

  it('lets a genuine 64 kbit/s link finish, with the default floor scaled to a 1 s window', async () => {
    const manifest = await publishVersion2(40, 40);
    const name = deltaName(manifest);
    const size = server.files.get(name)!.length;
    // 64 kbit/s is 8,000 bytes a second: 800 bytes every 100 ms.
    server.fault = (_request, response, path) => {
      if (path !== name) return false;
      response.writeHead(200, { 'content-length': String(size), etag: '"slow-link"' });
      trickle(response, server.files.get(name)!, 800, 100);
      return true;
    };
    const scale = 1_000 / DEFAULT_SPEED_FLOOR.windowMs;
    const started = Date.now();
    const outcome = await sync({ minBytes: Math.round(DEFAULT_SPEED_FLOOR.minBytes * scale), windowMs: 1_000 });
    const took = Date.now() - started;
    expect(outcome).toMatchObject({ status: 'applied', info: { version: 2 } });
    // Long enough that the floor was checked more than once on the way.
    expect(took, `${size} bytes`).toBeGreaterThan(3 * 1_000);
    await expectVersionInUse(2);
  }, 60_000);

  it('is low enough for a 500-entry delta over 64 kbit/s at full size, and high enough to stop a drip within a minute', () => {
    // The bench's 500-entry delta at 50,000 entries is 515 KB; at 8,000 bytes a second that is 66 s.
    const linkBytesPerWindow = 8_000 * (DEFAULT_SPEED_FLOOR.windowMs / 1_000);
    expect(linkBytesPerWindow).toBeGreaterThanOrEqual(4 * DEFAULT_SPEED_FLOOR.minBytes);
    expect(DEFAULT_SPEED_FLOOR.windowMs).toBeLessThanOrEqual(60_000);
    // One byte every 10 s (the attack) brings 6 bytes a window.
    expect(6).toBeLessThan(DEFAULT_SPEED_FLOOR.minBytes);
  });

  it('words the figures in English and Hindi', () => {
    expect(TOO_SLOW_WITH_FIGURES.en('12', '60')).toBe('The feed sent too slowly: 12 bytes in 60 s, so the download was stopped.');
    expect(TOO_SLOW_WITH_FIGURES.hi('12', '60')).toBe('फ़ीड ने बहुत धीरे डेटा भेजा: 60 सेकंड में केवल 12 बाइट, इसलिए डाउनलोड रोक दिया गया।');
  });
});

describe('a resume answered wrongly', () => {
  /** The first request for the object breaks after half of it; `answerResume` answers every request that carries a Range. */
  function dropThen(name: string, answerResume: (response: ServerResponse, bytes: Uint8Array, start: number) => void): void {
    server.fault = (request, response, path) => {
      if (path !== name) return false;
      const bytes = server.files.get(name)!;
      const range = /bytes=(\d+)-/.exec(request.headers.range ?? '');
      if (range) {
        answerResume(response, bytes, Number(range[1]));
        return true;
      }
      const plainRequests = server.requests.filter((each) => each.path === name && each.range === undefined).length;
      if (plainRequests > 1) return false; // the start again from byte 0: served in full
      response.writeHead(200, { 'content-length': String(bytes.length), etag: '"v2"' });
      response.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => response.socket?.destroy());
      return true;
    };
  }

  it.each([
    ['a 206 without Content-Range', (response: ServerResponse, bytes: Uint8Array, start: number) => response.writeHead(206, { 'content-length': String(bytes.length - start), etag: '"v2"' }).end(bytes.subarray(start))],
    ['a 206 with a Content-Range that does not fit', (response: ServerResponse, bytes: Uint8Array, start: number) => response.writeHead(206, { 'content-range': `bytes ${start + 7}-${bytes.length - 1}/${bytes.length}`, etag: '"v2"' }).end(bytes.subarray(start + 7))],
    ['a 206 with the right Content-Range but the bytes from 0', (response: ServerResponse, bytes: Uint8Array, start: number) => response.writeHead(206, { 'content-range': `bytes ${start}-${bytes.length - 1}/${bytes.length}`, etag: '"v2"' }).end(bytes.subarray(0, bytes.length - start))],
    ['a 200 with the whole file', (response: ServerResponse, bytes: Uint8Array) => response.writeHead(200, { 'content-length': String(bytes.length), etag: '"v2"' }).end(bytes)],
  ])('starts again from byte 0 once after %s, and the update arrives intact', async (_case, answer) => {
    const manifest = await publishVersion2();
    const name = deltaName(manifest);
    dropThen(name, answer);
    expect(await sync()).toMatchObject({ status: 'applied', info: { version: 2 } });
    const requests = server.requests.filter((request) => request.path === name);
    expect(requests[0]?.range).toBeUndefined();
    expect(requests[1]?.range).toBe(`bytes=${Math.floor(server.files.get(name)!.length / 2)}-`);
    // A 200 to the resume is itself the start again; otherwise one plain request follows.
    expect(requests.length).toBeLessThanOrEqual(3);
    if (requests.length === 3) expect(requests[2]?.range).toBeUndefined();
    await expectVersionInUse(2);
  });

  it('fails plainly when the server answers the resume wrongly again after the start again', async () => {
    const manifest = await publishVersion2();
    const name = deltaName(manifest);
    // Every plain request breaks halfway; every resume gets bytes from 0 under the right Content-Range.
    server.fault = (request, response, path) => {
      if (path !== name) return false;
      const bytes = server.files.get(name)!;
      const range = /bytes=(\d+)-/.exec(request.headers.range ?? '');
      if (range) {
        const start = Number(range[1]);
        response.writeHead(206, { 'content-range': `bytes ${start}-${bytes.length - 1}/${bytes.length}`, etag: '"v2"' }).end(bytes.subarray(0, bytes.length - start));
        return true;
      }
      response.writeHead(200, { 'content-length': String(bytes.length), etag: '"v2"' });
      response.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => response.socket?.destroy());
      return true;
    };
    const outcome = await sync(TEST_FLOOR, 6);
    expect(outcome).toMatchObject({ status: 'refused', failure: { code: 'download-resume-broken', message: expect.stringContaining('answered a resumed download wrongly again') } });
    const requests = server.requests.filter((request) => request.path === name);
    // plain (breaks), resume (wrong), plain again from 0 (breaks), resume (wrong): stopped there, with attempts to spare.
    expect(requests.map((request) => (request.range ? 'resume' : 'plain'))).toEqual(['plain', 'resume', 'plain', 'resume']);
    await expectVersionInUse(1);
  });
});
