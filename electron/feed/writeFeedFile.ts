// Feed files are served by a web server, so unlike the app's private data they must be readable by
// others: written durably (temp, fsync, rename, fsync folder) and then given mode 0644.
import { chmod } from 'node:fs/promises';
import { writeFileDurably } from '../store/durableFile';

export async function writeFeedFile(path: string, data: Uint8Array | string): Promise<void> {
  await writeFileDurably(path, data);
  await chmod(path, 0o644);
}
