import { describe, expect, it } from 'vitest';
import type { CatalogueEntry } from './entry';
import { offeredCounts, popularDomains } from './offeredCounts';

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

describe('offeredCounts', () => {
  it('counts the offered entries of each kind, leaving out withdrawn and ended ones', () => {
    const entries = [
      entry('a', ['Sensors'], { kind: 'technology' }),
      entry('b', ['Sensors'], { kind: 'technology', status: 'withdrawn' }),
      entry('c', ['Testing'], { kind: 'consultancy' }),
      entry('d', ['Testing'], { kind: 'course', validUntil: '2026-01-01' } as Partial<CatalogueEntry>),
    ];
    expect(offeredCounts(entries, '2026-11-25')).toEqual({
      today: '2026-11-25',
      kinds: { technology: 1, consultancy: 1, course: 0, scheme: 0 },
      domains: [
        { domain: 'Sensors', count: 1 },
        { domain: 'Testing', count: 1 },
      ],
    });
  });
});
