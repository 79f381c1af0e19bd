import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeBundle } from '../../shared/feed/bundle';
import { snapshotFileOf } from '../../shared/feed/objects';
import { createMemoryFeed, type MemoryFeed } from '../../shared/feed/testing/memoryFeed';
import { technologies, temporaryFolder, trustOf, writeFeedFolder } from '../../tests/fixtures/feed/feedFolder';
import { openDeskSync } from './deskSync';

let work: { path: string; remove(): Promise<void> };
let feed: MemoryFeed;
const paths = (name: string) => join(work.path, name);

beforeEach(async () => {
  work = await temporaryFolder('desk-sync');
  feed = await createMemoryFeed('dttc-desk');
});
afterEach(async () => {
  await work.remove();
});

const open = () => openDeskSync({ dataFolder: paths('data'), bundledFeedFolder: paths('bundled'), trust: trustOf(feed), appVersion: '0.1.0', acceptBundles: true });

/** A bundle as `kb bundle` writes it: the manifest, the key list and the snapshot only (no delta). */
function snapshotOnlyBundle(version: number): Uint8Array {
  const published = feed.versions.get(version);
  if (!published) throw new Error(`version ${version} was not published`);
  const snapshot = snapshotFileOf(published.manifest);
  return encodeBundle({
    keysBytes: feed.signedKeys.keysBytes,
    keysSignature: feed.signedKeys.keysSignature,
    manifestBytes: published.manifestBytes,
    manifestSignature: published.manifestSignature,
    objects: new Map([[snapshot.sha256, feed.files.get(snapshot.name)!]]),
  });
}

describe('desk sync', () => {
  it('imports a snapshot-only bundle onto the previous version (the manifest lists a delta the bundle does not hold)', async () => {
    await feed.publish(technologies(10));
    await writeFeedFolder(feed, paths('bundled'));
    await feed.publish(technologies(11));
    const { sync } = await open();
    expect(sync.status().installed?.version).toBe(1);
    // Imported by hand: first the preview (what it is, who signed it, what it changes), nothing applied yet.
    const previewed = await sync.importBytes(snapshotOnlyBundle(2));
    expect(previewed).toEqual({
      status: 'needs-confirmation',
      question: { kind: 'preview', version: 2, issuedAt: expect.any(String), feedId: 'dttc-desk', signer: expect.any(String), source: 'bundle', added: 1, updated: 0, withdrawn: 0, total: 11, largeWithdrawal: false },
    });
    expect(sync.status().installed?.version).toBe(1);
    expect(await sync.importBytes(snapshotOnlyBundle(2), { kind: 'preview', version: 2 })).toEqual({ status: 'applied', version: 2, added: 1, updated: 0, withdrawn: 0 });
    expect(sync.whatsNew()?.added).toMatchObject([{ id: 't-00011', title: { en: 'Technology 11 first' } }]);
    expect(sync.status()).toMatchObject({ activity: { state: 'applied', version: 2 }, busy: false, installed: { version: 2, entryCount: 11 } });
  });

  it('asks before a large withdrawal, applies only the confirmed question, and keeps the withdrawn titles', async () => {
    await feed.publish(technologies(8));
    await writeFeedFolder(feed, paths('bundled'));
    await feed.publish(technologies(4));
    const { sync } = await open();
    const bytes = snapshotOnlyBundle(2);

    const first = await sync.importBytes(bytes);
    expect(first).toMatchObject({ status: 'needs-confirmation', question: { kind: 'preview', version: 2, withdrawn: 4, total: 4, largeWithdrawal: true } });
    expect(sync.status().installed?.version).toBe(1);

    const otherVersion = await sync.importBytes(bytes, { kind: 'preview', version: 3 });
    expect(otherVersion.status).toBe('needs-confirmation');
    expect(sync.status().installed?.version).toBe(1);

    // The preview warned of the withdrawal: confirming it applies the update.
    expect(await sync.importBytes(bytes, { kind: 'preview', version: 2 })).toMatchObject({ status: 'applied', version: 2, withdrawn: 4 });
    const news = sync.whatsNew();
    expect(news?.withdrawn.map((entry) => entry.title.en)).toEqual(['Technology 5 first', 'Technology 6 first', 'Technology 7 first', 'Technology 8 first']);

    // After a restart the withdrawn titles are still known (the catalogue in use no longer has them).
    sync.stop();
    const reopened = await open();
    expect(reopened.sync.whatsNew()?.withdrawn[0]).toMatchObject({ id: 't-00005', title: { en: 'Technology 5 first' } });
  });

  it('applies without a preview in a run nobody started by hand (the scheduler\'s), but still asks about a large withdrawal', async () => {
    await feed.publish(technologies(10));
    await writeFeedFolder(feed, paths('bundled'));
    await feed.publish(technologies(11));
    await feed.publish(technologies(2));
    const { sync } = await open();
    const bundle = paths('v2.bundle');
    await writeFile(bundle, snapshotOnlyBundle(2));
    expect(await sync.service.importUpdate(bundle)).toMatchObject({ status: 'applied', info: { version: 2 } });
    await writeFile(bundle, snapshotOnlyBundle(3));
    expect(await sync.service.importUpdate(bundle)).toMatchObject({ status: 'refused', failure: { code: 'withdrawal-not-confirmed' } });
    expect(sync.status().installed?.version).toBe(2);
  });

  it('keeps the update settings across restarts, and None refuses Check now', async () => {
    await feed.publish(technologies(3));
    await writeFeedFolder(feed, paths('bundled'));
    const { sync } = await open();
    expect(sync.status()).toMatchObject({ mode: 'manual', feedUrl: undefined });
    expect(await sync.check()).toMatchObject({ status: 'refused', code: 'sync-disabled' });
    await sync.updateSettings({ mode: 'none', feedUrl: 'http://127.0.0.1:9/feed/' });
    sync.stop();
    const reopened = await open();
    expect(reopened.sync.status()).toMatchObject({ mode: 'none', feedUrl: 'http://127.0.0.1:9/feed/' });
    expect(await reopened.sync.check()).toMatchObject({ status: 'refused', code: 'sync-disabled' });
    expect(reopened.sync.status().activity).toMatchObject({ state: 'failed', code: 'sync-disabled' });
    await reopened.sync.updateSettings({ feedUrl: null });
    expect(reopened.sync.status().feedUrl).toBeUndefined();
  });
});
