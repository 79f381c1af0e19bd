// The shell's CatalogueProvider port (../ipc/catalogueProvider.ts) backed by the installed, verified
// catalogue instead of a spreadsheet folder.
import { HandlerError } from '../ipc/apiHandlers';
import type { CatalogueProvider } from '../ipc/catalogueProvider';
import type { SyncService } from './syncService';

export function createInstalledCatalogueProvider(service: Pick<SyncService, 'catalogue'>): CatalogueProvider {
  return {
    async snapshot() {
      const snapshot = service.catalogue();
      if (!snapshot) throw new HandlerError('catalogue-unavailable', 'No verified catalogue is installed yet: import an update bundle or connect to the update feed.');
      return snapshot;
    },
  };
}
