// Turning a validated catalogue into the next feed version: the snapshot object, a direct delta
// from each retained previous version, and the signed manifest. Pure (no file system), so the
// publish command, the benchmark and the sync tests all build feeds the same way.
import { ENTRY_KINDS, type CatalogueEntry } from '../catalogue/entry';
import { EMPTY_GLOSSARY, isEmptyGlossary, type Glossary } from '../catalogue/glossary';
import { canonicalJson } from './canonicalJson';
import { diffEntries, sortById } from './delta';
import { base64ToBytes, bytesEqual, utf8 } from './encoding';
import {
  CATALOGUE_SCHEMA_VERSION,
  DEFAULT_EXPIRES_DAYS,
  DELTA_FORMAT,
  DELTA_HISTORY,
  MANIFEST_FORMAT,
  objectName,
  type ChangeList,
  type DeltaFile,
  type DeltaObject,
  type EntryCounts,
  type KeyList,
  type Manifest,
  type Sha256Hex,
  type SnapshotFile,
} from './format';
import { keyIdOf, publicKeyOf, sha256, sign } from './signing';
import { encodeSnapshot } from './snapshotBytes';

export interface FeedObject {
  sha256: Sha256Hex;
  bytes: Uint8Array;
}

export interface PublishInput {
  keyList: KeyList;
  /** PKCS #8 private key of a feed key listed in `keyList`. */
  feedPrivateKey: Uint8Array;
  /** Every entry of the spreadsheet, withdrawn ones included (they are left out of the snapshot). */
  entries: readonly CatalogueEntry[];
  /** The spreadsheet folder's glossary; an empty one is left out of the snapshot. */
  glossary?: Glossary;
  /**
   * The latest published version and the entries of each retained version (at least the latest's),
   * with each one's glossary where it had one.
   */
  previous?: { manifest: Manifest; snapshots: ReadonlyMap<number, readonly CatalogueEntry[]>; glossaries?: ReadonlyMap<number, Glossary> };
  now: Date;
  expiresDays?: number;
  minAppVersion: string;
  /** Publish a new version even when nothing changed (to renew the expiry before clients freeze). */
  refresh?: boolean;
}

export type PublishOutcome =
  | { ok: true; status: 'unchanged'; manifest: Manifest }
  | {
      ok: true;
      status: 'published';
      manifest: Manifest;
      manifestBytes: Uint8Array;
      manifestSignature: Uint8Array;
      /** Snapshot first, then deltas; write these before the manifest. */
      objects: FeedObject[];
      snapshotEntries: CatalogueEntry[];
    }
  | { ok: false; message: string };

