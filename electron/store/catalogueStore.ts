// The installed catalogue in the user-data folder. Each version is a folder of verified files (the
// signed manifest, key list and snapshot exactly as published, plus what the install learned); one
// small pointer file names the version in use and the one before. Installing writes the new folder
// in staging, renames it into place, then switches the pointer with one durable atomic write — so a
// crash at any moment leaves wholly the old version or wholly the new one in use. Leftovers (staging,
// a folder the pointer never reached) are removed at the next open. Reads check every file against
// the SHA-256 recorded at install.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { changeListSchema } from '../../shared/feed/format';
import { readFileDurably, writeFileDurably } from './durableFile';
import { PRIVATE_FOLDER_MODE } from './privateFolder';

export const CATALOGUE_FOLDER = 'catalogue';
export const POINTER_FILE = 'installed.json';
const VERSIONS_FOLDER = 'versions';
const STAGING_FOLDER = 'staging';
const INFO_FILE = 'install.json';

/** The files of one installed version, as published (so they can be verified again at every load). */
export const INSTALLED_FILES = {
  snapshot: 'snapshot.json',
  manifest: 'manifest.json',
  manifestSignature: 'manifest.json.sig',
  keys: 'keys.json',
  keysSignature: 'keys.json.sig',
} as const;
export type InstalledFiles = Record<keyof typeof INSTALLED_FILES, Uint8Array>;

export const INSTALL_SOURCES = ['feed', 'bundle', 'bundled'] as const;

export const installedInfoSchema = z.object({
  feedId: z.string(),
  version: z.number().int().min(1),
  issuedAt: z.string(),
  expiresAt: z.string(),
  /** Set when an expired version was applied (a bundle staff confirmed): the catalogue is only "as of" this instant. */
  asOf: z.string().optional(),
  installedAt: z.string(),
  source: z.enum(INSTALL_SOURCES),
  /** Where it came from, for people: a feed URL, a bundle's file name. */
  sourceLabel: z.string(),
  /** Relative to the version that was in use before (not the publisher's previous version). */
  changes: changeListSchema,
  entryCount: z.number().int().min(0),
});
export type InstalledInfo = z.infer<typeof installedInfoSchema>;

const recordedVersionSchema = z.object({
  folder: z.string().regex(/^[0-9]+-[0-9a-f]{8}$/),
  /** File name → SHA-256 and length written at install. */
  files: z.record(z.string(), z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/), length: z.number().int().min(0) })),
});
type RecordedVersion = z.infer<typeof recordedVersionSchema>;

const pointerSchema = z.object({
  format: z.literal('dttc-installed/1'),
  current: recordedVersionSchema,
  previous: recordedVersionSchema.optional(),
});
type Pointer = z.infer<typeof pointerSchema>;

export interface InstalledVersion {
  info: InstalledInfo;
  files: InstalledFiles;
}

export type StoreRead =
  | { state: 'empty' }
  | { state: 'ok'; installed: InstalledVersion }
  /** The version in use failed its check (or the pointer was damaged); the one before it is loaded. */
  | { state: 'recovered'; installed: InstalledVersion; reason: string }
  /** Nothing installed can be trusted; the caller installs again (the bundled feed). */
  | { state: 'damaged'; reason: string };

export interface CatalogueStore {
  readonly folder: string;
  /** A clean folder for downloads in progress; emptied at every open. */
  readonly stagingFolder: string;
  read(): Promise<StoreRead>;
  /**
   * Puts a verified version in use (the current one becomes the previous); one atomic switch.
   * `knownSha256` spares hashing a file again whose SHA-256 the caller has just checked (the snapshot).
   */
  install(info: InstalledInfo, files: InstalledFiles, knownSha256?: Partial<Record<keyof InstalledFiles, string>>): Promise<void>;
}

