// The user-data folder holds visitors' names, phones and e-mails (the enquiry journal and its
// backups) and staff settings: on POSIX, readable by its owner only (DPDP Act 2023 access control).
// Every folder in it is 0700 and every file 0600. New files get these modes when they are created;
// `makeFolderPrivate` also tightens what an older version of the app left more open.
import { chmod, lstat, mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';

export const PRIVATE_FOLDER_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** Windows has no POSIX modes: its user-profile folders are already private to their user. */
const HAS_POSIX_MODES = process.platform !== 'win32';

/** mkdir -p with mode 0700 (the mode applies to the folders it creates; the process umask can only narrow it). */
export async function makePrivateFolder(path: string): Promise<void> {
  await mkdir(path, { recursive: true, mode: PRIVATE_FOLDER_MODE });
}

/**
 * Creates `root` if needed, then makes it and everything under it owner-only: folders 0700, files
 * 0600. Symbolic links are left alone (chmod would follow them out of the folder). Returns how many
 * entries it had to tighten, for the start-up log.
 */
export async function makeFolderPrivate(root: string): Promise<number> {
  await makePrivateFolder(root);
  if (!HAS_POSIX_MODES) return 0;
  let tightened = 0;
  const visit = async (path: string): Promise<void> => {
    let info;
    try {
      info = await lstat(path);
    } catch {
      return; // removed meanwhile
    }
    if (info.isSymbolicLink()) return;
    const wanted = info.isDirectory() ? PRIVATE_FOLDER_MODE : PRIVATE_FILE_MODE;
    if ((info.mode & 0o777) !== wanted) {
      await chmod(path, wanted).catch(() => undefined);
      tightened += 1;
    }
    if (info.isDirectory()) for (const name of await readdir(path).catch(() => [] as string[])) await visit(join(path, name));
  };
  await visit(root);
  return tightened;
}
