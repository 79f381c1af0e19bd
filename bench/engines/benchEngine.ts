import type { CatalogueEntry, IsoDate } from '../../shared/catalogue/entry';
import type { GlossaryGroup } from '../../shared/catalogue/glossary';

/** What the search benchmark needs from an engine: ids of the best `limit` entries, best first. */
export interface BenchEngine {
  search(text: string, limit: number): string[];
}

export interface BenchEngineFactory {
  name: string;
  /** `glossary`: the catalogue's glossary groups, for an engine that reads them (ours does, as shipped). */
  build(entries: readonly CatalogueEntry[], today: IsoDate, glossary?: readonly GlossaryGroup[]): BenchEngine;
}
