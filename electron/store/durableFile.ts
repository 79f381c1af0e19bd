// Writes that survive a crash or power cut at any moment, and reads that never silently lose data.
// steno (lowdb's writer) renames a temp file but never fsyncs, and lowdb falls back to defaults on
// a missing file and throws on a corrupt one; this module closes both gaps.
import { randomBytes } from 'node:crypto';
import { open, rename, readFile, readdir, copyFile, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export const backupPathOf = (path: string) => `${path}.bak`;

export async function fsyncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } catch (error) {
    // Some file systems (and Windows) refuse fsync on a directory; the rename is still atomic there.
    if (!isErrorCode(error, 'EISDIR', 'EINVAL', 'EPERM', 'EBADF')) throw error;
  } finally {
    await handle.close();
  }
}

async function writeAndSync(path: string, data: string | Uint8Array): Promise<void> {
  const handle = await open(path, 'wx', 0o600);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Replaces `path` with `data` atomically and durably: temp file → fsync → rename → fsync folder.
 * With `keepBackup`, the previous content is first kept as `<path>.bak` (itself written durably).
 */
export async function writeFileDurably(path: string, data: string | Uint8Array, options: { keepBackup?: boolean } = {}): Promise<void> {
  const folder = dirname(path);
  const temporary = join(folder, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeAndSync(temporary, data);
    if (options.keepBackup) await copyToBackup(path);
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await fsyncFolder(folder);
}

async function copyToBackup(path: string): Promise<void> {
  const backupTemporary = `${backupPathOf(path)}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await copyFile(path, backupTemporary);
  } catch (error) {
    if (isErrorCode(error, 'ENOENT')) return;
    throw error;
  }
  const handle = await open(backupTemporary, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(backupTemporary, backupPathOf(path));
}

/**
 * Removes the temporary files a writer of `path` left behind when it was killed mid-write. Call it
 * only while no other process writes `path` (the shell holds the single-instance lock), e.g. at start.
 */
export async function removeLeftoverTemporaryFiles(path: string): Promise<number> {
  const folder = dirname(path);
  const name = basename(path);
  const leftovers = (await readdir(folder).catch(() => [] as string[])).filter(
    (entry) => (entry.startsWith(`.${name}.`) && entry.endsWith('.tmp')) || (entry.startsWith(`${basename(backupPathOf(path))}.`) && entry.endsWith('.tmp')),
  );
  await Promise.all(leftovers.map((entry) => unlink(join(folder, entry)).catch(() => undefined)));
  return leftovers.length;
}

export type DurableRead<T> =
  | { state: 'missing' }
  | { state: 'ok'; value: T }
  /** The main file was damaged (or missing while a backup existed); the backup was used. */
  | { state: 'recovered'; value: T; damagedCopy?: string; reason: string }
  /** Neither the file nor its backup could be read; the damaged file was set aside, never overwritten. */
  | { state: 'unreadable'; damagedCopy?: string; reason: string };

/**
 * Reads and parses `path`, falling back to `<path>.bak`. A file that fails to parse is moved aside to
 * `<path>.damaged-<time>` so that nothing later overwrites the only copy of the user's data.
 */
export async function readFileDurably<T>(path: string, parse: (text: string) => T): Promise<DurableRead<T>> {
  const main = await tryRead(path, parse);
  if (main.state === 'ok') return { state: 'ok', value: main.value };
  let damagedCopy: string | undefined;
  if (main.state === 'damaged') {
    damagedCopy = `${path}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    await rename(path, damagedCopy);
  }
  const backup = await tryRead(backupPathOf(path), parse);
  if (backup.state === 'ok') {
    const reason = main.state === 'damaged' ? `${basename(path)} was damaged (${main.reason}); the last good copy was loaded` : `${basename(path)} was missing; the last good copy was loaded`;
    return { state: 'recovered', value: backup.value, damagedCopy, reason };
  }
  if (main.state === 'missing' && backup.state === 'missing') return { state: 'missing' };
  const reason = main.state === 'damaged' ? `${basename(path)} is damaged (${main.reason}) and no good copy exists` : `${basename(path)} is missing and its last good copy is damaged`;
  return { state: 'unreadable', damagedCopy, reason };
}

type RawRead<T> = { state: 'ok'; value: T } | { state: 'missing' } | { state: 'damaged'; reason: string };

async function tryRead<T>(path: string, parse: (text: string) => T): Promise<RawRead<T>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (isErrorCode(error, 'ENOENT')) return { state: 'missing' };
    throw error;
  }
  try {
    return { state: 'ok', value: parse(text) };
  } catch (error) {
    return { state: 'damaged', reason: error instanceof Error ? error.message : String(error) };
  }
}

export function isErrorCode(error: unknown, ...codes: string[]): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && codes.includes(String((error as { code: unknown }).code));
}
