// Checking an object fetched for a verified manifest: its length and hash against the manifest's
// entry for it, then its own feed id and version fields, so an object from another feed or another
// version (mix-and-match) is refused even if someone lists its hash.
import { feedError, feedOk, type FeedResult } from './errors';
import {
  deltaObjectSchema,
  MAX_OBJECT_BYTES,
  snapshotObjectSchema,
  type DeltaFile,
  type DeltaObject,
  type FeedFile,
  type Manifest,
  type SnapshotFile,
  type SnapshotObject,
} from './format';
import { parseJsonBytes } from './parseJson';
import { sha256 } from './signing';

/** Length and SHA-256 of downloaded bytes against the manifest's file entry. */
export async function checkObjectBytes(bytes: Uint8Array, file: FeedFile): Promise<FeedResult<Uint8Array>> {
  if (bytes.length !== file.length) return feedError('object-length-mismatch', `${file.name} is ${bytes.length} bytes; the manifest says ${file.length}`);
  const hash = await sha256(bytes);
  if (hash !== file.sha256) return feedError('object-hash-mismatch', `${file.name} has SHA-256 ${hash}; the manifest says ${file.sha256}`);
  return feedOk(bytes);
}

export function snapshotFileOf(manifest: Manifest): SnapshotFile {
  // The manifest schema guarantees exactly one snapshot.
  return manifest.files.find((file): file is SnapshotFile => file.role === 'snapshot')!;
}

/** The delta from `fromVersion` to the manifest's version, if the publisher kept one. */
export function deltaFileFrom(manifest: Manifest, fromVersion: number): DeltaFile | undefined {
  return manifest.files.find((file): file is DeltaFile => file.role === 'delta' && file.fromVersion === fromVersion);
}

export async function verifySnapshotObject(bytes: Uint8Array, manifest: Manifest): Promise<FeedResult<SnapshotObject>> {
  const file = snapshotFileOf(manifest);
  const checked = await checkObjectBytes(bytes, file);
  if (!checked.ok) return checked;
  const parsed = parseJsonBytes(bytes, snapshotObjectSchema, 'object-malformed', file.name, MAX_OBJECT_BYTES);
  if (!parsed.ok) return parsed;
  if (parsed.value.feedId !== manifest.feedId) return feedError('object-wrong-feed', `${file.name} belongs to feed "${parsed.value.feedId}", not "${manifest.feedId}"`);
  if (parsed.value.version !== manifest.version) return feedError('object-wrong-version', `${file.name} is the snapshot of version ${parsed.value.version}, not of version ${manifest.version}`);
  return parsed;
}

export async function verifyDeltaObject(bytes: Uint8Array, manifest: Manifest, fromVersion: number): Promise<FeedResult<DeltaObject>> {
  const file = deltaFileFrom(manifest, fromVersion);
  if (!file) return feedError('object-not-listed', `version ${manifest.version} lists no delta from version ${fromVersion}`);
  const checked = await checkObjectBytes(bytes, file);
  if (!checked.ok) return checked;
  const parsed = parseJsonBytes(bytes, deltaObjectSchema, 'object-malformed', file.name, MAX_OBJECT_BYTES);
  if (!parsed.ok) return parsed;
  const delta = parsed.value;
  if (delta.feedId !== manifest.feedId) return feedError('object-wrong-feed', `${file.name} belongs to feed "${delta.feedId}", not "${manifest.feedId}"`);
  if (delta.fromVersion !== fromVersion || delta.toVersion !== manifest.version) {
    return feedError('object-wrong-version', `${file.name} is the delta from version ${delta.fromVersion} to ${delta.toVersion}, not from ${fromVersion} to ${manifest.version}`);
  }
  return parsed;
}