export async function publishVersion(input: PublishInput): Promise<PublishOutcome> {
  const signer = await checkSigner(input.keyList, input.feedPrivateKey, input.now);
  if (!signer.ok) return signer;
  const feedId = input.keyList.feedId;
  const previous = input.previous;
  if (previous && previous.manifest.feedId !== feedId) {
    return { ok: false, message: `the feed folder holds feed "${previous.manifest.feedId}", but keys.json is for feed "${feedId}"` };
  }
  const previousEntries = previous ? previous.snapshots.get(previous.manifest.version) : undefined;
  if (previous && !previousEntries) return { ok: false, message: `the snapshot of version ${previous.manifest.version} is missing from the feed folder` };

  const entries = sortById(input.entries.filter((entry) => entry.status !== 'withdrawn'));
  const changes: ChangeList = previousEntries ? diffEntries(previousEntries, entries).changes : { added: entries.map((entry) => entry.id), updated: [], withdrawn: [] };
  const glossary = isEmptyGlossary(input.glossary) ? undefined : input.glossary;
  const glossaryOf = (version: number) => previous?.glossaries?.get(version);
  const glossaryChangedSince = (version: number) => glossaryText(glossaryOf(version)) !== glossaryText(glossary);
  const unchanged = changes.added.length + changes.updated.length + changes.withdrawn.length === 0 && !(previous && glossaryChangedSince(previous.manifest.version));
  if (previous && unchanged && !input.refresh) return { ok: true, status: 'unchanged', manifest: previous.manifest };

  const version = previous ? previous.manifest.version + 1 : 1;
  const snapshotBytes = encodeSnapshot(feedId, version, entries, glossary);
  const snapshot: FeedObject = { sha256: await sha256(snapshotBytes), bytes: snapshotBytes };
  const objects: FeedObject[] = [snapshot];
  const files: (SnapshotFile | DeltaFile)[] = [{ role: 'snapshot', name: objectName(snapshot.sha256), sha256: snapshot.sha256, length: snapshot.bytes.length }];
  if (previous) {
    for (let fromVersion = version - 1; fromVersion >= Math.max(1, version - DELTA_HISTORY); fromVersion -= 1) {
      const fromEntries = previous.snapshots.get(fromVersion);
      if (!fromEntries) continue;
      const difference = diffEntries(fromEntries, entries);
      const delta = await toObject<DeltaObject>({
        format: DELTA_FORMAT,
        feedId,
        fromVersion,
        toVersion: version,
        upserts: difference.upserts,
        withdrawn: difference.withdrawn,
        ...(glossaryChangedSince(fromVersion) ? { glossary: glossary ?? EMPTY_GLOSSARY } : {}),
      });
      objects.push(delta);
      files.push({ role: 'delta', name: objectName(delta.sha256), sha256: delta.sha256, length: delta.bytes.length, fromVersion });
    }
  }
  const issuedAt = input.now.toISOString();
  const expiresAt = new Date(input.now.getTime() + (input.expiresDays ?? DEFAULT_EXPIRES_DAYS) * 86_400_000).toISOString();
  const manifest: Manifest = {
    format: MANIFEST_FORMAT,
    feedId,
    version,
    issuedAt,
    expiresAt,
    keyId: signer.keyId,
    schemaVersion: CATALOGUE_SCHEMA_VERSION,
    minAppVersion: input.minAppVersion,
    files,
    counts: countByKind(entries),
    changes,
  };
  const manifestBytes = utf8(canonicalJson(manifest, 2));
  const manifestSignature = await sign(input.feedPrivateKey, manifestBytes);
  if (!manifestSignature) return { ok: false, message: 'the feed private key cannot sign' };
  return { ok: true, status: 'published', manifest, manifestBytes, manifestSignature, objects, snapshotEntries: entries };
}

/** The signing key must be one keys.json lists, or every client would refuse the manifest. */
async function checkSigner(keyList: KeyList, privateKey: Uint8Array, now: Date): Promise<{ ok: true; keyId: Manifest['keyId'] } | { ok: false; message: string }> {
  const publicKey = await publicKeyOf(privateKey);
  if (!publicKey) return { ok: false, message: 'the feed private key is not an Ed25519 private key (PKCS #8)' };
  const keyId = await keyIdOf(publicKey);
  const listed = keyList.keys.find((key) => key.id === keyId);
  const listedBytes = listed ? base64ToBytes(listed.publicKey) : undefined;
  if (!listed || !listedBytes || !bytesEqual(listedBytes, publicKey)) {
    return { ok: false, message: `the feed private key (key id ${keyId}) is not listed in keys.json (${keyList.keys.map((key) => key.id).join(', ')}); sign with a listed key or publish a new keys.json` };
  }
  if (listed.expiresAt && Date.parse(listed.expiresAt) <= now.getTime()) {
    return { ok: false, message: `the feed key ${keyId} expired at ${listed.expiresAt}; make a new feed key and publish a new keys.json` };
  }
  return { ok: true, keyId };
}

function glossaryText(glossary: Glossary | undefined): string {
  return isEmptyGlossary(glossary) ? '' : canonicalJson(glossary);
}

async function toObject<T>(value: T): Promise<FeedObject> {
  const bytes = utf8(canonicalJson(value));
  return { sha256: await sha256(bytes), bytes };
}

export function countByKind(entries: readonly CatalogueEntry[]): EntryCounts {
  const counts = Object.fromEntries(ENTRY_KINDS.map((kind) => [kind, 0])) as EntryCounts;
  for (const entry of entries) counts[entry.kind] += 1;
  return counts;
}
