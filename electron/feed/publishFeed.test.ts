import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, readFile, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { readBundle } from '../../shared/feed/bundle';
import { feedIdSchema, type Manifest } from '../../shared/feed/format';
import { snapshotFileOf, verifySnapshotObject } from '../../shared/feed/objects';
import { parseTrustFile } from '../../shared/feed/trustAnchor';
import { verifyManifest } from '../../shared/feed/verify';
import { bundleFeed } from './bundleFeed';
import { generateFeedKeys } from './generateKeys';
import { readPrivateKeyFile } from './keyFile';
import { publishFeed, type PublishReport } from './publishFeed';
import { pruneFeed } from './pruneFeed';

const HEADER = 'id,title_en,summary_en,lab,domain,updated,status';
const row = (id: string, title: string, status = 'active') => `${id},${title},A summary of ${title}.,DTTC,Testing,2026-01-10,${status}`;

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'feed-publish-'));
  await mkdir(join(folder, 'sheet'));
});
afterEach(async () => rm(folder, { recursive: true, force: true }));

const paths = () => ({ sheet: join(folder, 'sheet'), keys: join(folder, 'keys'), feed: join(folder, 'feed') });

async function writeSheet(rows: string[]): Promise<void> {
  await writeFile(join(paths().sheet, 'technologies.csv'), [HEADER, ...rows].join('\n') + '\n');
}

async function publish(extra: { now?: Date; refresh?: boolean } = {}): Promise<PublishReport> {
  const { sheet, keys, feed } = paths();
  return publishFeed({ spreadsheetFolder: sheet, privateKeyPath: join(keys, 'feed.key'), feedFolder: feed, keysFolder: keys, ...extra });
}

async function snapshotOfFolder(root: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  async function walk(directory: string) {
    for (const entry of await readdir(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) await walk(path);
      else files.set(relative(root, path), (await readFile(path)).toString('base64') + `@${(await stat(path)).mtimeMs}`);
    }
  }
  await walk(root);
  return files;
}

async function verifyFolder(feed: string, keysFolder: string, currentVersion?: number) {
  const trust = parseTrustFile(new Uint8Array(await readFile(join(keysFolder, 'trust.json'))));
  if (!trust.ok) throw new Error(trust.error.message);
  const read = (name: string) => readFile(join(feed, name)).then((bytes) => new Uint8Array(bytes));
  return verifyManifest({
    rootPublicKey: trust.value.rootPublicKey,
    expectedFeedId: trust.value.feedId,
    keysBytes: await read('keys.json'),
    keysSignature: await read('keys.json.sig'),
    manifestBytes: await read('manifest.json'),
    manifestSignature: await read('manifest.json.sig'),
    currentVersion,
    now: new Date(),
    appVersion: '0.1.0',
  });
}

describe('kb keygen', () => {
  it('writes private keys readable only by their owner and never overwrites them', async () => {
    const report = await generateFeedKeys({ outFolder: paths().keys, feedId: feedIdSchema.parse('test-feed') });
    expect(report.ok).toBe(true);
    for (const name of ['root.key', 'feed.key']) expect((await stat(join(paths().keys, name))).mode & 0o777).toBe(0o600);
    expect((await stat(join(paths().keys, 'keys.json'))).mode & 0o777).toBe(0o644);
    const key = await readPrivateKeyFile(join(paths().keys, 'feed.key'));
    expect(key).toMatchObject({ ok: true, key: { role: 'feed', feedId: 'test-feed' } });
    const before = await readFile(join(paths().keys, 'root.key'));
    expect(await generateFeedKeys({ outFolder: paths().keys, feedId: feedIdSchema.parse('test-feed') })).toMatchObject({ ok: false });
    expect(await readFile(join(paths().keys, 'root.key'))).toEqual(before);
  });

  it('reports an unreadable key file plainly', async () => {
    expect(await readPrivateKeyFile(join(folder, 'missing.key'))).toMatchObject({ ok: false, message: expect.stringContaining('does not exist') });
    await writeFile(join(folder, 'bad.key'), 'garbage');
    expect(await readPrivateKeyFile(join(folder, 'bad.key'))).toMatchObject({ ok: false, message: expect.stringContaining('not a key file') });
  });
});

