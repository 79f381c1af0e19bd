// One case per attack and per network fault, against a fault-injecting server on 127.0.0.1. Each
// asserts the specific error code and that the catalogue in use is unchanged (still version 1, on
// disk too) — or, for faults the client should ride out, that version 2 arrived intact.
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../shared/feed/canonicalJson';
import { utf8 } from '../../shared/feed/encoding';
import { feedIdSchema, MANIFEST_FILE, MANIFEST_SIGNATURE_FILE, KEYS_FILE, KEYS_SIGNATURE_FILE, type Manifest } from '../../shared/feed/format';
import { signKeyList } from '../../shared/feed/keyList';
import { publishVersion } from '../../shared/feed/publishVersion';
import { generateKeyPair, sign } from '../../shared/feed/signing';
import { createMemoryFeed, type MemoryFeed } from '../../shared/feed/testing/memoryFeed';
import { createHttpFeedSource } from '../../electron/sync/httpFeedSource';
import { HttpTransport } from '../../electron/sync/httpTransport';
import { openSyncClient } from '../../electron/sync/openSyncClient';
import type { SyncClient } from '../../electron/sync/syncClient';
import { startFaultServer, type FaultServer } from '../fixtures/feed/faultServer';
import { technologies, temporaryFolder, trustOf } from '../fixtures/feed/feedFolder';

let work: { path: string; remove(): Promise<void> };
let feed: MemoryFeed;
let server: FaultServer;
let client: SyncClient;
let delays: number[];
const version2Entries = [...technologies(35), ...technologies(5, 'changed', 36), ...technologies(4, 'first', 41)];

const transport = (overrides: { stallTimeoutMs?: number; attempts?: number } = {}) =>
  new HttpTransport({
    stallTimeoutMs: overrides.stallTimeoutMs ?? 2_000,
    retry: { attempts: overrides.attempts ?? 3, baseDelayMs: 10, maxDelayMs: 10_000 },
    // Waits are recorded, not slept, so Retry-After can be checked without slowing the suite.
    sleep: async (milliseconds) => void delays.push(milliseconds),
  });

const sync = (overrides: Parameters<typeof transport>[0] = {}) => client.update(createHttpFeedSource(server.url, transport(overrides)));
const open = () => openSyncClient({ dataFolder: join(work.path, 'data'), trust: trustOf(feed), appVersion: '0.1.0' });
const fileNamed = (role: 'delta' | 'snapshot', manifest: Manifest) => manifest.files.find((file) => file.role === role)!.name;

beforeEach(async () => {
  work = await temporaryFolder('faults');
  feed = await createMemoryFeed('dttc-test');
  delays = [];
  await feed.publish(technologies(40));
  server = await startFaultServer(new Map(feed.files));
  client = await open();
  expect(await sync()).toMatchObject({ status: 'applied', info: { version: 1 } });
  server.requests.length = 0;
});

afterEach(async () => {
  await server.close();
  await work.remove();
});

async function publishVersion2(options: Parameters<MemoryFeed['publish']>[1] = {}): Promise<Manifest> {
  const manifest = await feed.publish(version2Entries, options);
  server.files = new Map(feed.files);
  return manifest;
}

async function expectRefused(code: string): Promise<void> {
  const outcome = await sync();
  expect(outcome).toMatchObject({ status: 'refused', failure: { code } });
  await expectVersionInUse(1);
}

async function expectVersionInUse(version: number): Promise<void> {
  expect(client.current()?.info.version).toBe(version);
  const reopened = await open();
  expect(reopened.loadNotice).toBeUndefined();
  expect(reopened.current()?.info.version).toBe(version);
  if (version === 2) expect(reopened.current()?.entries.map((entry) => entry.title.en)).toEqual(version2Entries.map((entry) => entry.title.en));
}

function replaceFile(name: string, bytes: Uint8Array) {
  server.files.set(name, bytes);
}

