import { describe, expect, it } from 'vitest';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bytesToBase64 } from '../../shared/feed/encoding';
import { generateKeyPair } from '../../shared/feed/signing';
import { verifyManifest } from '../../shared/feed/verify';
import { readSpreadsheetFolder } from '../node/readSpreadsheetFolder';
import { publishVersion } from '../../shared/feed/publishVersion';
import { readKeysFiles, readLatestVersion, readRetainedSnapshots, readHistory } from './feedFolder';
import { readPrivateKeyFile } from './keyFile';
import { loadTrustAnchor, SAMPLE_ROOT_PUBLIC_KEY } from './loadTrustAnchor';

const RESOURCES = join(import.meta.dirname, '..', '..', 'resources');

describe('loadTrustAnchor', () => {
  it('uses the bundled SAMPLE trust file by default and says it is the sample', async () => {
    const loaded = await loadTrustAnchor(RESOURCES, {});
    expect(loaded).toMatchObject({ ok: true, source: 'bundled', isSample: true, anchor: { feedId: 'dttc-catalogue' } });
    expect(loaded.ok && bytesToBase64(loaded.anchor.rootPublicKey)).toBe(SAMPLE_ROOT_PUBLIC_KEY);
  });

  it('lets a build pin another root key by environment or trust file', async () => {
    const own = await generateKeyPair();
    const fromEnvironment = await loadTrustAnchor(RESOURCES, { DTTC_ROOT_PUBLIC_KEY: bytesToBase64(own.publicKey), DTTC_FEED_ID: 'acme-feed' });
    expect(fromEnvironment).toMatchObject({ ok: true, source: 'environment', isSample: false, anchor: { feedId: 'acme-feed', rootPublicKey: own.publicKey } });

    const folder = await mkdtemp(join(tmpdir(), 'trust-'));
    const path = join(folder, 'trust.json');
    await writeFile(path, JSON.stringify({ format: 'dttc-feed-trust/1', feedId: 'acme-feed', rootPublicKey: bytesToBase64(own.publicKey) }));
    expect(await loadTrustAnchor(RESOURCES, { DTTC_TRUST_FILE: path })).toMatchObject({ ok: true, source: 'trust-file', isSample: false, anchor: { feedId: 'acme-feed' } });
  });

  it('refuses a malformed pinned key plainly', async () => {
    expect(await loadTrustAnchor(RESOURCES, { DTTC_ROOT_PUBLIC_KEY: 'not-a-key' })).toMatchObject({ ok: false, message: expect.stringContaining('DTTC_ROOT_PUBLIC_KEY') });
    expect(await loadTrustAnchor(RESOURCES, { DTTC_TRUST_FILE: '/nonexistent/trust.json' })).toMatchObject({ ok: false, message: expect.stringContaining('cannot be read') });
    const folder = await mkdtemp(join(tmpdir(), 'trust-'));
    await writeFile(join(folder, 'trust.json'), '{"format":"dttc-feed-trust/1","feedId":"x","rootPublicKey":"AAAA"}');
    expect(await loadTrustAnchor(RESOURCES, { DTTC_TRUST_FILE: join(folder, 'trust.json') })).toMatchObject({ ok: false });
  });
});

describe('the bundled catalogue feed (resources/feed)', () => {
  it('verifies against the pinned trust anchor', async () => {
    const loaded = await loadTrustAnchor(RESOURCES, {});
    if (!loaded.ok) throw new Error(loaded.message);
    const read = (name: string) => readFile(join(RESOURCES, 'feed', name)).then((bytes) => new Uint8Array(bytes));
    const verdict = await verifyManifest({
      rootPublicKey: loaded.anchor.rootPublicKey,
      expectedFeedId: loaded.anchor.feedId,
      keysBytes: await read('keys.json'),
      keysSignature: await read('keys.json.sig'),
      manifestBytes: await read('manifest.json'),
      manifestSignature: await read('manifest.json.sig'),
      currentVersion: undefined,
      now: new Date(),
      appVersion: '0.1.0',
    });
    expect(verdict).toMatchObject({ ok: true, status: 'newer' });
  });

  it('is up to date with resources/catalogue (else run: npm run publish:bundled)', async () => {
    const spreadsheet = await readSpreadsheetFolder(join(RESOURCES, 'catalogue'));
    if (!spreadsheet.ok) throw new Error(`resources/catalogue has problems: ${spreadsheet.problems.length}`);
    const feedFolder = join(RESOURCES, 'feed');
    const keys = await readKeysFiles(feedFolder);
    const latest = await readLatestVersion(feedFolder);
    const history = await readHistory(feedFolder);
    if (!keys.ok || !keys.value || !latest.ok || !latest.value || !history.ok) throw new Error('resources/feed is incomplete');
    const snapshots = await readRetainedSnapshots(feedFolder, latest.value.manifest, history.value);
    if (!snapshots.ok) throw new Error(snapshots.message);
    // What `npm run publish:bundled` would do now: nothing, if resources/feed is current.
    const outcome = await publishVersion({
      keyList: keys.value.keyList,
      feedPrivateKey: await readSampleFeedKey(),
      entries: spreadsheet.entries,
      glossary: spreadsheet.glossary,
      previous: { manifest: latest.value.manifest, ...snapshots.value },
      now: new Date(),
      minAppVersion: '0.1.0',
    });
    expect(outcome).toMatchObject({ ok: true, status: 'unchanged' });
  });
});

async function readSampleFeedKey(): Promise<Uint8Array> {
  const key = await readPrivateKeyFile(join(RESOURCES, 'sample-keys', 'feed.key'));
  if (!key.ok) throw new Error(key.message);
  return key.key.pkcs8;
}
