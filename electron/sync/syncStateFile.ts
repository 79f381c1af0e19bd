// What the sync client remembers between runs, beside the installed catalogue: the feed's ETag (for
// If-None-Match), when it last checked and last succeeded, and the last failure to show.
import { join } from 'node:path';
import { z } from 'zod';
import { readFileDurably, writeFileDurably } from '../store/durableFile';
import type { SyncErrorCode } from './syncError';

export const SYNC_STATE_FILE = 'sync-state.json';

export const syncStateSchema = z.object({
  format: z.literal(1),
  /** The ETag of the manifest in use, valid only for this feed URL. */
  manifestCache: z.object({ feedUrl: z.string(), etag: z.string() }).optional(),
  lastCheckedAt: z.string().optional(),
  lastSuccessAt: z.string().optional(),
  lastFailure: z.object({ code: z.string(), message: z.string(), at: z.string() }).optional(),
});
export type SyncState = z.infer<typeof syncStateSchema> & { lastFailure?: { code: SyncErrorCode; message: string; at: string } };

export interface SyncStateFile {
  get(): SyncState;
  update(patch: Partial<SyncState>): Promise<SyncState>;
}

export async function openSyncStateFile(folder: string): Promise<SyncStateFile> {
  const path = join(folder, SYNC_STATE_FILE);
  const read = await readFileDurably(path, (text) => syncStateSchema.parse(JSON.parse(text)) as SyncState);
  // A damaged state file costs one full manifest fetch, nothing more: start afresh.
  let state: SyncState = read.state === 'ok' || read.state === 'recovered' ? read.value : { format: 1 };
  return {
    get: () => state,
    async update(patch) {
      const next: SyncState = { ...state, ...patch };
      for (const key of Object.keys(patch) as (keyof SyncState)[]) if (patch[key] === undefined) delete next[key];
      await writeFileDurably(path, JSON.stringify(next, null, 2) + '\n');
      state = next;
      return state;
    },
  };
}
