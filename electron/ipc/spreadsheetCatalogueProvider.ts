// A catalogue read from a spreadsheet folder (the bundled sample, or a test fixture). Read once,
// on first use; a folder with problems gives a clear error naming the first few, never a stack.
import type { CatalogueSnapshot } from '../../shared/ipc/contract';
import { readSpreadsheetFolder } from '../node/readSpreadsheetFolder';
import { formatProblem } from '../cli/formatProblem';
import { HandlerError } from './apiHandlers';
import type { CatalogueProvider } from './catalogueProvider';

export const SPREADSHEET_FEED_ID = 'bundled-spreadsheet';

export function createSpreadsheetCatalogueProvider(folder: string, now: () => Date = () => new Date()): CatalogueProvider {
  let loading: Promise<CatalogueSnapshot> | undefined;
  const load = async (): Promise<CatalogueSnapshot> => {
    const result = await readSpreadsheetFolder(folder);
    if (!result.ok) {
      const shown = result.problems.slice(0, 3).map(formatProblem).join('; ');
      const more = result.problems.length > 3 ? ` (and ${result.problems.length - 3} more)` : '';
      throw new HandlerError('catalogue-unavailable', `The catalogue in ${folder} could not be read: ${shown}${more}.`);
    }
    return {
      info: { feedId: SPREADSHEET_FEED_ID, version: 0, issuedAt: now().toISOString(), entryCount: result.entries.length },
      entries: result.entries,
      glossary: result.glossary,
    };
  };
  return {
    snapshot() {
      loading ??= load();
      // A failed read is tried again next time (the folder may be being written right now).
      loading.catch(() => {
        loading = undefined;
      });
      return loading;
    },
  };
}
