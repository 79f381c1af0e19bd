// The user's settings and the main window's size and position, kept in the user-data folder with
// lowdb over the durable adapter. A damaged file is never silently replaced by defaults: it is set
// aside, the last good copy is loaded when there is one, and a notice says what happened.
import { Low } from 'lowdb';
import { mkdir } from 'node:fs/promises';
import { PRIVATE_FOLDER_MODE } from './privateFolder';
import { join } from 'node:path';
import { z } from 'zod';
import type { Settings, StartupNotice } from '../../shared/ipc/contract';
import { settingsSchema } from '../../shared/ipc/schemas';
import { removeLeftoverTemporaryFiles } from './durableFile';
import { DurableJsonAdapter } from './durableJsonAdapter';

export const SETTINGS_FILE_NAME = 'settings.json';

export const windowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(200).max(20_000),
  height: z.number().int().min(200).max(20_000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

const settingsFileSchema = z.object({
  format: z.literal(1),
  settings: settingsSchema,
  window: windowStateSchema.optional(),
});
type SettingsFile = z.infer<typeof settingsFileSchema>;

export const DEFAULT_SETTINGS: Settings = { language: 'en', theme: 'system' };

export interface SettingsStore {
  get(): Settings;
  update(patch: Partial<Settings>): Promise<Settings>;
  windowState(): WindowState | undefined;
  saveWindowState(state: WindowState): Promise<void>;
  /** What happened at start-up that the user should be told (a damaged file set aside). */
  readonly notices: readonly StartupNotice[];
}

export async function openSettingsStore(folder: string): Promise<SettingsStore> {
  await mkdir(folder, { recursive: true, mode: PRIVATE_FOLDER_MODE });
  const path = join(folder, SETTINGS_FILE_NAME);
  await removeLeftoverTemporaryFiles(path);
  const adapter = new DurableJsonAdapter<SettingsFile>(path, settingsFileSchema);
  const database = new Low<SettingsFile>(adapter, { format: 1, settings: { ...DEFAULT_SETTINGS } });
  const notices: StartupNotice[] = [];
  try {
    await database.read();
  } catch (error) {
    // Neither the file nor its last good copy could be read. The damaged file has been moved aside
    // (so nothing overwrites it); start from defaults and say so.
    if (adapter.lastRead?.state !== 'unreadable') throw error;
    notices.push({ code: 'settings-reset', detail: error instanceof Error ? error.message : String(error) });
  }
  if (adapter.lastRead?.state === 'recovered') {
    const { reason, damagedCopy } = adapter.lastRead;
    notices.push({ code: 'settings-recovered', detail: reason + (damagedCopy ? `; the damaged file was kept as ${damagedCopy}` : '') });
  }

  // One write at a time, in order, so an older state never lands after a newer one.
  let writing: Promise<void> = Promise.resolve();
  const write = () => {
    writing = writing.catch(() => undefined).then(() => database.write());
    return writing;
  };

  return {
    get: () => ({ ...database.data.settings }),
    async update(patch) {
      database.data.settings = settingsSchema.parse({ ...database.data.settings, ...patch });
      await write();
      return { ...database.data.settings };
    },
    windowState: () => (database.data.window ? { ...database.data.window } : undefined),
    async saveWindowState(state) {
      database.data.window = windowStateSchema.parse(state);
      await write();
    },
    notices,
  };
}
