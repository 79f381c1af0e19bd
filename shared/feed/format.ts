// The signed feed, as files on any static server, folder or USB bundle (../../../shared/DESIGN.md, "The feed"):
//
//   keys.json, keys.json.sig          the feed's public keys, signed by the offline root key pinned in the app
//   manifest.json, manifest.json.sig  one version: Ed25519 over the exact manifest bytes by a listed feed key
//   objects/<sha256>.json             content-addressed snapshot and delta objects named by the manifest
//
// Deltas are direct: each new version carries one delta from each of the last DELTA_HISTORY versions
// straight to itself, so a client that is several versions behind downloads one delta, never a chain.
// Signatures (*.sig) are the raw 64 Ed25519 signature bytes.
import { z } from 'zod';
import { catalogueEntrySchema, entryIdSchema, ENTRY_KINDS } from '../catalogue/entry';
import { glossarySchema } from '../catalogue/glossary';

export const KEYS_FORMAT = 'dttc-feed-keys/1';
export const MANIFEST_FORMAT = 'dttc-feed-manifest/1';
export const SNAPSHOT_FORMAT = 'dttc-feed-snapshot/1';
export const DELTA_FORMAT = 'dttc-feed-delta/1';

/** The catalogue schema (shared/catalogue/entry.ts) this app reads; a manifest naming a newer one is refused. */
export const CATALOGUE_SCHEMA_VERSION = 1;
/** How many previous versions get a direct delta to each new version. */
export const DELTA_HISTORY = 10;
export const DEFAULT_EXPIRES_DAYS = 90;
/** A manifest issued further than this in the future means the computer's clock (or the publisher's) is wrong. */
export const MAX_CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

export const KEYS_FILE = 'keys.json';
export const KEYS_SIGNATURE_FILE = 'keys.json.sig';
export const MANIFEST_FILE = 'manifest.json';
export const MANIFEST_SIGNATURE_FILE = 'manifest.json.sig';
export const OBJECTS_FOLDER = 'objects';

/** Caps on what a client reads before it has verified anything. */
export const MAX_KEYS_BYTES = 64 * 1024;
export const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
export const MAX_OBJECT_BYTES = 512 * 1024 * 1024;
export const SIGNATURE_BYTES = 64;
export const PUBLIC_KEY_BYTES = 32;

export const feedIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9.-]{2,63}$/, 'must be 3–64 lowercase letters, digits, "." or "-"')
  .brand<'FeedId'>();
export type FeedId = z.infer<typeof feedIdSchema>;

export const keyIdSchema = z
  .string()
  .regex(/^[0-9a-f]{16}$/, 'must be 16 lowercase hex digits')
  .brand<'KeyId'>();
export type KeyId = z.infer<typeof keyIdSchema>;

export const sha256HexSchema = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits')
  .brand<'Sha256Hex'>();
export type Sha256Hex = z.infer<typeof sha256HexSchema>;

const base64Schema = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64').max(1024);
/** An instant written as `new Date().toISOString()` prints it: 2026-11-25T01:30:00.000Z. */
export const timestampSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/, 'must be a UTC timestamp like 2026-11-25T01:30:00.000Z')
  .refine((text) => !Number.isNaN(Date.parse(text)), 'is not a real instant');
export const versionSchema = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
export const appVersionSchema = z.string().regex(/^\d{1,6}\.\d{1,6}\.\d{1,6}$/, 'must be a version like 1.2.3');

// keys.json ---------------------------------------------------------------------------------------

export const feedKeySchema = z.strictObject({
  id: keyIdSchema,
  /** The raw 32-byte Ed25519 public key, base64. */
  publicKey: base64Schema,
  /** After this instant manifests signed with the key are refused. */
  expiresAt: timestampSchema.optional(),
});
export type FeedKey = z.infer<typeof feedKeySchema>;

export const keyListSchema = z.strictObject({
  format: z.literal(KEYS_FORMAT),
  feedId: feedIdSchema,
  keys: z.array(feedKeySchema).min(1).max(16),
});
export type KeyList = z.infer<typeof keyListSchema>;

// manifest.json -----------------------------------------------------------------------------------

/** Every object lives at objects/<sha256>.json; the name is written out for readers and checked against the hash. */
export const objectNameSchema = z.string().regex(/^objects\/[0-9a-f]{64}\.json$/, 'must be objects/<sha256>.json');

export const snapshotFileSchema = z.strictObject({
  role: z.literal('snapshot'),
  name: objectNameSchema,
  sha256: sha256HexSchema,
  length: z.number().int().min(1).max(MAX_OBJECT_BYTES),
});
export const deltaFileSchema = z.strictObject({
  role: z.literal('delta'),
  name: objectNameSchema,
  sha256: sha256HexSchema,
  length: z.number().int().min(1).max(MAX_OBJECT_BYTES),
  fromVersion: versionSchema,
});
export const feedFileSchema = z
  .discriminatedUnion('role', [snapshotFileSchema, deltaFileSchema])
  .refine((file) => file.name === objectName(file.sha256), 'name does not match its sha256');