describe('signatures and manifests', () => {
  it('refuses a manifest signed by a key keys.json does not hold', async () => {
    await publishVersion2();
    const stranger = await generateKeyPair();
    replaceFile(MANIFEST_SIGNATURE_FILE, (await sign(stranger.privateKey, server.files.get(MANIFEST_FILE)!))!);
    await expectRefused('manifest-signature-invalid');
  });

  it('refuses a key list signed by another root key', async () => {
    await publishVersion2();
    const otherRoot = await generateKeyPair();
    const forged = (await signKeyList(feed.feedId, [{ publicKey: feed.feedKey.publicKey }], otherRoot.privateKey))!;
    replaceFile(KEYS_FILE, forged.keysBytes);
    replaceFile(KEYS_SIGNATURE_FILE, forged.keysSignature);
    await expectRefused('keys-signature-invalid');
  });

  it('refuses a truncated signature', async () => {
    await publishVersion2();
    replaceFile(MANIFEST_SIGNATURE_FILE, server.files.get(MANIFEST_SIGNATURE_FILE)!.subarray(0, 40));
    await expectRefused('manifest-signature-invalid');
  });

  it('refuses a manifest with one byte changed', async () => {
    const manifest = await publishVersion2();
    const text = new TextDecoder().decode(server.files.get(MANIFEST_FILE));
    const changed = text.replace(`"version": ${manifest.version}`, `"version": ${manifest.version + 7}`);
    expect(changed.length).toBe(text.length);
    replaceFile(MANIFEST_FILE, utf8(changed));
    await expectRefused('manifest-signature-invalid');
  });

  it("refuses another feed's manifest signed with a listed key", async () => {
    const otherFeedId = feedIdSchema.parse('other-feed');
    const outcome = await publishVersion({
      keyList: { ...feed.signedKeys.keyList, feedId: otherFeedId },
      feedPrivateKey: feed.feedKey.privateKey,
      entries: version2Entries,
      now: new Date(),
      minAppVersion: '0.1.0',
    });
    if (!outcome.ok || outcome.status !== 'published') throw new Error('could not publish the other feed');
    for (const object of outcome.objects) replaceFile(`objects/${object.sha256}.json`, object.bytes);
    replaceFile(MANIFEST_FILE, outcome.manifestBytes);
    replaceFile(MANIFEST_SIGNATURE_FILE, outcome.manifestSignature);
    await expectRefused('manifest-wrong-feed');
  });

  it('refuses a replayed older version', async () => {
    const version1 = feed.versions.get(1)!;
    await publishVersion2();
    await sync();
    await expectVersionInUse(2);
    replaceFile(MANIFEST_FILE, version1.manifestBytes);
    replaceFile(MANIFEST_SIGNATURE_FILE, version1.manifestSignature);
    const outcome = await sync();
    expect(outcome).toMatchObject({ status: 'refused', failure: { code: 'manifest-rollback' } });
    await expectVersionInUse(2);
  });

  it('refuses an expired manifest (a feed frozen on an old version)', async () => {
    await publishVersion2({ now: new Date(Date.now() - 100 * 86_400_000), expiresDays: 30 });
    await expectRefused('manifest-expired');
  });

  it('refuses a manifest issued in the future with a clock message', async () => {
    await publishVersion2({ now: new Date(Date.now() + 3 * 86_400_000) });
    const outcome = await sync();
    expect(outcome).toMatchObject({ status: 'refused', failure: { code: 'manifest-future-dated', message: expect.stringMatching(/date and time/) } });
    await expectVersionInUse(1);
  });
});

