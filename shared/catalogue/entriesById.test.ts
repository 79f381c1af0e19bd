import { describe, expect, it } from 'vitest';
import { generateCatalogue } from '../../bench/catalogueGenerator';
import { entriesById } from './entriesById';

describe('entriesById', () => {
  it('finds every entry of the list by its id, and none of another list', () => {
    const entries = generateCatalogue(40, 3);
    const map = entriesById({ entries });
    for (const entry of entries) expect(map.get(entry.id)).toBe(entry);
    expect(map.get('no-such-entry')).toBeUndefined();
  });

  it('builds the map once per list, and again for a new list', () => {
    const entries = generateCatalogue(5, 4);
    expect(entriesById({ entries })).toBe(entriesById({ entries }));
    const updated = [...entries.slice(1)];
    expect(entriesById({ entries: updated }).has(entries[0]!.id)).toBe(false);
  });
});
