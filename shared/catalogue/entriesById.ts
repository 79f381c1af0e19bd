// Entries by id, built once per list: a catalogue in use is never changed in place (an update
// installs a new list), so the map stays right for as long as its list is alive.
import type { CatalogueEntry } from './entry';

const maps = new WeakMap<readonly CatalogueEntry[], ReadonlyMap<string, CatalogueEntry>>();

export function entriesById(catalogue: { entries: readonly CatalogueEntry[] }): ReadonlyMap<string, CatalogueEntry> {
  let map = maps.get(catalogue.entries);
  if (!map) {
    map = new Map(catalogue.entries.map((entry) => [entry.id, entry]));
    maps.set(catalogue.entries, map);
  }
  return map;
}
