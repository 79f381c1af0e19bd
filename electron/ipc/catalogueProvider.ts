// The port the handlers read the catalogue through. Today it is read from a spreadsheet folder
// (./spreadsheetCatalogueProvider.ts); the signed, installed feed will provide another.
import type { CatalogueSnapshot } from '../../shared/ipc/contract';

export interface CatalogueProvider {
  snapshot(): Promise<CatalogueSnapshot>;
}
