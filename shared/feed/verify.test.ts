import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalJson } from './canonicalJson';
import { utf8 } from './encoding';
import { feedIdSchema, type Manifest } from './format';
import { signKeyList } from './keyList';
import { publishVersion } from './publishVersion';
import { generateKeyPair, sign, verifySignature } from './signing';
import { verifyManifest, type ManifestCheck } from './verify';
import { createMemoryFeed, type MemoryFeed } from './testing/memoryFeed';
import { courseEntry, technologyEntry } from './testing/sampleEntries';

const NOW = new Date('2026-11-25T00:00:00.000Z');
const entries = [technologyEntry('nbc-suit'), courseEntry('drone-course')];

async function publishedFeed(): Promise<MemoryFeed> {
  const feed = await createMemoryFeed('dttc-test');
  await feed.publish(entries, { now: NOW });
  return feed;
}

function checkOf(feed: MemoryFeed, overrides: Partial<ManifestCheck> = {}): ManifestCheck {
  return {
    rootPublicKey: feed.root.publicKey,
    keysBytes: feed.files.get('keys.json')!,
    keysSignature: feed.files.get('keys.json.sig')!,
    manifestBytes: feed.files.get('manifest.json')!,
    manifestSignature: feed.files.get('manifest.json.sig')!,
    expectedFeedId: feed.feedId,
    currentVersion: undefined,
    now: NOW,
    appVersion: '0.1.0',
    ...overrides,
  };
}

/** A manifest changed and validly re-signed with the feed key: what a buggy or compromised publisher could produce. */
async function resigned(feed: MemoryFeed, change: (manifest: Manifest) => Manifest): Promise<Pick<ManifestCheck, 'manifestBytes' | 'manifestSignature'>> {
  const manifest = change(JSON.parse(new TextDecoder().decode(feed.files.get('manifest.json')!)) as Manifest);
  const manifestBytes = utf8(canonicalJson(manifest, 2));
  return { manifestBytes, manifestSignature: (await sign(feed.feedKey.privateKey, manifestBytes))! };
}

describe('signatures', () => {
  it('verifies what was signed and nothing else', async () => {
    const pair = await generateKeyPair();
    const message = utf8('manifest bytes');
    const signature = (await sign(pair.privateKey, message))!;
    expect(signature).toHaveLength(64);
    expect(await verifySignature(pair.publicKey, signature, message)).toBe(true);
    expect(await verifySignature(pair.publicKey, signature, utf8('manifest bytez'))).toBe(false);
    expect(await verifySignature((await generateKeyPair()).publicKey, signature, message)).toBe(false);
    expect(await verifySignature(pair.publicKey, signature.subarray(0, 63), message)).toBe(false);
    expect(await sign(utf8('not a key'), message)).toBeUndefined();
  });
});

