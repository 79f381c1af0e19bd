// One writer per journal: a lock file beside it. The Electron shell's single-instance lock does not
// cover the browser host (`npm start` without Electron, `npm run host`) opening the same log, so the
// journal takes its own. A lock is stale — and taken over — when its process is gone (kill -9, power
// cut) or when it has not been refreshed for `staleAfterMs` (its pid reused after a reboot).
import { randomBytes } from 'node:crypto';
import { link, open, readFile, stat, unlink, utimes } from 'node:fs/promises';
import { isErrorCode } from '../store/durableFile';

export interface JournalLock {
  release(): Promise<void>;
}

export type LockAttempt = { state: 'held'; lock: JournalLock } | { state: 'busy'; holderPid: number | undefined };

export interface LockOptions {
  staleAfterMs?: number;
  refreshEveryMs?: number;
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return isErrorCode(error, 'EPERM');
  }
}

async function writeCandidate(lockPath: string): Promise<string> {
  const candidate = `${lockPath}.${process.pid}.${randomBytes(4).toString('hex')}`;
  const handle = await open(candidate, 'wx', 0o600);
  try {
    await handle.writeFile(`${process.pid}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
  return candidate;
}

async function holderOf(lockPath: string, staleAfterMs: number): Promise<{ pid: number | undefined; stale: boolean } | undefined> {
  let text: string;
  let modified: number;
  try {
    text = await readFile(lockPath, 'utf8');
    modified = (await stat(lockPath)).mtimeMs;
  } catch (error) {
    if (isErrorCode(error, 'ENOENT')) return undefined;
    throw error;
  }
  const pid = Number.parseInt(text, 10);
  if (!Number.isSafeInteger(pid) || pid <= 0) return { pid: undefined, stale: true };
  const stale = !isProcessAlive(pid) || Date.now() - modified > staleAfterMs;
  return { pid, stale };
}

/**
 * Takes the lock at `lockPath` or says who holds it. The lock file appears whole or not at all
 * (written aside, then hard-linked into place, which fails if it exists). Throws file-system errors
 * (EROFS, EACCES, ENOSPC) for the caller to map.
 */
export async function acquireJournalLock(lockPath: string, options: LockOptions = {}): Promise<LockAttempt> {
  const staleAfterMs = options.staleAfterMs ?? 60_000;
  const refreshEveryMs = options.refreshEveryMs ?? 15_000;
  const candidate = await writeCandidate(lockPath);
  try {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      try {
        await link(candidate, lockPath);
        return { state: 'held', lock: holdLock(lockPath, refreshEveryMs) };
      } catch (error) {
        if (!isErrorCode(error, 'EEXIST')) throw error;
      }
      const holder = await holderOf(lockPath, staleAfterMs);
      if (holder !== undefined && !holder.stale) return { state: 'busy', holderPid: holder.pid };
      await unlink(lockPath).catch((error: unknown) => {
        if (!isErrorCode(error, 'ENOENT')) throw error;
      });
    }
    return { state: 'busy', holderPid: undefined };
  } finally {
    await unlink(candidate).catch(() => undefined);
  }
}

function holdLock(lockPath: string, refreshEveryMs: number): JournalLock {
  const timer = setInterval(() => {
    const now = new Date();
    utimes(lockPath, now, now).catch(() => undefined);
  }, refreshEveryMs);
  timer.unref();
  let released = false;
  return {
    async release() {
      if (released) return;
      released = true;
      clearInterval(timer);
      const holder = await readFile(lockPath, 'utf8').catch(() => '');
      if (Number.parseInt(holder, 10) === process.pid) await unlink(lockPath).catch(() => undefined);
    },
  };
}
