import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryFeed, type MemoryFeed } from '../../shared/feed/testing/memoryFeed';
import { bundleOf, technologies, temporaryFolder, trustOf, writeFeedFolder } from '../../tests/fixtures/feed/feedFolder';
import { createBundleFeedSource } from './bundleFeedSource';
import { createFolderFeedSource } from './folderFeedSource';
import { openSyncClient, type OpenSyncClientOptions } from './openSyncClient';
import type { ConfirmQuestion } from './syncClient';
import type { SyncProgress } from './syncProgress';

let work: { path: string; remove(): Promise<void> };
let feed: MemoryFeed;
const feedFolder = () => join(work.path, 'feed');
const dataFolder = () => join(work.path, 'data');

beforeEach(async () => {
  work = await temporaryFolder('sync-client');
  feed = await createMemoryFeed('dttc-test');
});
afterEach(() => work.remove());

async function publishAndWrite(entries = technologies(20), options: Parameters<MemoryFeed['publish']>[1] = {}) {
  const manifest = await feed.publish(entries, options);
  await writeFeedFolder(feed, feedFolder());
  return manifest;
}

function open(extra: Partial<OpenSyncClientOptions> = {}) {
  return openSyncClient({ dataFolder: dataFolder(), trust: trustOf(feed), appVersion: '0.1.0', ...extra });
}

