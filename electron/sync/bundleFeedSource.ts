// A USB bundle (one file from `kb bundle`): read whole, its member names refused before anything is
// built from them (shared/feed/bundle.ts), then verified exactly like a feed fetched over HTTP.
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { MAX_BUNDLE_BYTES, readBundle, type Bundle } from '../../shared/feed/bundle';
import { isErrorCode } from '../store/durableFile';
import type { FeedSource } from './feedSource';
import { fromFeedError, SyncError } from './syncError';

export function createBundleFeedSource(path: string): FeedSource {
  let bundle: Bundle | undefined;
  const load = async () => (bundle ??= await readBundleFile(path));
  return {
    kind: 'bundle',
    label: basename(path),
    async readVersion() {
      const { keysBytes, keysSignature, manifestBytes, manifestSignature } = await load();
      return { status: 'ok', files: { keys: keysBytes, keysSignature, manifest: manifestBytes, manifestSignature } };
    },
    async readObject(file, _stagingFolder, onProgress) {
      const bytes = (await load()).objects.get(file.sha256);
      if (!bytes) throw new SyncError('bundle-member-missing', `the bundle does not hold ${file.name}, which its manifest needs`);
      onProgress(bytes.length);
      return bytes;
    },
    holdsObject: (file) => bundle?.objects.has(file.sha256) ?? true,
  };
}

async function readBundleFile(path: string): Promise<Bundle> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    if (isErrorCode(error, 'ENOENT', 'ENOTDIR', 'EISDIR')) throw new SyncError('bundle-unreadable', `${path} is not a file that can be read`);
    throw new SyncError('bundle-unreadable', `${path} could not be opened: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    const { size, isFile } = await handle.stat().then((stats) => ({ size: stats.size, isFile: stats.isFile() }));
    if (!isFile) throw new SyncError('bundle-unreadable', `${path} is not a file`);
    if (size > MAX_BUNDLE_BYTES) throw new SyncError('bundle-too-large', `${path} is ${size} bytes; at most ${MAX_BUNDLE_BYTES} are accepted`);
    const bytes = new Uint8Array(size);
    await handle.read(bytes, 0, size, 0);
    const parsed = readBundle(bytes);
    if (!parsed.ok) throw fromFeedError(parsed.error);
    return parsed.value;
  } finally {
    await handle.close();
  }
}