export type SnapshotFile = z.infer<typeof snapshotFileSchema>;
export type DeltaFile = z.infer<typeof deltaFileSchema>;
export type FeedFile = SnapshotFile | DeltaFile;

const entryIdListSchema = z.array(entryIdSchema).max(1_000_000);

export const entryCountsSchema = z.strictObject(
  Object.fromEntries(ENTRY_KINDS.map((kind) => [kind, z.number().int().min(0)])) as Record<(typeof ENTRY_KINDS)[number], z.ZodNumber>,
);
export type EntryCounts = z.infer<typeof entryCountsSchema>;

export const changeListSchema = z.strictObject({
  added: entryIdListSchema,
  updated: entryIdListSchema,
  withdrawn: entryIdListSchema,
});
export type ChangeList = z.infer<typeof changeListSchema>;

export const manifestSchema = z
  .strictObject({
    format: z.literal(MANIFEST_FORMAT),
    feedId: feedIdSchema,
    version: versionSchema,
    issuedAt: timestampSchema,
    expiresAt: timestampSchema,
    keyId: keyIdSchema,
    schemaVersion: z.number().int().min(1),
    minAppVersion: appVersionSchema,
    files: z.array(feedFileSchema).min(1).max(DELTA_HISTORY + 1),
    counts: entryCountsSchema,
    /** Relative to the previous version (all "added" for the first). */
    changes: changeListSchema,
  })
  .superRefine((manifest, context) => {
    const snapshots = manifest.files.filter((file) => file.role === 'snapshot');
    if (snapshots.length !== 1) context.addIssue({ code: 'custom', path: ['files'], message: 'must name exactly one snapshot' });
    const fromVersions = new Set<number>();
    manifest.files.forEach((file, index) => {
      if (file.role !== 'delta') return;
      if (file.fromVersion >= manifest.version) context.addIssue({ code: 'custom', path: ['files', index, 'fromVersion'], message: 'must be lower than the manifest version' });
      if (fromVersions.has(file.fromVersion)) context.addIssue({ code: 'custom', path: ['files', index, 'fromVersion'], message: 'names a second delta from the same version' });
      fromVersions.add(file.fromVersion);
    });
    if (Date.parse(manifest.expiresAt) <= Date.parse(manifest.issuedAt)) context.addIssue({ code: 'custom', path: ['expiresAt'], message: 'must be after issuedAt' });
  });
export type Manifest = z.infer<typeof manifestSchema>;

// objects -----------------------------------------------------------------------------------------

/** The whole catalogue of one version: active entries only, sorted by id. */
export const snapshotObjectSchema = z
  .strictObject({
    format: z.literal(SNAPSHOT_FORMAT),
    feedId: feedIdSchema,
    version: versionSchema,
    entries: z.array(catalogueEntrySchema),
    /** Synonyms and the Hindi names of subject areas and labs; absent when the catalogue has none. */
    glossary: glossarySchema.optional(),
  })
  .superRefine((snapshot, context) => {
    const seen = new Set<string>();
    snapshot.entries.forEach((entry, index) => {
      if (seen.has(entry.id)) context.addIssue({ code: 'custom', path: ['entries', index, 'id'], message: `duplicate id "${entry.id}"` });
      seen.add(entry.id);
    });
  });
export type SnapshotObject = z.infer<typeof snapshotObjectSchema>;

/** What turns the snapshot of `fromVersion` into the snapshot of `toVersion`. */
export const deltaObjectSchema = z
  .strictObject({
    format: z.literal(DELTA_FORMAT),
    feedId: feedIdSchema,
    fromVersion: versionSchema,
    toVersion: versionSchema,
    upserts: z.array(catalogueEntrySchema),
    withdrawn: entryIdListSchema,
    /** The whole glossary of toVersion, present only when it differs from fromVersion's (it is small). */
    glossary: glossarySchema.optional(),
  })
  .superRefine((delta, context) => {
    if (delta.fromVersion >= delta.toVersion) context.addIssue({ code: 'custom', path: ['toVersion'], message: 'must be higher than fromVersion' });
    const seen = new Set<string>();
    for (const id of [...delta.upserts.map((entry) => entry.id), ...delta.withdrawn]) {
      if (seen.has(id)) context.addIssue({ code: 'custom', path: ['upserts'], message: `id "${id}" appears twice` });
      seen.add(id);
    }
  });
export type DeltaObject = z.infer<typeof deltaObjectSchema>;

export function objectName(sha256: string): string {
  return `${OBJECTS_FOLDER}/${sha256}.json`;
}
