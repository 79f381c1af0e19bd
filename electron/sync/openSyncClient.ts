// The sync client over the user-data folder: the installed-catalogue store, the sync state file and
// the client, opened together (staging from an interrupted run is cleaned here).
import { openCatalogueStore } from '../store/catalogueStore';
import { createSyncClient, type SyncClient, type SyncClientOptions } from './syncClient';
import { openSyncStateFile } from './syncStateFile';

export type OpenSyncClientOptions = Omit<SyncClientOptions, 'store' | 'state'> & { dataFolder: string };

export async function openSyncClient(options: OpenSyncClientOptions): Promise<SyncClient> {
  const { dataFolder, ...rest } = options;
  const store = await openCatalogueStore(dataFolder);
  const state = await openSyncStateFile(store.folder);
  return createSyncClient({ ...rest, store, state });
}