describe('kb publish', () => {
  beforeEach(async () => {
    await generateFeedKeys({ outFolder: paths().keys, feedId: feedIdSchema.parse('test-feed') });
  });

  it('publishes a verifiable first version, and publishing again changes nothing', async () => {
    await writeSheet([row('tech-one', 'One'), row('tech-two', 'Two'), row('tech-old', 'Old', 'withdrawn')]);
    const first = await publish();
    expect(first).toMatchObject({ status: 'published', manifest: { version: 1, counts: { technology: 2 }, changes: { added: ['tech-one', 'tech-two'] } } });
    const verdict = await verifyFolder(paths().feed, paths().keys);
    expect(verdict).toMatchObject({ ok: true, status: 'newer', manifest: { version: 1 } });

    const before = await snapshotOfFolder(paths().feed);
    expect(await publish({ now: new Date(Date.now() + 86_400_000) })).toMatchObject({ status: 'unchanged', manifest: { version: 1 } });
    expect(await snapshotOfFolder(paths().feed)).toEqual(before);
  });

  it('publishes the next version with a delta, and the manifest names what changed', async () => {
    await writeSheet([row('tech-one', 'One'), row('tech-two', 'Two')]);
    await publish();
    await writeSheet([row('tech-one', 'One improved'), row('tech-two', 'Two', 'withdrawn'), row('tech-three', 'Three')]);
    const second = await publish();
    expect(second).toMatchObject({ status: 'published', manifest: { version: 2, changes: { added: ['tech-three'], updated: ['tech-one'], withdrawn: ['tech-two'] } } });
    const verdict = await verifyFolder(paths().feed, paths().keys, 1);
    if (!verdict.ok) throw new Error(verdict.error.message);
    const manifest: Manifest = verdict.manifest;
    expect(manifest.files.map((file) => file.role)).toEqual(['snapshot', 'delta']);
    const snapshot = await verifySnapshotObject(new Uint8Array(await readFile(join(paths().feed, snapshotFileOf(manifest).name))), manifest);
    expect(snapshot.ok && snapshot.value.entries.map((entry) => entry.id)).toEqual(['tech-one', 'tech-three']);
  });

  it('publishes nothing while the spreadsheet has problems, and lists them all', async () => {
    await writeSheet([row('tech-one', 'One')]);
    await publish();
    const before = await snapshotOfFolder(paths().feed);
    await writeSheet([row('Bad Id', 'One'), 'tech-two,,summary,DTTC,Testing,2026-13-01,active']);
    const report = await publish();
    expect(report.status).toBe('invalid');
    expect(report.status === 'invalid' && report.problems.length).toBeGreaterThanOrEqual(3);
    expect(await snapshotOfFolder(paths().feed)).toEqual(before);
  });

  it('refuses the root key, a missing key list and a key that keys.json does not list', async () => {
    await writeSheet([row('tech-one', 'One')]);
    const { sheet, keys, feed } = paths();
    expect(await publishFeed({ spreadsheetFolder: sheet, privateKeyPath: join(keys, 'root.key'), feedFolder: feed, keysFolder: keys })).toMatchObject({ status: 'refused', message: expect.stringContaining('root key') });
    expect(await publishFeed({ spreadsheetFolder: sheet, privateKeyPath: join(keys, 'feed.key'), feedFolder: feed })).toMatchObject({ status: 'refused', message: expect.stringContaining('--keys') });
    await generateFeedKeys({ outFolder: join(folder, 'other'), feedId: feedIdSchema.parse('test-feed') });
    expect(await publishFeed({ spreadsheetFolder: sheet, privateKeyPath: join(folder, 'other', 'feed.key'), feedFolder: feed, keysFolder: keys })).toMatchObject({
      status: 'refused',
      message: expect.stringContaining('not listed in keys.json'),
    });
  });
});

describe('kb bundle and kb prune', () => {
  beforeEach(async () => {
    await generateFeedKeys({ outFolder: paths().keys, feedId: feedIdSchema.parse('test-feed') });
  });

  it('bundles the latest version into one file that reads back and verifies', async () => {
    await writeSheet([row('tech-one', 'One')]);
    await publish();
    const out = join(folder, 'update.dttc');
    expect(await bundleFeed({ feedFolder: paths().feed, outFile: out })).toMatchObject({ ok: true, manifest: { version: 1 } });
    const bundle = readBundle(new Uint8Array(await readFile(out)));
    if (!bundle.ok) throw new Error(bundle.error.message);
    const trust = parseTrustFile(new Uint8Array(await readFile(join(paths().keys, 'trust.json'))));
    if (!trust.ok) throw new Error(trust.error.message);
    const verdict = await verifyManifest({ ...bundle.value, rootPublicKey: trust.value.rootPublicKey, expectedFeedId: trust.value.feedId, currentVersion: undefined, now: new Date(), appVersion: '0.1.0' });
    if (!verdict.ok) throw new Error(verdict.error.message);
    const snapshot = snapshotFileOf(verdict.manifest);
    expect((await verifySnapshotObject(bundle.value.objects.get(snapshot.sha256)!, verdict.manifest)).ok).toBe(true);
    expect(await bundleFeed({ feedFolder: join(folder, 'nowhere'), outFile: join(folder, 'x') })).toMatchObject({ ok: false });
  });

  it('prunes only objects neither the manifest nor the publish history needs', async () => {
    for (let version = 1; version <= 13; version += 1) {
      await writeSheet([row('tech-one', `One ${version}`)]);
      await publish();
    }
    const objectsBefore = await readdir(join(paths().feed, 'objects'));
    await writeFile(join(paths().feed, 'objects', 'notes.txt'), 'not an object');
    const dry = await pruneFeed({ feedFolder: paths().feed, dryRun: true });
    expect(await readdir(join(paths().feed, 'objects'))).toHaveLength(objectsBefore.length + 1);
    const report = await pruneFeed({ feedFolder: paths().feed });
    expect(report).toEqual(dry);
    if (!report.ok) throw new Error(report.message);
    // 13 snapshots and 1+2+…+10 + 10+10 deltas were written; kept: 10 snapshots (history) and the 10 current deltas.
    expect(report.kept).toBe(20);
    expect(report.removed.length).toBe(objectsBefore.length - 20);
    expect(await readdir(join(paths().feed, 'objects'))).toContain('notes.txt');
    // The feed still verifies and the next publish still finds every snapshot it needs.
    expect((await verifyFolder(paths().feed, paths().keys, 12)).ok).toBe(true);
    await writeSheet([row('tech-one', 'One 14')]);
    const next = await publish();
    expect(next.status === 'published' && next.manifest.files.filter((file) => file.role === 'delta')).toHaveLength(10);
  });
});