describe('verifyManifest', () => {
  it('accepts a freshly published version', async () => {
    const feed = await publishedFeed();
    const verdict = await verifyManifest(checkOf(feed));
    expect(verdict).toMatchObject({ ok: true, status: 'newer', manifest: { version: 1, feedId: 'dttc-test' } });
    expect(verdict.ok && verdict.status === 'newer' ? verdict.asOf : 'none').toBeUndefined();
  });

  it('says up to date for the version in use and refuses an older one (rollback)', async () => {
    const feed = await publishedFeed();
    expect(await verifyManifest(checkOf(feed, { currentVersion: 1 }))).toMatchObject({ ok: true, status: 'up-to-date' });
    expect(await verifyManifest(checkOf(feed, { currentVersion: 2 }))).toMatchObject({ ok: false, error: { code: 'manifest-rollback' } });
  });

  it('refuses a manifest signed by a key that is not the listed one', async () => {
    const feed = await publishedFeed();
    const stranger = await generateKeyPair();
    const manifestBytes = feed.files.get('manifest.json')!;
    const manifestSignature = (await sign(stranger.privateKey, manifestBytes))!;
    expect(await verifyManifest(checkOf(feed, { manifestSignature }))).toMatchObject({ ok: false, error: { code: 'manifest-signature-invalid' } });
  });

  it('refuses a truncated or empty signature', async () => {
    const feed = await publishedFeed();
    const signature = feed.files.get('manifest.json.sig')!;
    for (const manifestSignature of [signature.subarray(0, 63), signature.subarray(0, 32), new Uint8Array()]) {
      const verdict = await verifyManifest(checkOf(feed, { manifestSignature }));
      expect(verdict).toMatchObject({ ok: false, error: { code: 'manifest-signature-invalid' } });
      expect(verdict.ok ? '' : verdict.error.message).toContain(`${manifestSignature.length} bytes`);
    }
  });

  it('refuses any one-byte change to the manifest', async () => {
    const feed = await publishedFeed();
    const original = feed.files.get('manifest.json')!;
    await fc.assert(
      fc.asyncProperty(fc.nat(original.length - 1), fc.integer({ min: 1, max: 255 }), async (index, delta) => {
        const changed = original.slice();
        changed[index] = (changed[index]! + delta) % 256;
        const verdict = await verifyManifest(checkOf(feed, { manifestBytes: changed }));
        expect(verdict.ok).toBe(false);
      }),
      { numRuns: 60 },
    );
    // A change that keeps the JSON valid is caught by the signature, not by parsing.
    const bumped = utf8(new TextDecoder().decode(original).replace('"version": 1', '"version": 9'));
    expect(await verifyManifest(checkOf(feed, { manifestBytes: bumped }))).toMatchObject({ ok: false, error: { code: 'manifest-signature-invalid' } });
  });

  it("refuses another feed's manifest, even signed by a key this feed lists", async () => {
    const feed = await publishedFeed();
    const otherKeys = (await signKeyList(feedIdSchema.parse('other-feed'), [{ publicKey: feed.feedKey.publicKey }], feed.root.privateKey))!;
    const other = await publishVersion({ keyList: otherKeys.keyList, feedPrivateKey: feed.feedKey.privateKey, entries, now: NOW, minAppVersion: '0.1.0' });
    if (!other.ok || other.status !== 'published') throw new Error('publishing the other feed failed');
    const verdict = await verifyManifest(checkOf(feed, { manifestBytes: other.manifestBytes, manifestSignature: other.manifestSignature }));
    expect(verdict).toMatchObject({ ok: false, error: { code: 'manifest-wrong-feed' } });
    // And the other feed's keys.json is refused for this feed.
    const keysVerdict = await verifyManifest(checkOf(feed, { keysBytes: otherKeys.keysBytes, keysSignature: otherKeys.keysSignature }));
    expect(keysVerdict).toMatchObject({ ok: false, error: { code: 'keys-wrong-feed' } });
  });

  it('refuses an expired manifest unless staff accept it, then labels it "as of"', async () => {
    const feed = await createMemoryFeed('dttc-test');
    await feed.publish(entries, { now: NOW, expiresDays: 10 });
    const later = new Date(NOW.getTime() + 11 * 86_400_000);
    const refused = await verifyManifest(checkOf(feed, { now: later }));
    expect(refused).toMatchObject({ ok: false, error: { code: 'manifest-expired' }, expiredManifest: { version: 1 } });
    const accepted = await verifyManifest(checkOf(feed, { now: later, acceptExpired: true }));
    expect(accepted).toMatchObject({ ok: true, status: 'newer', asOf: NOW.toISOString() });
    // The same expired version replayed to a client that has it is a freeze, not "up to date".
    expect(await verifyManifest(checkOf(feed, { now: later, currentVersion: 1 }))).toMatchObject({ ok: false, error: { code: 'manifest-expired' } });
  });

  it('gives a clock message for a manifest issued far in the future', async () => {
    const feed = await publishedFeed();
    const verdict = await verifyManifest(checkOf(feed, { now: new Date(NOW.getTime() - 3 * 86_400_000) }));
    expect(verdict).toMatchObject({ ok: false, error: { code: 'manifest-future-dated' } });
    expect(verdict.ok ? '' : verdict.error.message).toMatch(/clock|date and time/);
    // A few hours of skew is tolerated.
    expect((await verifyManifest(checkOf(feed, { now: new Date(NOW.getTime() - 3_600_000) }))).ok).toBe(true);
  });

  it('refuses a manifest whose key id keys.json does not list', async () => {
    const feed = await publishedFeed();
    const unlisted = await generateKeyPair();
    const rogueKeys = (await signKeyList(feed.feedId, [{ publicKey: unlisted.publicKey }], unlisted.privateKey))!;
    const rogue = await publishVersion({ keyList: rogueKeys.keyList, feedPrivateKey: unlisted.privateKey, entries, now: NOW, minAppVersion: '0.1.0' });
    if (!rogue.ok || rogue.status !== 'published') throw new Error('publishing with the unlisted key failed');
    const verdict = await verifyManifest(checkOf(feed, { manifestBytes: rogue.manifestBytes, manifestSignature: rogue.manifestSignature }));
    expect(verdict).toMatchObject({ ok: false, error: { code: 'manifest-unknown-key' } });
  });

  it('refuses a key list not signed by the pinned root', async () => {
    const feed = await publishedFeed();
    const otherRoot = await generateKeyPair();
    const forged = (await signKeyList(feed.feedId, [{ publicKey: feed.feedKey.publicKey }], otherRoot.privateKey))!;
    expect(await verifyManifest(checkOf(feed, { keysSignature: forged.keysSignature, keysBytes: forged.keysBytes }))).toMatchObject({ ok: false, error: { code: 'keys-signature-invalid' } });
    const tampered = feed.files.get('keys.json')!.slice();
    tampered[tampered.length - 3] = tampered[tampered.length - 3]! ^ 1;
    expect(await verifyManifest(checkOf(feed, { keysBytes: tampered }))).toMatchObject({ ok: false, error: { code: 'keys-signature-invalid' } });
  });

  it('refuses a manifest signed by an expired feed key', async () => {
    const feed = await createMemoryFeed('dttc-test', { feedKeyExpiresAt: '2026-12-01T00:00:00.000Z' });
    await feed.publish(entries, { now: NOW });
    expect((await verifyManifest(checkOf(feed))).ok).toBe(true);
    const verdict = await verifyManifest(checkOf(feed, { now: new Date('2026-12-02T00:00:00.000Z') }));
    expect(verdict).toMatchObject({ ok: false, error: { code: 'manifest-key-expired' } });
  });

  it('refuses a newer catalogue schema and a newer minimum app version', async () => {
    const feed = await publishedFeed();
    const newerSchema = await resigned(feed, (manifest) => ({ ...manifest, schemaVersion: 2 }));
    expect(await verifyManifest(checkOf(feed, newerSchema))).toMatchObject({ ok: false, error: { code: 'manifest-schema-unsupported' } });
    const newerApp = await resigned(feed, (manifest) => ({ ...manifest, minAppVersion: '0.10.0' }));
    expect(await verifyManifest(checkOf(feed, { ...newerApp, appVersion: '0.9.9' }))).toMatchObject({ ok: false, error: { code: 'app-too-old' } });
    expect((await verifyManifest(checkOf(feed, { ...newerApp, appVersion: '0.10.0' }))).ok).toBe(true);
    const newerFormat = await resigned(feed, (manifest) => ({ ...manifest, format: 'dttc-feed-manifest/2' }) as unknown as Manifest);
    expect(await verifyManifest(checkOf(feed, newerFormat))).toMatchObject({ ok: false, error: { code: 'manifest-format-unsupported' } });
  });

  it('returns a verdict, never a throw, for a validly signed manifest with any field replaced', async () => {
    const feed = await publishedFeed();
    const original = JSON.parse(new TextDecoder().decode(feed.files.get('manifest.json')!)) as Record<string, unknown>;
    const fields = [...Object.keys(original), 'extra'];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...fields), fc.jsonValue(), async (field, value) => {
        const changed = await resigned(feed, (manifest) => ({ ...manifest, [field]: value }) as Manifest);
        const verdict = await verifyManifest(checkOf(feed, changed));
        expect(typeof verdict.ok).toBe('boolean');
        if (!verdict.ok) expect(verdict.error.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  it('returns a typed error, never a throw, for arbitrary manifest and key list bytes', async () => {
    const feed = await publishedFeed();
    const codes = new Set<string>();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.uint8Array({ maxLength: 400 }), fc.json().map(utf8), fc.jsonValue().map((value) => utf8(JSON.stringify(value)))),
        fc.boolean(),
        async (bytes, asKeys) => {
          const verdict = await verifyManifest(checkOf(feed, asKeys ? { keysBytes: bytes } : { manifestBytes: bytes }));
          expect(verdict.ok).toBe(false);
          if (!verdict.ok) codes.add(verdict.error.code);
        },
      ),
      { numRuns: 300 },
    );
    expect([...codes].every((code) => ['manifest-malformed', 'keys-signature-invalid', 'manifest-format-unsupported'].includes(code))).toBe(true);
  });
});

describe('verifyManifest caps', () => {
  it('refuses an oversized manifest without reading it', async () => {
    const feed = await createMemoryFeed('dttc-test');
    await feed.publish(entries, { now: NOW });
    const huge = new Uint8Array(5 * 1024 * 1024).fill(32);
    expect(await verifyManifest(checkOf(feed, { manifestBytes: huge }))).toMatchObject({ ok: false, error: { code: 'manifest-malformed', message: expect.stringContaining('at most') } });
  });
});
