// A USB bundle imported while a feed check is still downloading, against a real node server that
// sends the feed's object slowly (above the speed floor, so the check itself succeeds): the import
// is not held up by the check, and the newer of the two versions ends in use, switched to once.
import { join } from 'node:path';
import type { ServerResponse } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MANIFEST_FILE, MANIFEST_SIGNATURE_FILE, type Manifest } from '../../shared/feed/format';
import { createMemoryFeed, type MemoryFeed } from '../../shared/feed/testing/memoryFeed';
import { openDeskSync, type DeskSync } from '../../electron/deskSync/deskSync';
import { startFaultServer, type FaultServer } from '../fixtures/feed/faultServer';
import { bundleOf, technologies, temporaryFolder, trustOf, writeFeedFolder } from '../fixtures/feed/feedFolder';

let work: { path: string; remove(): Promise<void> };
let feed: MemoryFeed;
let server: FaultServer;
let sync: DeskSync;
const applied: number[] = [];
const timers = new Set<ReturnType<typeof setInterval>>();

beforeEach(async () => {
  work = await temporaryFolder('import-during-sync');
  feed = await createMemoryFeed('dttc-test');
  await feed.publish(technologies(40));
  await writeFeedFolder(feed, join(work.path, 'bundled'));
  // Versions 2 and 3 each change every entry and add some, so their objects take a while to trickle.
  await feed.publish([...technologies(40, 'second'), ...technologies(30, 'second', 41)]);
  await feed.publish([...technologies(40, 'third'), ...technologies(40, 'third', 41)]);
  server = await startFaultServer(new Map(feed.files));
  applied.length = 0;
  ({ sync } = await openDeskSync({
    dataFolder: join(work.path, 'data'),
    bundledFeedFolder: join(work.path, 'bundled'),
    trust: trustOf(feed),
    appVersion: '0.1.0',
    acceptBundles: true,
    feedUrl: server.url,
    mode: 'manual',
    transport: { stallTimeoutMs: 5_000, speedFloor: { minBytes: 1_000, windowMs: 1_000 }, retry: { attempts: 2, baseDelayMs: 10, maxDelayMs: 100 } },
  }));
  sync.service.onProgress((progress) => {
    if (progress.stage === 'applied') applied.push(progress.version);
  });
  expect(sync.status().installed?.version).toBe(1);
});

afterEach(async () => {
  sync.stop();
  for (const timer of timers) clearInterval(timer);
  await server.close();
  await work.remove();
});

/** The feed offers `version`, and sends every object 2,000 bytes each 200 ms (10 KB/s, above the floor). */
function feedOffersSlowly(version: number): void {
  const published = feed.versions.get(version)!;
  server.files.set(MANIFEST_FILE, published.manifestBytes);
  server.files.set(MANIFEST_SIGNATURE_FILE, published.manifestSignature);
  server.fault = (_request, response: ServerResponse, path) => {
    if (!path.startsWith('objects/')) return false;
    const bytes = server.files.get(path)!;
    response.writeHead(200, { 'content-length': String(bytes.length), etag: `"${path}"` });
    let offset = 0;
    const timer = setInterval(() => {
      if (response.destroyed) return clearInterval(timer);
      response.write(bytes.subarray(offset, offset + 2_000));
      offset += 2_000;
      if (offset >= bytes.length) {
        clearInterval(timer);
        response.end();
      }
    }, 200);
    timers.add(timer);
    return true;
  };
}

const objectOf = (manifest: Manifest) => manifest.files.find((file) => file.role === 'delta' && file.fromVersion === 1) ?? manifest.files.find((file) => file.role === 'snapshot')!;

describe('a USB import while the feed is still downloading', () => {
  it('is not held up, and the newer bundle wins: the older feed version is then up to date', async () => {
    feedOffersSlowly(2);
    expect(server.files.get(objectOf(feed.versions.get(2)!.manifest).name)!.length).toBeGreaterThan(20_000);
    const finished: string[] = [];
    // Started by hand, each with its preview confirmed (as the page does after showing it).
    const checking = sync.check({ kind: 'preview', version: 2 }).then((outcome) => (finished.push('check'), outcome));
    await new Promise((resolve) => setTimeout(resolve, 300)); // the check is downloading by now
    expect(sync.status().busy).toBe(true);
    const started = Date.now();
    const imported = await sync.importBytes(bundleOf(feed, 3), { kind: 'preview', version: 3 });
    finished.push('import');
    expect(imported).toMatchObject({ status: 'applied', version: 3 });
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(await checking).toEqual({ status: 'up-to-date', version: 3 });
    expect(finished).toEqual(['import', 'check']);
    expect(sync.status().installed?.version).toBe(3);
    expect(applied).toEqual([3]);
    // The feed's download did take place (it was not a no-op that finished early).
    expect(server.requests.some((request) => request.path.startsWith('objects/'))).toBe(true);
  }, 30_000);

  it('lets a newer feed version win over an older bundle, counting its changes from the bundle', async () => {
    feedOffersSlowly(3);
    const checking = sync.check({ kind: 'preview', version: 3 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await sync.importBytes(bundleOf(feed, 2), { kind: 'preview', version: 2 })).toMatchObject({ status: 'applied', version: 2, added: 30 });
    expect(await checking).toMatchObject({ status: 'applied', version: 3, added: 10, updated: 70, withdrawn: 0 });
    expect(sync.status().installed?.version).toBe(3);
    expect(applied).toEqual([2, 3]);
    expect(sync.whatsNew()).toMatchObject({ version: 3 });
  }, 30_000);
});
