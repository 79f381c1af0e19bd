// Reading a publisher's feed folder: keys.json, the latest manifest, and the publish history (which
// snapshot object belongs to each recent version, so the next publish can write direct deltas).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { CatalogueEntry } from '../../shared/catalogue/entry';
import type { Glossary } from '../../shared/catalogue/glossary';
import { sha256 } from '../../shared/feed/signing';
import {
  feedIdSchema,
  KEYS_FILE,
  KEYS_SIGNATURE_FILE,
  keyListSchema,
  MANIFEST_FILE,
  MANIFEST_SIGNATURE_FILE,
  manifestSchema,
  MAX_KEYS_BYTES,
  MAX_MANIFEST_BYTES,
  MAX_OBJECT_BYTES,
  objectName,
  sha256HexSchema,
  snapshotObjectSchema,
  versionSchema,
  type KeyList,
  type Manifest,
  type Sha256Hex,
} from '../../shared/feed/format';
import { snapshotFileOf } from '../../shared/feed/objects';
import { parseJsonBytes } from '../../shared/feed/parseJson';
import { isErrorCode } from '../store/durableFile';

/** Publisher-side only (clients never read it): the snapshot object of each retained version, oldest first. */
export const HISTORY_FILE = 'publish-history.json';
export const historySchema = z.strictObject({
  format: z.literal('dttc-feed-history/1'),
  feedId: feedIdSchema,
  versions: z.array(z.strictObject({ version: versionSchema, snapshot: sha256HexSchema, length: z.number().int().min(1) })),
});
export type PublishHistory = z.infer<typeof historySchema>;

export type FolderRead<T> = { ok: true; value: T } | { ok: false; message: string };

export async function readOptionalFile(path: string): Promise<Uint8Array | undefined> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    if (isErrorCode(error, 'ENOENT')) return undefined;
    throw error;
  }
}

export interface SignedKeysFiles {
  keyList: KeyList;
  keysBytes: Uint8Array;
  keysSignature: Uint8Array;
}

export async function readKeysFiles(folder: string): Promise<FolderRead<SignedKeysFiles | undefined>> {
  const keysBytes = await readOptionalFile(join(folder, KEYS_FILE));
  const keysSignature = await readOptionalFile(join(folder, KEYS_SIGNATURE_FILE));
  if (!keysBytes && !keysSignature) return { ok: true, value: undefined };
  if (!keysBytes || !keysSignature) return { ok: false, message: `${folder}: ${KEYS_FILE} and ${KEYS_SIGNATURE_FILE} must both be present` };
  const parsed = parseJsonBytes(keysBytes, keyListSchema, 'keys-malformed', join(folder, KEYS_FILE), MAX_KEYS_BYTES);
  if (!parsed.ok) return { ok: false, message: parsed.error.message };
  return { ok: true, value: { keyList: parsed.value, keysBytes, keysSignature } };
}

export interface PublishedVersion {
  manifest: Manifest;
  manifestBytes: Uint8Array;
  manifestSignature: Uint8Array;
}

export async function readLatestVersion(feedFolder: string): Promise<FolderRead<PublishedVersion | undefined>> {
  const manifestBytes = await readOptionalFile(join(feedFolder, MANIFEST_FILE));
  const manifestSignature = await readOptionalFile(join(feedFolder, MANIFEST_SIGNATURE_FILE));
  if (!manifestBytes) return { ok: true, value: undefined };
  if (!manifestSignature) return { ok: false, message: `${feedFolder}: ${MANIFEST_FILE} has no ${MANIFEST_SIGNATURE_FILE}` };
  const parsed = parseJsonBytes(manifestBytes, manifestSchema, 'manifest-malformed', join(feedFolder, MANIFEST_FILE), MAX_MANIFEST_BYTES);
  if (!parsed.ok) return { ok: false, message: parsed.error.message };
  return { ok: true, value: { manifest: parsed.value, manifestBytes, manifestSignature } };
}

export async function readHistory(feedFolder: string): Promise<FolderRead<PublishHistory | undefined>> {
  const bytes = await readOptionalFile(join(feedFolder, HISTORY_FILE));
  if (!bytes) return { ok: true, value: undefined };
  const parsed = parseJsonBytes(bytes, historySchema, 'manifest-malformed', join(feedFolder, HISTORY_FILE), MAX_MANIFEST_BYTES);
  return parsed.ok ? { ok: true, value: parsed.value } : { ok: false, message: parsed.error.message };
}

/** Reads and checks one snapshot object of the folder; undefined when it is missing or damaged. */
export async function readSnapshotEntries(feedFolder: string, sha256Hex: Sha256Hex, version: number): Promise<{ entries: CatalogueEntry[]; glossary?: Glossary } | undefined> {
  const bytes = await readOptionalFile(join(feedFolder, objectName(sha256Hex)));
  if (!bytes || (await sha256(bytes)) !== sha256Hex) return undefined;
  const parsed = parseJsonBytes(bytes, snapshotObjectSchema, 'object-malformed', objectName(sha256Hex), MAX_OBJECT_BYTES);
  return parsed.ok && parsed.value.version === version ? { entries: parsed.value.entries, ...(parsed.value.glossary ? { glossary: parsed.value.glossary } : {}) } : undefined;
}

/**
 * The entries of the latest version (which must be readable) and of each older retained version
 * that is still on disk (a missing one only means no delta from it).
 */
export async function readRetainedSnapshots(feedFolder: string, latest: Manifest, history: PublishHistory | undefined): Promise<FolderRead<{ snapshots: Map<number, CatalogueEntry[]>; glossaries: Map<number, Glossary> }>> {
  const snapshots = new Map<number, CatalogueEntry[]>();
  const glossaries = new Map<number, Glossary>();
  const latestFile = snapshotFileOf(latest);
  const latestEntries = await readSnapshotEntries(feedFolder, latestFile.sha256, latest.version);
  if (!latestEntries) return { ok: false, message: `${feedFolder}: ${latestFile.name}, the snapshot of version ${latest.version}, is missing or damaged` };
  snapshots.set(latest.version, latestEntries.entries);
  if (latestEntries.glossary) glossaries.set(latest.version, latestEntries.glossary);
  for (const record of history?.versions ?? []) {
    if (record.version >= latest.version) continue;
    const content = await readSnapshotEntries(feedFolder, record.snapshot, record.version);
    if (!content) continue;
    snapshots.set(record.version, content.entries);
    if (content.glossary) glossaries.set(record.version, content.glossary);
  }
  return { ok: true, value: { snapshots, glossaries } };
}