describe('objects', () => {
  it('refuses an object with one byte changed', async () => {
    const manifest = await publishVersion2();
    const name = fileNamed('delta', manifest);
    const bytes = new Uint8Array(server.files.get(name)!);
    const index = bytes.length - 10;
    bytes[index] = bytes[index]! ^ 0x01;
    replaceFile(name, bytes);
    await expectRefused('object-hash-mismatch');
  });

  it('refuses an object from another version served under the name of this one (mix-and-match)', async () => {
    const version1Snapshot = server.files.get(fileNamed('snapshot', feed.versions.get(1)!.manifest))!;
    const manifest = await publishVersion2();
    const deltaName = fileNamed('delta', manifest);
    // Cut to the declared length, so the length cap cannot catch it: only the hash can.
    const length = manifest.files.find((file) => file.name === deltaName)!.length;
    expect(version1Snapshot.length).toBeGreaterThan(length);
    replaceFile(deltaName, version1Snapshot.subarray(0, length));
    await expectRefused('object-hash-mismatch');
  });

  it('cuts off an endless response', async () => {
    const manifest = await publishVersion2();
    const name = fileNamed('delta', manifest);
    server.fault = (_request, response, path) => {
      if (path !== name) return false;
      response.writeHead(200, { 'content-type': 'application/json' });
      const chunk = new Uint8Array(64 * 1024).fill(0x20);
      const pump = () => {
        while (!response.destroyed && response.write(chunk));
        if (!response.destroyed) response.once('drain', pump);
      };
      pump();
      return true;
    };
    await expectRefused('download-too-large');
  });

  it('refuses a Content-Length larger than the object before reading it', async () => {
    const manifest = await publishVersion2();
    const name = fileNamed('delta', manifest);
    server.fault = (_request, response, path) => {
      if (path !== name) return false;
      response.writeHead(200, { 'content-length': String(1024 * 1024 * 1024) });
      response.write(new Uint8Array(1024));
      return true;
    };
    await expectRefused('download-too-large');
  });

  it('refuses a Content-Length smaller than the object (the body ends short)', async () => {
    const manifest = await publishVersion2();
    const name = fileNamed('delta', manifest);
    server.fault = (_request, response, path) => {
      if (path !== name) return false;
      const bytes = server.files.get(name)!;
      response.writeHead(200, { 'content-length': String(bytes.length - 20) });
      response.end(bytes.subarray(0, bytes.length - 20));
      return true;
    };
    await expectRefused('download-incomplete');
  });

  it('stops a gzip bomb at the declared length', async () => {
    const manifest = await publishVersion2();
    const name = fileNamed('delta', manifest);
    const bomb = gzipSync(new Uint8Array(16 * 1024 * 1024).fill(0x20));
    expect(bomb.length).toBeLessThan(100_000);
    server.fault = (_request, response, path) => {
      if (path !== name) return false;
      response.writeHead(200, { 'content-encoding': 'gzip', 'content-length': String(bomb.length) });
      response.end(bomb);
      return true;
    };
    await expectRefused('download-too-large');
  });
});