describe('sync client', () => {
  it('installs the first version, then applies a delta, and reloads it verified', async () => {
    await publishAndWrite(technologies(20));
    const client = await open();
    expect(client.current()).toBeUndefined();
    const first = await client.update(createFolderFeedSource(feedFolder(), 'feed'));
    expect(first).toMatchObject({ status: 'applied', info: { version: 1, entryCount: 20 } });

    const next = [...technologies(18), ...technologies(2, 'changed', 19), ...technologies(3, 'first', 21)];
    await publishAndWrite(next);
    const events: SyncProgress[] = [];
    const again = await open({ onProgress: (event) => events.push(event) });
    const second = await again.update(createFolderFeedSource(feedFolder(), 'feed'));
    expect(second).toMatchObject({ status: 'applied', info: { version: 2, entryCount: 23 } });
    expect(events.some((event) => event.stage === 'downloading' && event.what === 'delta')).toBe(true);
    expect(events.some((event) => event.stage === 'downloading' && event.what === 'snapshot')).toBe(false);
    expect(again.current()?.info.changes).toEqual({ added: ['t-00021', 't-00022', 't-00023'], updated: ['t-00019', 't-00020'], withdrawn: [] });

    const reloaded = await open();
    expect(reloaded.loadNotice).toBeUndefined();
    expect(reloaded.current()?.entries.map((entry) => entry.title.en)).toEqual(next.map((entry) => entry.title.en));
    expect(await reloaded.update(createFolderFeedSource(feedFolder(), 'feed'))).toMatchObject({ status: 'up-to-date', info: { version: 2 } });
  });

  it('carries the glossary with the catalogue: a changed glossary alone is a new version, applied by delta and verified on reload', async () => {
    const first = { groups: [{ terms: ['radar', 'रडार'] }], subjectAreas: [{ key: 'Radar', en: 'Radar', hi: 'रडार' }], labs: [] };
    const second = { ...first, groups: [...first.groups, { terms: ['testing', 'परीक्षण'], kind: 'consultancy' as const }] };
    await publishAndWrite(technologies(20), { glossary: first });
    const client = await open();
    await client.update(createFolderFeedSource(feedFolder(), 'feed'));
    expect(client.current()?.glossary).toEqual(first);

    const manifest = await publishAndWrite(technologies(20), { glossary: second });
    expect(manifest.version).toBe(2);
    const events: SyncProgress[] = [];
    const again = await open({ onProgress: (event) => events.push(event) });
    expect(await again.update(createFolderFeedSource(feedFolder(), 'feed'))).toMatchObject({ status: 'applied', info: { version: 2 } });
    expect(events.some((event) => event.stage === 'downloading' && event.what === 'snapshot')).toBe(false);
    expect(again.current()?.glossary).toEqual(second);
    expect((await open()).current()?.glossary).toEqual(second);

    // Unchanged entries and glossary publish nothing new.
    expect((await publishAndWrite(technologies(20), { glossary: second })).version).toBe(2);
  });

  it('asks before withdrawing more than a quarter of the entries, and leaves the catalogue alone on no', async () => {
    await publishAndWrite(technologies(20));
    const questions: ConfirmQuestion[] = [];
    let answer = false;
    // The preview (asked of every update) is answered yes here: this test is about the withdrawal.
    const client = await open({ confirm: async (question) => (question.kind === 'preview' ? true : (questions.push(question), answer)) });
    await client.update(createFolderFeedSource(feedFolder(), 'feed'));
    await publishAndWrite(technologies(14));
    const refused = await client.update(createFolderFeedSource(feedFolder(), 'feed'));
    expect(refused).toMatchObject({ status: 'refused', failure: { code: 'withdrawal-not-confirmed' } });
    expect(questions).toEqual([{ kind: 'large-withdrawal', version: 2, withdrawn: 6, total: 20 }]);
    expect((await open()).current()?.info.version).toBe(1);
    answer = true;
    expect(await client.update(createFolderFeedSource(feedFolder(), 'feed'))).toMatchObject({ status: 'applied', info: { version: 2, entryCount: 14 } });
  });

  it('refuses a replayed older version', async () => {
    await publishAndWrite(technologies(5));
    const oldFolder = join(work.path, 'old');
    await writeFeedFolder(feed, oldFolder);
    await publishAndWrite(technologies(6));
    const client = await open();
    await client.update(createFolderFeedSource(feedFolder(), 'feed'));
    expect(await client.update(createFolderFeedSource(oldFolder, 'feed'))).toMatchObject({ status: 'refused', failure: { code: 'manifest-rollback' } });
    expect(client.current()?.info.version).toBe(2);
  });

  it('applies an expired bundle only when staff confirm, labelled "as of" its issue time', async () => {
    const issued = new Date(Date.now() - 200 * 86_400_000);
    await publishAndWrite(technologies(5), { now: issued, expiresDays: 90 });
    const bundlePath = join(work.path, 'update.dttc-bundle');
    await writeFile(bundlePath, bundleOf(feed, 1));

    const kiosk = await open({ acceptBundles: false, confirm: async () => true });
    expect(await kiosk.update(createBundleFeedSource(bundlePath))).toMatchObject({ status: 'refused', failure: { code: 'bundles-not-accepted' } });

    const declining = await open({ confirm: async () => false });
    expect(await declining.update(createBundleFeedSource(bundlePath))).toMatchObject({ status: 'refused', failure: { code: 'expired-bundle-not-confirmed' } });
    expect(declining.current()).toBeUndefined();

    const questions: ConfirmQuestion[] = [];
    const confirming = await open({ confirm: async (question) => (questions.push(question), true) });
    const applied = await confirming.update(createBundleFeedSource(bundlePath));
    expect(applied).toMatchObject({ status: 'applied', info: { version: 1, asOf: issued.toISOString(), source: 'bundle' } });
    expect(questions[0]).toMatchObject({ kind: 'expired-bundle', version: 1 });
  });

  it('refuses a bundle that is not one, without touching the catalogue', async () => {
    await publishAndWrite(technologies(5));
    const client = await open();
    await client.update(createFolderFeedSource(feedFolder(), 'feed'));
    const junk = join(work.path, 'junk.bin');
    await writeFile(junk, 'not a bundle');
    expect(await client.update(createBundleFeedSource(junk))).toMatchObject({ status: 'refused', failure: { code: 'bundle-malformed' } });
    expect(await client.update(createBundleFeedSource(join(work.path, 'missing.bin')))).toMatchObject({ status: 'refused', failure: { code: 'bundle-unreadable' } });
    expect(client.current()?.info.version).toBe(1);
  });

  it('does not load an installed catalogue whose files were changed on disk', async () => {
    await publishAndWrite(technologies(5));
    const client = await open();
    await client.update(createFolderFeedSource(feedFolder(), 'feed'));
    const versions = join(dataFolder(), 'catalogue', 'versions');
    const { readdir } = await import('node:fs/promises');
    const [folder] = await readdir(versions);
    await writeFile(join(versions, folder!, 'snapshot.json'), '{"tampered":true}');
    const reopened = await open();
    expect(reopened.current()).toBeUndefined();
    expect(reopened.loadNotice).toMatch(/does not match the hash recorded/);
  });

  it('cleans staging left by an interrupted run when it opens', async () => {
    const staging = join(dataFolder(), 'catalogue', 'staging');
    await mkdir(join(staging, 'half-written'), { recursive: true });
    await writeFile(join(staging, 'half-written', 'snapshot.json'), '{');
    await open();
    const { readdir } = await import('node:fs/promises');
    expect(await readdir(staging)).toEqual([]);
  });
});
