import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { feedIdSchema } from '../../shared/feed/format';
import { parseTrustFile } from '../../shared/feed/trustAnchor';
import { verifyManifest } from '../../shared/feed/verify';
import { addFeedKey } from './addFeedKey';
import { generateFeedKeys } from './generateKeys';
import { publishFeed } from './publishFeed';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'feed-rotate-'));
});
afterEach(async () => rm(folder, { recursive: true, force: true }));

async function verifyFeed(feed: string, trustFolder: string) {
  const trust = parseTrustFile(new Uint8Array(await readFile(join(trustFolder, 'trust.json'))));
  if (!trust.ok) throw new Error(trust.error.message);
  const read = async (name: string) => new Uint8Array(await readFile(join(feed, name)));
  return verifyManifest({
    rootPublicKey: trust.value.rootPublicKey,
    expectedFeedId: trust.value.feedId,
    keysBytes: await read('keys.json'),
    keysSignature: await read('keys.json.sig'),
    manifestBytes: await read('manifest.json'),
    manifestSignature: await read('manifest.json.sig'),
    currentVersion: undefined,
    now: new Date(),
    appVersion: '0.1.0',
  });
}

describe('feed key rotation', () => {
  it('adds a feed key signed by the same root; the next version is signed with it and verifies', async () => {
    const keys = join(folder, 'keys');
    const rotated = join(folder, 'rotated');
    const sheet = join(folder, 'sheet');
    const feed = join(folder, 'feed');
    await generateFeedKeys({ outFolder: keys, feedId: feedIdSchema.parse('rotate-feed') });
    await mkdir(sheet);
    await writeFile(join(sheet, 'technologies.csv'), 'id,title_en,summary_en,lab,domain,updated\ntech-one,One,A summary.,DTTC,Testing,2026-01-10\n');
    expect(await publishFeed({ spreadsheetFolder: sheet, privateKeyPath: join(keys, 'feed.key'), feedFolder: feed, keysFolder: keys })).toMatchObject({ status: 'published' });

    const added = await addFeedKey({ rootKeyPath: join(keys, 'root.key'), keysFolder: keys, outFolder: rotated });
    if (!added.ok) throw new Error(added.message);
    expect(added.listed).toHaveLength(2);

    await writeFile(join(sheet, 'technologies.csv'), 'id,title_en,summary_en,lab,domain,updated\ntech-one,One again,A summary.,DTTC,Testing,2026-01-11\n');
    const second = await publishFeed({ spreadsheetFolder: sheet, privateKeyPath: join(rotated, 'feed.key'), feedFolder: feed, keysFolder: rotated });
    expect(second).toMatchObject({ status: 'published', manifest: { version: 2, keyId: added.feedKeyId } });
    expect(await verifyFeed(feed, keys)).toMatchObject({ ok: true, manifest: { version: 2 } });
  });

  it('refuses a feed key in place of the root key, and a key list another root signed', async () => {
    const keys = join(folder, 'keys');
    const other = join(folder, 'other');
    await generateFeedKeys({ outFolder: keys, feedId: feedIdSchema.parse('rotate-feed') });
    await generateFeedKeys({ outFolder: other, feedId: feedIdSchema.parse('rotate-feed') });
    expect(await addFeedKey({ rootKeyPath: join(keys, 'feed.key'), keysFolder: keys, outFolder: join(folder, 'out1') })).toMatchObject({ ok: false, message: expect.stringContaining('only the root key') });
    expect(await addFeedKey({ rootKeyPath: join(other, 'root.key'), keysFolder: keys, outFolder: join(folder, 'out2') })).toMatchObject({ ok: false, message: expect.stringContaining('not signed by this root key') });
  });
});