export async function openCatalogueStore(dataFolder: string): Promise<CatalogueStore> {
  const folder = join(dataFolder, CATALOGUE_FOLDER);
  const stagingFolder = join(folder, STAGING_FOLDER);
  const versionsFolder = join(folder, VERSIONS_FOLDER);
  const pointerPath = join(folder, POINTER_FILE);
  await mkdir(versionsFolder, { recursive: true, mode: PRIVATE_FOLDER_MODE });
  await rm(stagingFolder, { recursive: true, force: true });
  await mkdir(stagingFolder, { recursive: true, mode: PRIVATE_FOLDER_MODE });

  const readPointer = async () => readFileDurably(pointerPath, (text) => pointerSchema.parse(JSON.parse(text)));

  // Folders the pointer does not name were never switched to (a crash before the switch) or are
  // older than the previous version. Kept when the pointer cannot be read: they may be all there is.
  const removeUnreferenced = async (pointer: Pointer | undefined) => {
    const keep = new Set([pointer?.current.folder, pointer?.previous?.folder]);
    for (const name of await readdir(versionsFolder)) {
      if (!keep.has(name)) await rm(join(versionsFolder, name), { recursive: true, force: true });
    }
  };
  const initial = await readPointer();
  if (initial.state === 'ok' || initial.state === 'recovered') await removeUnreferenced(initial.value);
  else if (initial.state === 'missing') await removeUnreferenced(undefined);

  const readRecorded = async (recorded: RecordedVersion): Promise<InstalledVersion> => {
    const versionFolder = join(versionsFolder, recorded.folder);
    const read = async (name: string) => {
      const expected = recorded.files[name];
      if (!expected) throw new Error(`${recorded.folder}/${name} is not recorded`);
      const bytes = new Uint8Array(await readFile(join(versionFolder, name)));
      if (bytes.length !== expected.length || sha256Hex(bytes) !== expected.sha256) throw new Error(`${recorded.folder}/${name} does not match the hash recorded when it was installed`);
      return bytes;
    };
    const files = {} as InstalledFiles;
    for (const [key, name] of Object.entries(INSTALLED_FILES) as [keyof InstalledFiles, string][]) files[key] = await read(name);
    const infoText = new TextDecoder().decode(await read(INFO_FILE));
    const info = installedInfoSchema.parse(JSON.parse(infoText));
    return { info, files };
  };

  const describe = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 500);

  return {
    folder,
    stagingFolder,

    async read() {
      const pointer = await readPointer();
      if (pointer.state === 'missing') return { state: 'empty' };
      if (pointer.state === 'unreadable') return { state: 'damaged', reason: pointer.reason };
      const pointerNote = pointer.state === 'recovered' ? `${pointer.reason}. ` : '';
      let currentProblem: string;
      try {
        const installed = await readRecorded(pointer.value.current);
        return pointer.state === 'recovered' ? { state: 'recovered', installed, reason: pointer.reason } : { state: 'ok', installed };
      } catch (error) {
        currentProblem = describe(error);
      }
      if (pointer.value.previous) {
        try {
          const installed = await readRecorded(pointer.value.previous);
          return { state: 'recovered', installed, reason: `${pointerNote}The catalogue in use failed its check (${currentProblem}); the previous version was loaded` };
        } catch (error) {
          return { state: 'damaged', reason: `${pointerNote}${currentProblem}; the previous version failed too (${describe(error)})` };
        }
      }
      return { state: 'damaged', reason: `${pointerNote}${currentProblem}` };
    },

    async install(info, files, knownSha256 = {}) {
      const name = `${info.version}-${randomBytes(4).toString('hex')}`;
      const staged = join(stagingFolder, name);
      await mkdir(staged, { mode: PRIVATE_FOLDER_MODE });
      const recorded: RecordedVersion = { folder: name, files: {} };
      const contents: [string, Uint8Array, string | undefined][] = [
        ...(Object.entries(INSTALLED_FILES) as [keyof InstalledFiles, string][]).map(([key, fileName]): [string, Uint8Array, string | undefined] => [fileName, files[key], knownSha256[key]]),
        [INFO_FILE, new TextEncoder().encode(JSON.stringify(info, null, 2) + '\n'), undefined],
      ];
      for (const [fileName, bytes, known] of contents) {
        await writeSynced(join(staged, fileName), bytes);
        recorded.files[fileName] = { sha256: known ?? sha256Hex(bytes), length: bytes.length };
      }
      await syncFolder(staged);
      await rename(staged, join(versionsFolder, name));
      await syncFolder(versionsFolder);

      const before = await readPointer();
      const previous = before.state === 'ok' || before.state === 'recovered' ? before.value.current : undefined;
      const pointer: Pointer = { format: 'dttc-installed/1', current: recorded, ...(previous ? { previous } : {}) };
      await writeFileDurably(pointerPath, JSON.stringify(pointer, null, 2) + '\n', { keepBackup: true });
      await removeUnreferenced(pointer).catch(() => undefined);
    },
  };
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

async function writeSynced(path: string, bytes: Uint8Array): Promise<void> {
  const handle = await open(path, 'wx', 0o600);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function syncFolder(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } catch {
    // Some file systems (and Windows) refuse fsync on a folder; the rename is still atomic there.
  } finally {
    await handle.close();
  }
}

