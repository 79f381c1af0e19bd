// A feed in a local folder: the bundled catalogue in resources/feed (first start), or a feed copied
// to a USB stick as a folder. Read with the same caps as the network, and verified the same way.
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { KEYS_FILE, KEYS_SIGNATURE_FILE, MANIFEST_FILE, MANIFEST_SIGNATURE_FILE, MAX_KEYS_BYTES, MAX_MANIFEST_BYTES } from '../../shared/feed/format';
import { isErrorCode } from '../store/durableFile';
import { MAX_SIGNATURE_FILE_BYTES, type FeedSource, type SourceKind } from './feedSource';
import { SyncError } from './syncError';

export function createFolderFeedSource(folder: string, kind: SourceKind = 'bundled'): FeedSource {
  const read = (name: string, cap: number) => readCapped(join(folder, name), cap);
  return {
    kind,
    label: folder,
    async readVersion() {
      return {
        status: 'ok',
        files: {
          manifest: await read(MANIFEST_FILE, MAX_MANIFEST_BYTES),
          manifestSignature: await read(MANIFEST_SIGNATURE_FILE, MAX_SIGNATURE_FILE_BYTES),
          keys: await read(KEYS_FILE, MAX_KEYS_BYTES),
          keysSignature: await read(KEYS_SIGNATURE_FILE, MAX_SIGNATURE_FILE_BYTES),
        },
      };
    },
    async readObject(file, _stagingFolder, onProgress) {
      // The name was checked against objects/<sha256>.json by the manifest schema: no path traversal.
      const bytes = await read(file.name, file.length);
      onProgress(bytes.length);
      return bytes;
    },
  };
}

async function readCapped(path: string, cap: number): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    if (isErrorCode(error, 'ENOENT', 'ENOTDIR')) throw new SyncError('not-found', `${path} does not exist`);
    throw new SyncError('storage-failed', `${path} could not be opened: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    const { size } = await handle.stat();
    if (size > cap) throw new SyncError('download-too-large', `${path} is ${size} bytes; at most ${cap} are expected`);
    const bytes = new Uint8Array(size);
    const { bytesRead } = await handle.read(bytes, 0, size, 0);
    return bytes.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
