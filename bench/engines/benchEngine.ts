import type { CatalogueEntry, IsoDate } from '../../shared/catalogue/entry';

/** What the search benchmark needs from an engine: ids of the best `limit` entries, best first. */
export interface BenchEngine {
  search(text: string, limit: number): string[];
}

export interface BenchEngineFactory {
  name: string;
  build(entries: readonly CatalogueEntry[], today: IsoDate): BenchEngine;
}