describe('network faults', () => {
  it('resumes with Range + If-Range after a connection dropped mid-object', async () => {
    const manifest = await publishVersion2();
    const name = fileNamed('delta', manifest);
    let dropped = false;
    server.fault = (_request, response, path) => {
      if (path !== name || dropped) return false;
      dropped = true;
      const bytes = server.files.get(name)!;
      response.writeHead(200, { 'content-length': String(bytes.length), etag: '"v2-delta"', 'accept-ranges': 'bytes' });
      response.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => response.socket?.destroy());
      return true;
    };
    // The resumed request carries the ETag of the broken one; serve the real bytes under it.
    const previous = server.fault;
    server.fault = (request, response, path, serve, record) => {
      if (previous(request, response, path, serve, record)) return true;
      if (path === name && request.headers['if-range'] === '"v2-delta"') {
        const bytes = server.files.get(name)!;
        const start = Number(/bytes=(\d+)-/.exec(request.headers.range ?? '')?.[1]);
        response.writeHead(206, { 'content-range': `bytes ${start}-${bytes.length - 1}/${bytes.length}`, 'content-length': String(bytes.length - start), etag: '"v2-delta"' });
        response.end(bytes.subarray(start));
        return true;
      }
      return false;
    };
    expect(await sync()).toMatchObject({ status: 'applied', info: { version: 2 } });
    const resumed = server.requests.filter((request) => request.path === name);
    expect(resumed).toHaveLength(2);
    expect(resumed[1]).toMatchObject({ range: `bytes=${Math.floor(server.files.get(name)!.length / 2)}-`, ifRange: '"v2-delta"', status: 206 });
    await expectVersionInUse(2);
  });

  it('starts again from zero when the server ignores Range', async () => {
    const manifest = await publishVersion2();
    const name = fileNamed('delta', manifest);
    let dropped = false;
    server.fault = (_request, response, path) => {
      if (path !== name) return false;
      const bytes = server.files.get(name)!;
      response.writeHead(200, { 'content-length': String(bytes.length), etag: '"v2-delta"' });
      if (dropped) response.end(bytes);
      else response.write(bytes.subarray(0, 100), () => response.socket?.destroy());
      dropped = true;
      return true;
    };
    expect(await sync()).toMatchObject({ status: 'applied', info: { version: 2 } });
    const requests = server.requests.filter((request) => request.path === name);
    expect(requests.map((request) => request.range)).toEqual([undefined, 'bytes=100-']);
    expect(requests[1]?.status).toBe(200);
    await expectVersionInUse(2);
  });

  it('gives up on a stalled server after the stall timeout', async () => {
    const manifest = await publishVersion2();
    const name = fileNamed('delta', manifest);
    server.fault = (_request, response, path) => {
      if (path !== name) return false;
      response.writeHead(200, { 'content-length': String(server.files.get(name)!.length) });
      response.write(server.files.get(name)!.subarray(0, 10));
      return true; // and never another byte
    };
    const started = Date.now();
    const outcome = await sync({ stallTimeoutMs: 200, attempts: 2 });
    expect(outcome).toMatchObject({ status: 'refused', failure: { code: 'download-stalled' } });
    expect(Date.now() - started).toBeLessThan(5_000);
    await expectVersionInUse(1);
  });

  it('waits as long as Retry-After says on 503, then succeeds', async () => {
    await publishVersion2();
    let busy = 2;
    server.fault = (_request, response, path) => {
      if (path !== MANIFEST_FILE || busy === 0) return false;
      busy -= 1;
      response.writeHead(503, { 'retry-after': '7' }).end('busy');
      return true;
    };
    expect(await sync()).toMatchObject({ status: 'applied', info: { version: 2 } });
    expect(delays).toEqual([7_000, 7_000]);
    await expectVersionInUse(2);
  });

  it('reports a server that stays busy', async () => {
    await publishVersion2();
    server.fault = (_request, response) => (response.writeHead(503).end(), true);
    await expectRefused('server-busy');
    expect(delays).toEqual([10, 20]);
  });

  it('reports a missing object as not found', async () => {
    const manifest = await publishVersion2();
    server.files.delete(fileNamed('delta', manifest));
    await expectRefused('not-found');
  });

  it('stops a redirect loop', async () => {
    await publishVersion2();
    server.fault = (_request, response, path) => {
      if (path === MANIFEST_FILE) return (response.writeHead(302, { location: 'elsewhere.json' }).end(), true);
      if (path === 'elsewhere.json') return (response.writeHead(301, { location: MANIFEST_FILE }).end(), true);
      return false;
    };
    await expectRefused('redirect-loop');
  });

  it('refuses a redirect to file:', async () => {
    await publishVersion2();
    server.fault = (_request, response, path) => (path === MANIFEST_FILE ? (response.writeHead(302, { location: 'file:///etc/passwd' }).end(), true) : false);
    await expectRefused('redirect-refused');
  });

  it('follows a redirect to another http address', async () => {
    await publishVersion2();
    server.fault = (_request, response, path) => (path === MANIFEST_FILE && !_request.url?.includes('moved') ? (response.writeHead(307, { location: '/feed/manifest.json?moved=1' }).end(), true) : false);
    expect(await sync()).toMatchObject({ status: 'applied', info: { version: 2 } });
  });

  it('reports an unreachable server', async () => {
    await publishVersion2();
    await server.close();
    await expectRefused('network-unreachable');
  });
});

// Keeps the canonical JSON import honest: the manifest served is the publisher's exact bytes.
it('serves the manifest the publisher signed', async () => {
  const manifest = await publishVersion2();
  expect(new TextDecoder().decode(server.files.get(MANIFEST_FILE))).toBe(canonicalJson(manifest, 2));
});
