import { describe, expect, it } from 'vitest';
import { generateCatalogue } from '../../bench/catalogueGenerator';
import { decodeAttributes, encodeAttributes } from './attributeTable';
import { entryPreview, type EntryAttributes } from './entryPreview';
import { handMadeCatalogue } from './testing/handMadeCatalogue';

const attributesOf = (entries: typeof handMadeCatalogue): EntryAttributes[] =>
  entries.map(entryPreview).map(({ title: _title, summary: _summary, ...attributes }) => attributes);

describe('attribute table', () => {
  it('reads back exactly what it wrote, every kind with and without its extra', () => {
    const attributes = attributesOf([...handMadeCatalogue, ...generateCatalogue(400, 5)]);
    expect(new Set(attributes.map((entry) => entry.kind)).size).toBe(4);
    expect(attributes.find((entry) => entry.id === 'emi-testing')).toMatchObject({ kind: 'consultancy', turnaroundDays: 10 });
    expect(decodeAttributes(encodeAttributes(attributes))?.attributes).toEqual(attributes);
  });

  it('is much smaller than the same attributes as objects', () => {
    const attributes = attributesOf(generateCatalogue(2000, 6));
    expect(encodeAttributes(attributes).length).toBeLessThan(JSON.stringify(attributes).length * 0.6);
  });

  it('refuses text that is not a table: a code outside the tables, a wrong extra, a short row, not JSON', () => {
    const table = JSON.parse(encodeAttributes(attributesOf(handMadeCatalogue))) as { labs: string[]; entries: unknown[][] };
    const withRow = (row: unknown[]) => JSON.stringify({ ...table, entries: [...table.entries, row] });
    expect(decodeAttributes(withRow(['x', 0, table.labs.length, [], '2026-01-01']))).toBeUndefined();
    expect(decodeAttributes(withRow(['x', 9, 0, [], '2026-01-01']))).toBeUndefined();
    expect(decodeAttributes(withRow(['x', 0, 0, [9999], '2026-01-01']))).toBeUndefined();
    expect(decodeAttributes(withRow(['x', 0, 0, [], '2026-01-01', 'seven']))).toBeUndefined();
    expect(decodeAttributes(withRow(['x', 2, 0, [], '2026-01-01']))).toBeUndefined();
    expect(decodeAttributes(withRow(['x', 1, 0, [], '2026-01-01', '10']))).toBeUndefined();
    expect(decodeAttributes(withRow(['x', 0, 0, []]))).toBeUndefined();
    expect(decodeAttributes('[1, 2')).toBeUndefined();
    expect(decodeAttributes(withRow(['x', 0, 0, [], '2026-01-01']))?.attributes).toHaveLength(table.entries.length + 1);
  });
});
