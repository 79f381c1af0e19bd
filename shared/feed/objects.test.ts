import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalJson } from './canonicalJson';
import { utf8 } from './encoding';
import { deltaObjectSchema, objectName, snapshotObjectSchema, type Manifest } from './format';
import { parseJsonBytes } from './parseJson';
import { deltaFileFrom, snapshotFileOf, verifyDeltaObject, verifySnapshotObject } from './objects';
import { sha256, sign } from './signing';
import { verifyManifest } from './verify';
import { createMemoryFeed } from './testing/memoryFeed';
import { courseEntry, technologyEntry } from './testing/sampleEntries';

const NOW = new Date('2026-11-25T00:00:00.000Z');

async function twoVersions() {
  const feed = await createMemoryFeed('dttc-test');
  const first = await feed.publish([technologyEntry('nbc-suit'), courseEntry('drone-course')], { now: NOW });
  const second = await feed.publish([technologyEntry('nbc-suit', 'NBC suit, mark II'), technologyEntry('water-filter')], { now: NOW });
  const object = (name: string) => feed.files.get(name)!;
  return { feed, first, second, object };
}

describe('object checks', () => {
  it('accepts the snapshot and the delta the manifest names', async () => {
    const { second, object } = await twoVersions();
    const snapshot = await verifySnapshotObject(object(snapshotFileOf(second).name), second);
    expect(snapshot).toMatchObject({ ok: true, value: { version: 2, feedId: 'dttc-test' } });
    const delta = await verifyDeltaObject(object(deltaFileFrom(second, 1)!.name), second, 1);
    expect(delta).toMatchObject({ ok: true, value: { fromVersion: 1, toVersion: 2, withdrawn: ['drone-course'] } });
  });

  it('refuses an object whose length or hash is wrong', async () => {
    const { second, object } = await twoVersions();
    const bytes = object(snapshotFileOf(second).name);
    expect(await verifySnapshotObject(bytes.subarray(0, bytes.length - 1), second)).toMatchObject({ ok: false, error: { code: 'object-length-mismatch' } });
    const flipped = bytes.slice();
    flipped[20] = flipped[20]! ^ 1;
    expect(await verifySnapshotObject(flipped, second)).toMatchObject({ ok: false, error: { code: 'object-hash-mismatch' } });
    const deltaBytes = object(deltaFileFrom(second, 1)!.name).slice();
    deltaBytes[deltaBytes.length - 2] = deltaBytes[deltaBytes.length - 2]! ^ 4;
    expect(await verifyDeltaObject(deltaBytes, second, 1)).toMatchObject({ ok: false, error: { code: 'object-hash-mismatch' } });
  });

  it("refuses the previous version's snapshot served for this version (wrong hash)", async () => {
    const { first, second, object } = await twoVersions();
    expect((await verifySnapshotObject(object(snapshotFileOf(first).name), second)).ok).toBe(false);
  });

  it('refuses an object from another version even when a signed manifest lists its hash (mix-and-match)', async () => {
    const { feed, first, second, object } = await twoVersions();
    const oldSnapshot = snapshotFileOf(first);
    // A manifest for version 2 that lists version 1's snapshot: correctly signed, so only the object's own fields can tell.
    const mixed: Manifest = { ...second, files: [oldSnapshot] };
    const manifestBytes = utf8(canonicalJson(mixed, 2));
    const verdict = await verifyManifest({
      rootPublicKey: feed.root.publicKey,
      keysBytes: feed.signedKeys.keysBytes,
      keysSignature: feed.signedKeys.keysSignature,
      manifestBytes,
      manifestSignature: (await sign(feed.feedKey.privateKey, manifestBytes))!,
      expectedFeedId: feed.feedId,
      currentVersion: 1,
      now: NOW,
      appVersion: '0.1.0',
    });
    if (!verdict.ok) throw new Error(verdict.error.message);
    expect(await verifySnapshotObject(object(oldSnapshot.name), verdict.manifest)).toMatchObject({ ok: false, error: { code: 'object-wrong-version' } });
  });

  it('refuses a delta that is not between the versions asked for', async () => {
    const { feed, second, object } = await twoVersions();
    const third = await feed.publish([technologyEntry('water-filter')], { now: NOW });
    expect(await verifyDeltaObject(object(deltaFileFrom(third, 2)!.name), third, 5)).toMatchObject({ ok: false, error: { code: 'object-not-listed' } });
    // Version 2's delta (1→2) listed in place of version 3's delta from 1.
    const oldDelta = deltaFileFrom(second, 1)!;
    const mixed: Manifest = { ...third, files: [snapshotFileOf(third), oldDelta] };
    expect(await verifyDeltaObject(object(oldDelta.name), mixed, 1)).toMatchObject({ ok: false, error: { code: 'object-wrong-version' } });
  });

  it('refuses an object of another feed', async () => {
    const { second } = await twoVersions();
    const foreign = utf8(canonicalJson({ format: 'dttc-feed-snapshot/1', feedId: 'other-feed', version: 2, entries: [] }));
    const hash = await sha256(foreign);
    const listed: Manifest = { ...second, files: [{ role: 'snapshot', name: objectName(hash), sha256: hash, length: foreign.length }] };
    expect(await verifySnapshotObject(foreign, listed)).toMatchObject({ ok: false, error: { code: 'object-wrong-feed' } });
  });
});

describe('object parsing', () => {
  it('gives a typed error, never a throw, for arbitrary object bytes', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.jsonValue().map((value) => utf8(JSON.stringify(value)))), (bytes) => {
        for (const schema of [snapshotObjectSchema, deltaObjectSchema]) {
          const parsed = parseJsonBytes(bytes, schema, 'object-malformed', 'objects/x.json', 1000);
          if (!parsed.ok) expect(parsed.error.code).toBe('object-malformed');
        }
      }),
      { numRuns: 500 },
    );
  });
});
