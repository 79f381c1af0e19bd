import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryFeed, type MemoryFeed } from '../../shared/feed/testing/memoryFeed';
import { startFaultServer, type FaultServer } from '../../tests/fixtures/feed/faultServer';
import { bundleOf, technologies, temporaryFolder, trustOf, writeFeedFolder } from '../../tests/fixtures/feed/feedFolder';
import { createInstalledCatalogueProvider } from './installedCatalogueProvider';
import { openSyncService, type SyncServiceOptions } from './syncService';

let work: { path: string; remove(): Promise<void> };
let feed: MemoryFeed;
let server: FaultServer | undefined;
const paths = (name: string) => join(work.path, name);

beforeEach(async () => {
  work = await temporaryFolder('sync-service');
  feed = await createMemoryFeed('dttc-service');
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  await work.remove();
});

const open = (options: Partial<SyncServiceOptions> = {}) =>
  openSyncService({ dataFolder: paths('data'), bundledFeedFolder: paths('bundled'), trust: trustOf(feed), appVersion: '0.1.0', mode: 'manual', acceptBundles: true, ...options });

describe('sync service', () => {
  it('installs the bundled feed at first start, and a newer bundled one after an app upgrade', async () => {
    await feed.publish(technologies(10));
    await writeFeedFolder(feed, paths('bundled'));
    const first = await open();
    expect(first.notices).toEqual([]);
    expect(first.service.catalogue()?.info).toMatchObject({ feedId: 'dttc-service', version: 1, entryCount: 10 });
    expect(first.service.status()).toMatchObject({ installed: { version: 1, source: 'bundled' }, mode: 'manual' });
    expect(first.service.whatsNew()?.changes.added).toHaveLength(10);

    const restart = await open();
    expect(restart.notices).toEqual([]);
    expect(restart.service.catalogue()?.info.version).toBe(1);

    await feed.publish(technologies(12));
    await writeFeedFolder(feed, paths('bundled'));
    const upgraded = await open();
    expect(upgraded.service.catalogue()?.info).toMatchObject({ version: 2, entryCount: 12 });
    expect(upgraded.service.whatsNew()?.changes).toEqual({ added: ['t-00011', 't-00012'], updated: [], withdrawn: [] });
  });

  it('says why when the bundled feed cannot be installed, and the provider refuses plainly', async () => {
    const { service, notices } = await open();
    expect(notices[0]).toMatch(/bundled catalogue could not be installed \(not-found\)/);
    expect(service.catalogue()).toBeUndefined();
    await expect(createInstalledCatalogueProvider(service).snapshot()).rejects.toMatchObject({ code: 'catalogue-unavailable' });
  });

  it('checks the feed on demand, not at all in None mode, and reports progress', async () => {
    await feed.publish(technologies(10));
    await writeFeedFolder(feed, paths('bundled'));
    await feed.publish(technologies(11));
    server = await startFaultServer(new Map(feed.files));
    const { service } = await open({ feedUrl: server.url, mode: 'none' });
    expect(await service.checkNow()).toMatchObject({ status: 'refused', failure: { code: 'sync-disabled' } });
    expect(server.requests).toEqual([]);

    service.setMode('manual');
    const stages: string[] = [];
    service.onProgress((progress) => stages.push(progress.stage));
    expect(await service.checkNow()).toMatchObject({ status: 'applied', info: { version: 2 } });
    expect(stages[0]).toBe('checking');
    expect(stages.at(-1)).toBe('applied');
    expect(stages).toContain('downloading');
    expect(service.status()).toMatchObject({ installed: { version: 2, source: 'feed' }, progress: { stage: 'applied' }, lastSuccessAt: expect.any(String) });
    expect(await createInstalledCatalogueProvider(service).snapshot()).toMatchObject({ info: { version: 2, entryCount: 11 } });
  });

  it('imports a bundle, except on a kiosk', async () => {
    await feed.publish(technologies(10));
    await writeFeedFolder(feed, paths('bundled'));
    await feed.publish(technologies(13));
    await writeFile(paths('v2.bundle'), bundleOf(feed, 2));
    const kiosk = await open({ acceptBundles: false, dataFolder: paths('kiosk') });
    expect(await kiosk.service.importUpdate(paths('v2.bundle'))).toMatchObject({ status: 'refused', failure: { code: 'bundles-not-accepted' } });
    const desk = await open();
    expect(await desk.service.importUpdate(paths('v2.bundle'))).toMatchObject({ status: 'applied', info: { version: 2, source: 'bundle', sourceLabel: 'v2.bundle' } });
  });
});
