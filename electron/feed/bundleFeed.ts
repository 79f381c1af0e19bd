// `kb bundle`: the latest version of a feed folder as one file for air-gapped machines: keys.json
// and its signature, the manifest and its signature, and the snapshot object (a bundle always
// installs from the snapshot, so deltas would only add bytes). Checked before it is written.
import { join } from 'node:path';
import { encodeBundle } from '../../shared/feed/bundle';
import { base64ToBytes } from '../../shared/feed/encoding';
import { MAX_OBJECT_BYTES, objectName, snapshotObjectSchema, type Manifest } from '../../shared/feed/format';
import { checkObjectBytes, snapshotFileOf } from '../../shared/feed/objects';
import { parseJsonBytes } from '../../shared/feed/parseJson';
import { verifySignature } from '../../shared/feed/signing';
import { readKeysFiles, readLatestVersion, readOptionalFile } from './feedFolder';
import { writeFeedFile } from './writeFeedFile';

export type BundleReport = { ok: true; manifest: Manifest; bytes: number } | { ok: false; message: string };

export async function bundleFeed(options: { feedFolder: string; outFile: string }): Promise<BundleReport> {
  const keys = await readKeysFiles(options.feedFolder);
  if (!keys.ok) return keys;
  if (!keys.value) return { ok: false, message: `${options.feedFolder}: no keys.json; is this a feed folder?` };
  const latest = await readLatestVersion(options.feedFolder);
  if (!latest.ok) return latest;
  if (!latest.value) return { ok: false, message: `${options.feedFolder}: no manifest.json; publish a version first` };
  const { manifest, manifestBytes, manifestSignature } = latest.value;

  // The publisher's own sanity check (the client checks everything again against its pinned root key).
  const listed = keys.value.keyList.keys.find((key) => key.id === manifest.keyId);
  const publicKey = listed ? base64ToBytes(listed.publicKey) : undefined;
  if (!publicKey || !(await verifySignature(publicKey, manifestSignature, manifestBytes))) {
    return { ok: false, message: `${options.feedFolder}: manifest.json does not verify with the keys in keys.json; republish it` };
  }
  const snapshot = snapshotFileOf(manifest);
  const snapshotBytes = await readOptionalFile(join(options.feedFolder, objectName(snapshot.sha256)));
  if (!snapshotBytes) return { ok: false, message: `${options.feedFolder}: ${snapshot.name} is missing` };
  const checked = await checkObjectBytes(snapshotBytes, snapshot);
  if (!checked.ok) return { ok: false, message: `${options.feedFolder}: ${checked.error.message}` };
  const parsed = parseJsonBytes(snapshotBytes, snapshotObjectSchema, 'object-malformed', snapshot.name, MAX_OBJECT_BYTES);
  if (!parsed.ok) return { ok: false, message: parsed.error.message };

  const bytes = encodeBundle({
    keysBytes: keys.value.keysBytes,
    keysSignature: keys.value.keysSignature,
    manifestBytes,
    manifestSignature,
    objects: new Map([[snapshot.sha256, snapshotBytes]]),
  });
  await writeFeedFile(options.outFile, bytes);
  return { ok: true, manifest, bytes: bytes.length };
}
