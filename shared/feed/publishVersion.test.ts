import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CatalogueEntry } from '../catalogue/entry';
import { applyDelta } from './delta';
import { DELTA_HISTORY, type Manifest } from './format';
import { deltaFileFrom, snapshotFileOf, verifyDeltaObject, verifySnapshotObject } from './objects';
import { publishVersion } from './publishVersion';
import { generateKeyPair } from './signing';
import { createMemoryFeed } from './testing/memoryFeed';
import { courseEntry, technologyEntry } from './testing/sampleEntries';

const NOW = new Date('2026-11-25T00:00:00.000Z');

describe('publishVersion', () => {
  it('publishing the same entries twice changes nothing', async () => {
    const feed = await createMemoryFeed('dttc-test');
    const entries = [technologyEntry('nbc-suit'), courseEntry('drone-course')];
    const first = await feed.publish(entries, { now: NOW });
    const filesBefore = new Map(feed.files);
    const again = await feed.publish([...entries].reverse(), { now: new Date(NOW.getTime() + 86_400_000) });
    expect(again).toEqual(first);
    expect(feed.files).toEqual(filesBefore);
  });

  it('is deterministic: the same input gives byte-identical files', async () => {
    const feed = await createMemoryFeed('dttc-test');
    const input = { keyList: feed.signedKeys.keyList, feedPrivateKey: feed.feedKey.privateKey, entries: [technologyEntry('nbc-suit')], now: NOW, minAppVersion: '0.1.0' };
    const one = await publishVersion(input);
    const two = await publishVersion(input);
    if (!one.ok || one.status !== 'published' || !two.ok || two.status !== 'published') throw new Error('publish failed');
    expect(two.manifestBytes).toEqual(one.manifestBytes);
    expect(two.manifestSignature).toEqual(one.manifestSignature);
    expect(two.objects).toEqual(one.objects);
  });

  it('writes the manifest fields the clients rely on', async () => {
    const feed = await createMemoryFeed('dttc-test');
    await feed.publish([technologyEntry('nbc-suit'), technologyEntry('old-one'), courseEntry('drone-course')], { now: NOW });
    const second = await feed.publish([technologyEntry('nbc-suit', 'Changed'), technologyEntry('old-one', 'Old', { status: 'withdrawn' }), courseEntry('drone-course'), courseEntry('new-course')], { now: NOW, expiresDays: 30 });
    expect(second).toMatchObject({
      feedId: 'dttc-test',
      version: 2,
      issuedAt: NOW.toISOString(),
      expiresAt: '2026-12-25T00:00:00.000Z',
      keyId: feed.feedKey.keyId,
      schemaVersion: 1,
      minAppVersion: '0.1.0',
      counts: { technology: 1, consultancy: 0, course: 2, scheme: 0 },
      changes: { added: ['new-course'], updated: ['nbc-suit'], withdrawn: ['old-one'] },
    });
    const snapshot = await verifySnapshotObject(feed.files.get(snapshotFileOf(second).name)!, second);
    expect(snapshot.ok && snapshot.value.entries.map((entry) => entry.id)).toEqual(['drone-course', 'nbc-suit', 'new-course']);
  });

  it(`keeps direct deltas from the last ${DELTA_HISTORY} versions, each applying to that version's snapshot`, async () => {
    const feed = await createMemoryFeed('dttc-test');
    let manifest: Manifest | undefined;
    for (let round = 1; round <= DELTA_HISTORY + 3; round += 1) {
      const entries = Array.from({ length: round }, (_, index) => technologyEntry(`entry-${index}`, `Title ${index} in round ${Math.floor(round / (index + 1))}`));
      manifest = await feed.publish(entries, { now: NOW });
    }
    const latest = manifest!;
    expect(latest.version).toBe(DELTA_HISTORY + 3);
    const fromVersions = latest.files.flatMap((file) => (file.role === 'delta' ? [file.fromVersion] : []));
    expect(fromVersions).toEqual(Array.from({ length: DELTA_HISTORY }, (_, index) => latest.version - 1 - index));
    const target = feed.versions.get(latest.version)!.entries;
    for (const fromVersion of fromVersions) {
      const delta = await verifyDeltaObject(feed.files.get(deltaFileFrom(latest, fromVersion)!.name)!, latest, fromVersion);
      if (!delta.ok) throw new Error(delta.error.message);
      expect(applyDelta(feed.versions.get(fromVersion)!.entries, delta.value)).toEqual(target);
    }
  });

  it('a delta applied to the previous snapshot equals the new snapshot (property)', async () => {
    const entryPool = fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 25 }), fc.constantFrom('a', 'b'), fc.boolean()), { selector: ([id]) => id, maxLength: 20 }).map((rows) =>
      rows.map(([id, variant, withdrawn]): CatalogueEntry => technologyEntry(`entry-${id}`, `Title ${variant}`, withdrawn ? { status: 'withdrawn' } : {})),
    );
    await fc.assert(
      fc.asyncProperty(entryPool, entryPool, async (before, after) => {
        const feed = await createMemoryFeed('dttc-test');
        const first = await feed.publish(before, { now: NOW });
        const second = await feed.publish(after, { now: NOW });
        const expected = feed.versions.get(second.version)!.entries;
        if (second.version === first.version) return;
        const delta = await verifyDeltaObject(feed.files.get(deltaFileFrom(second, 1)!.name)!, second, 1);
        if (!delta.ok) throw new Error(delta.error.message);
        expect(applyDelta(feed.versions.get(1)!.entries, delta.value)).toEqual(expected);
        expect(expected.every((entry) => entry.status === 'active')).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('publishes an unchanged catalogue again only when asked to renew it', async () => {
    const feed = await createMemoryFeed('dttc-test');
    const entries = [technologyEntry('nbc-suit')];
    await feed.publish(entries, { now: NOW });
    const renewed = await feed.publish(entries, { now: NOW, refresh: true });
    expect(renewed).toMatchObject({ version: 2, changes: { added: [], updated: [], withdrawn: [] } });
  });

  it('refuses a private key that keys.json does not list', async () => {
    const feed = await createMemoryFeed('dttc-test');
    const stranger = await generateKeyPair();
    const outcome = await publishVersion({ keyList: feed.signedKeys.keyList, feedPrivateKey: stranger.privateKey, entries: [], now: NOW, minAppVersion: '0.1.0' });
    expect(outcome).toMatchObject({ ok: false });
    expect(outcome.ok ? '' : outcome.message).toContain('not listed in keys.json');
  });
});
