// kill -9 of a process applying an update, at random moments, many times: after each, the store
// opened again holds wholly the old or wholly the new catalogue, it verifies, and staging is empty.
import { spawn } from 'node:child_process';
import { cp, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { canonicalJson } from '../../shared/feed/canonicalJson';
import { bytesToBase64 } from '../../shared/feed/encoding';
import { TRUST_FORMAT } from '../../shared/feed/trustAnchor';
import { createMemoryFeed, type MemoryFeed } from '../../shared/feed/testing/memoryFeed';
import { createFolderFeedSource } from '../../electron/sync/folderFeedSource';
import { openSyncClient } from '../../electron/sync/openSyncClient';
import { technologies, temporaryFolder, trustOf, writeFeedFolder } from '../fixtures/feed/feedFolder';

// DTTC_CRASH_RUNS lowers it on a loaded machine; 30 is the standard.
const RUNS = Number(process.env.DTTC_CRASH_RUNS ?? 30);
let work: { path: string; remove(): Promise<void> };
let feed: MemoryFeed;
const paths = (name: string) => join(work.path, name);

beforeAll(async () => {
  work = await temporaryFolder('crash');
  feed = await createMemoryFeed('dttc-crash');
  await writeFile(paths('trust.json'), JSON.stringify({ format: TRUST_FORMAT, feedId: feed.feedId, rootPublicKey: bytesToBase64(feed.root.publicKey) }));
  // Big enough that applying takes a while: version 2 changes a third of 3,000 entries.
  await feed.publish(technologies(3_000));
  await writeFeedFolder(feed, paths('feed'));
  const template = await openSyncClient({ dataFolder: paths('template'), trust: trustOf(feed), appVersion: '0.1.0' });
  expect(await template.update(createFolderFeedSource(paths('feed'), 'feed'))).toMatchObject({ status: 'applied' });
  await feed.publish([...technologies(2_000), ...technologies(1_000, 'changed', 2_001), ...technologies(300, 'first', 3_001)]);
  await writeFeedFolder(feed, paths('feed'));
}, 120_000);
afterAll(() => work?.remove());

/** Runs the child; kills it `delayMs` after it says "ready" (or lets it finish when undefined). Returns ms from ready to exit. */
function runChild(dataFolder: string, delayMs: number | undefined): Promise<{ killed: boolean; elapsedMs: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/fixtures/feed/crashChild.ts', dataFolder, paths('feed'), paths('trust.json')], { stdio: ['ignore', 'pipe', 'pipe'] });
    let readyAt = 0;
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      if (readyAt || !chunk.toString().includes('ready')) return;
      readyAt = Date.now();
      if (delayMs !== undefined) setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve({ killed: true, elapsedMs: Date.now() - readyAt });
      else if (code === 0) resolve({ killed: false, elapsedMs: Date.now() - readyAt });
      else reject(new Error(`the child failed (${code}): ${stderr}`));
    });
  });
}

it(`leaves wholly the old or wholly the new catalogue after kill -9 at ${RUNS} random moments`, async () => {
  const versions = new Map([...feed.versions].map(([version, published]) => [version, canonicalJson(published.entries)]));
  const calibration = paths('calibration');
  await cp(paths('template'), calibration, { recursive: true });
  const { elapsedMs: applyMs } = await runChild(calibration, undefined);

  const seen = { old: 0, new: 0 };
  for (let run = 0; run < RUNS; run += 1) {
    const dataFolder = paths(`run-${run}`);
    await cp(paths('template'), dataFolder, { recursive: true });
    // Uniform over the whole apply, and a little past it.
    const delayMs = Math.floor(Math.random() * applyMs * 1.1);
    await runChild(dataFolder, delayMs);

    const reopened = await openSyncClient({ dataFolder, trust: trustOf(feed), appVersion: '0.1.0' });
    expect(reopened.loadNotice, `run ${run} (killed after ${delayMs} ms)`).toBeUndefined();
    const current = reopened.current();
    expect(current, `run ${run}`).toBeDefined();
    expect([1, 2]).toContain(current!.info.version);
    expect(canonicalJson(current!.entries), `run ${run}: the entries are exactly those of version ${current!.info.version}`).toBe(versions.get(current!.info.version));
    expect(await readdir(join(dataFolder, 'catalogue', 'staging')), `run ${run}: staging cleaned`).toEqual([]);
    expect((await readdir(join(dataFolder, 'catalogue', 'versions'))).length).toBeLessThanOrEqual(2);
    if (current!.info.version === 1) {
      seen.old += 1;
      // The interrupted update still applies cleanly afterwards (checked once: it is the slow part).
      if (seen.old === 1)
        expect(await reopened.update(createFolderFeedSource(paths('feed'), 'feed'))).toMatchObject({ status: 'applied', info: { version: 2 } });
    } else seen.new += 1;
    await rm(dataFolder, { recursive: true, force: true });
  }
  console.log(`crash test: apply takes ~${applyMs} ms; after ${RUNS} kills: ${seen.old} wholly old, ${seen.new} wholly new`);
  expect(seen.old + seen.new).toBe(RUNS);
}, 600_000);
