// Which entries are shown. Apart from catalogue.ts (and its zod schemas) so the search worker's
// bundle can use it without evaluating every schema at start-up.
import type { CatalogueEntry, IsoDate } from './entry';

/**
 * An entry is shown only while it is active and not past its valid_until date
 * (GIGW: expired content is not shown). `today` is passed in so callers own the clock.
 */
export function isEntryVisible(entry: CatalogueEntry, today: IsoDate | string): boolean {
  if (entry.status !== 'active') return false;
  return entry.validUntil === undefined || entry.validUntil >= today;
}
