import { describe, expect, it } from 'vitest';
import type { CatalogueEntry } from '../../../shared/catalogue/entry';
import { popularDomains } from './popularDomains';

const entry = (id: string, domains: string[], extra: Partial<CatalogueEntry> = {}) => ({ id, domains, status: 'active', ...extra }) as unknown as CatalogueEntry;

describe('popularDomains', () => {
  it('counts visible entries per domain, most first, ties by name, up to the limit', () => {
    const entries = [
      entry('a', ['Sensors', 'Materials']),
      entry('b', ['Materials']),
      entry('c', ['Materials', 'Materials']),
      entry('d', ['Aeronautics']),
      entry('e', ['Sensors'], { status: 'withdrawn' }),
      entry('f', ['Sensors'], { validUntil: '2026-01-01' } as Partial<CatalogueEntry>),
    ];
    expect(popularDomains(entries, '2026-11-25', 2)).toEqual([
      { domain: 'Materials', count: 3 },
      { domain: 'Aeronautics', count: 1 },
    ]);
    expect(popularDomains(entries, '2025-12-31', 5)).toContainEqual({ domain: 'Sensors', count: 2 });
  });
});
