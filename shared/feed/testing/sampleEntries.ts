// Small valid catalogue entries for tests of the feed (not shipped data).
import type { CatalogueEntry, EntryId, IsoDate } from '../../catalogue/entry';

export function technologyEntry(id: string, title = `Technology ${id}`, overrides: Partial<CatalogueEntry> = {}): CatalogueEntry {
  return {
    kind: 'technology',
    id: id as EntryId,
    title: { en: title, hi: `तकनीक ${id}` },
    summary: { en: `Summary of ${title}.` },
    lab: 'DMSRDE',
    domains: ['Materials'],
    keywords: ['sample'],
    contact: { email: 'tot@example.org' },
    updated: '2026-01-15' as IsoDate,
    status: 'active',
    applications: ['Field use'],
    ...overrides,
  } as CatalogueEntry;
}

export function courseEntry(id: string, title = `Course ${id}`): CatalogueEntry {
  return {
    kind: 'course',
    id: id as EntryId,
    title: { en: title },
    summary: { en: `Summary of ${title}.` },
    lab: 'DTTC',
    domains: ['Skills'],
    keywords: [],
    contact: {},
    updated: '2026-02-01' as IsoDate,
    status: 'active',
    durationDays: 5,
    mode: 'in-person',
    batches: [],
  } as CatalogueEntry;
}
