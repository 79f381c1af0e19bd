// Staff's update settings (None / Manual / Automatic and the feed address), kept in the user-data
// folder by the durable writer. A damaged file falls back to its last good copy, else to Manual
// with no address, and says so.
import { join } from 'node:path';
import { z } from 'zod';
import { SYNC_MODES, type SyncModeSetting } from '../../shared/sync/channels';
import { readFileDurably, removeLeftoverTemporaryFiles, writeFileDurably } from '../store/durableFile';

export const SYNC_SETTINGS_FILE_NAME = 'sync-settings.json';

const syncSettingsSchema = z.object({ format: z.literal(1), mode: z.enum(SYNC_MODES), feedUrl: z.string().max(2000).optional() });

export interface SyncSettings {
  mode: SyncModeSetting;
  feedUrl?: string;
}

export const DEFAULT_SYNC_SETTINGS: SyncSettings = { mode: 'manual' };

export interface SyncSettingsFile {
  get(): SyncSettings;
  save(settings: SyncSettings): Promise<void>;
  readonly notice: string | undefined;
}

export async function openSyncSettingsFile(folder: string): Promise<SyncSettingsFile> {
  const path = join(folder, SYNC_SETTINGS_FILE_NAME);
  await removeLeftoverTemporaryFiles(path);
  const read = await readFileDurably(path, (text) => syncSettingsSchema.parse(JSON.parse(text)));
  let current: SyncSettings = read.state === 'ok' || read.state === 'recovered' ? withoutFormat(read.value) : { ...DEFAULT_SYNC_SETTINGS };
  const notice = read.state === 'recovered' || read.state === 'unreadable' ? `update settings: ${read.reason}` : undefined;
  return {
    get: () => ({ ...current }),
    async save(settings) {
      await writeFileDurably(path, JSON.stringify({ format: 1, ...settings }, null, 2), { keepBackup: true });
      current = { ...settings };
    },
    notice,
  };
}

function withoutFormat(value: z.infer<typeof syncSettingsSchema>): SyncSettings {
  return { mode: value.mode, ...(value.feedUrl ? { feedUrl: value.feedUrl } : {}) };
}
