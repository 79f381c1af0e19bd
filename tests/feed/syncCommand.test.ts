// `kb sync` as a script would run it: a separate process, its output and exit code.
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bytesToBase64 } from '../../shared/feed/encoding';
import { TRUST_FORMAT } from '../../shared/feed/trustAnchor';
import { createMemoryFeed, type MemoryFeed } from '../../shared/feed/testing/memoryFeed';
import { bundleOf, technologies, temporaryFolder, writeFeedFolder } from '../fixtures/feed/feedFolder';

const run = promisify(execFile);
let work: { path: string; remove(): Promise<void> };
let feed: MemoryFeed;

async function kb(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'electron/cli/kb.ts', ...args], { cwd: process.cwd() });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

beforeAll(async () => {
  work = await temporaryFolder('kb-sync');
  feed = await createMemoryFeed('dttc-cli');
  await writeFile(join(work.path, 'trust.json'), JSON.stringify({ format: TRUST_FORMAT, feedId: feed.feedId, rootPublicKey: bytesToBase64(feed.root.publicKey) }));
});
afterAll(() => work.remove());

describe('kb sync', () => {
  it('installs, reports changes, refuses a large withdrawal without --yes, and applies it with --yes', async () => {
    const data = join(work.path, 'data');
    const trust = ['--trust', join(work.path, 'trust.json')];
    await feed.publish(technologies(8));
    await writeFeedFolder(feed, join(work.path, 'feed'));
    const first = await kb('sync', join(work.path, 'feed'), '--data', data, ...trust);
    expect(first.stderr).not.toMatch(/at .*\.ts:\d+/);
    expect(first).toMatchObject({ code: 0, stdout: expect.stringContaining('changes: 8 added, 0 updated, 0 withdrawn') });

    const again = await kb('sync', join(work.path, 'feed'), '--data', data, ...trust);
    expect(again).toMatchObject({ code: 0, stdout: expect.stringContaining('up to date: feed dttc-cli version 1') });

    await feed.publish(technologies(3));
    await writeFile(join(work.path, 'v2.bundle'), bundleOf(feed, 2));
    const refused = await kb('sync', join(work.path, 'v2.bundle'), '--data', data, ...trust);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('refused (withdrawal-not-confirmed)');
    expect(refused.stderr).toContain('run again with --yes');
    expect(refused.stderr).toContain('The catalogue in use is unchanged: version 1.');

    const applied = await kb('sync', join(work.path, 'v2.bundle'), '--data', data, ...trust, '--yes');
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain('changes: 0 added, 0 updated, 5 withdrawn');
    expect(applied.stdout).toContain('withdrawn: t-00004 t-00005 t-00006 t-00007 t-00008');
  });

  it('explains bad usage and a missing trust file without a stack trace', async () => {
    expect(await kb('sync', 'http://127.0.0.1:9/feed/')).toMatchObject({ code: 2, stderr: expect.stringContaining('usage: kb sync') });
    const missing = await kb('sync', 'http://127.0.0.1:9/feed/', '--data', join(work.path, 'other'), '--trust', join(work.path, 'nope.json'));
    expect(missing).toMatchObject({ code: 2, stderr: expect.stringContaining('nope.json does not exist') });
  });
});
