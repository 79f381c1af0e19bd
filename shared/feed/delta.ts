// Deltas between two snapshots' entries, and applying one. Entries are compared by their
// canonical JSON, so a change in any field (or a field added or removed) is an update.
import type { CatalogueEntry, EntryId } from '../catalogue/entry';
import { canonicalEntryJson } from './snapshotBytes';
import type { ChangeList } from './format';

export interface EntryDifference {
  /** Entries new or changed in `next`, sorted by id. */
  upserts: CatalogueEntry[];
  /** Ids in `previous` but not in `next`, sorted. */
  withdrawn: EntryId[];
  changes: ChangeList;
}

export function diffEntries(previous: readonly CatalogueEntry[], next: readonly CatalogueEntry[]): EntryDifference {
  const previousById = new Map(previous.map((entry) => [entry.id as string, canonicalEntryJson(entry)]));
  const nextIds = new Set(next.map((entry) => entry.id as string));
  const upserts: CatalogueEntry[] = [];
  const added: EntryId[] = [];
  const updated: EntryId[] = [];
  for (const entry of sortById(next)) {
    const before = previousById.get(entry.id);
    if (before === undefined) added.push(entry.id);
    else if (before !== canonicalEntryJson(entry)) updated.push(entry.id);
    else continue;
    upserts.push(entry);
  }
  const withdrawn = previous.map((entry) => entry.id).filter((id) => !nextIds.has(id)).sort(compareIds);
  return { upserts, withdrawn, changes: { added, updated, withdrawn } };
}

/** The snapshot entries after a delta: withdrawn ids removed, upserts added or replaced; sorted by id. */
export function applyDelta(snapshotEntries: readonly CatalogueEntry[], delta: { upserts: readonly CatalogueEntry[]; withdrawn: readonly EntryId[] }): CatalogueEntry[] {
  const byId = new Map<string, CatalogueEntry>(snapshotEntries.map((entry) => [entry.id, entry]));
  for (const id of delta.withdrawn) byId.delete(id);
  for (const entry of delta.upserts) byId.set(entry.id, entry);
  return sortById([...byId.values()]);
}

export function sortById(entries: readonly CatalogueEntry[]): CatalogueEntry[] {
  return [...entries].sort((left, right) => compareIds(left.id, right.id));
}

// Plain code-unit order, not localeCompare: the order must be the same on every machine.
function compareIds(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}
