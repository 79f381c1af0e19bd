import { describe, expect, it } from 'vitest';
import { catalogueEntrySchema } from '../shared/catalogue/entry';
import { generateCatalogue } from './catalogueGenerator';
import { PLANTED_ENTRIES, PLANTED_QUERIES } from './plantedEntries';

describe('generateCatalogue', () => {
  it('makes valid entries of every kind with Hindi titles, unique ids', () => {
    const entries = generateCatalogue(1500, 7);
    expect(entries).toHaveLength(1500);
    for (const entry of entries) expect(catalogueEntrySchema.safeParse(entry).success).toBe(true);
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(1500);
    expect(new Set(entries.map((entry) => entry.kind))).toEqual(new Set(['technology', 'consultancy', 'course', 'scheme']));
    expect(entries.every((entry) => entry.title.hi !== undefined)).toBe(true);
    expect(entries.filter((entry) => entry.summary.hi !== undefined).length).toBeGreaterThan(500);
    expect(entries.some((entry) => entry.status === 'withdrawn')).toBe(true);
    expect(entries.some((entry) => entry.validUntil !== undefined && entry.validUntil < '2026-01-01')).toBe(true);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateCatalogue(50, 1)).toEqual(generateCatalogue(50, 1));
    expect(generateCatalogue(50, 1)).not.toEqual(generateCatalogue(50, 2));
  });

  it('plants the given entries, spread through the catalogue', () => {
    const entries = generateCatalogue(1000, 3, { planted: PLANTED_ENTRIES });
    expect(entries).toHaveLength(1000);
    const positions = PLANTED_ENTRIES.map((planted) => entries.findIndex((entry) => entry.id === planted.id));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(Math.max(...positions) - Math.min(...positions)).toBeGreaterThan(800);
  });

  it('has planted queries for every planted entry and every query style', () => {
    expect(new Set(PLANTED_QUERIES.map((query) => query.expectedId))).toEqual(new Set(PLANTED_ENTRIES.map((entry) => entry.id)));
    expect(new Set(PLANTED_QUERIES.map((query) => query.style))).toEqual(new Set(['exact', 'prefix', 'typo', 'devanagari', 'acronym', 'romanised']));
  });
});
