// What a visitor can see today, counted: entries per kind, and the subject areas with the most
// entries (the kiosk's home tiles, so a tile never leads to an empty page). Worked out by the host
// for catalogue:info, so a kiosk page never reads the whole catalogue to show its home screen.
import type { CatalogueEntry, EntryKind } from './entry';

export interface DomainCount {
  domain: string;
  count: number;
}

export interface OfferedCounts {
  /** The day the counts hold for (an entry past its end date is not offered). */
  today: string;
  kinds: Record<EntryKind, number>;
  /** The most offered subject areas, most first, ties by name. */
  domains: DomainCount[];
  /** Kiosk mode only: the catalogue's Devanagari words, which rank the on-screen keyboard's Hindi suggestions. */
  hindiWords?: string[];
}

/** Home tiles show this many subject areas. */
export const POPULAR_DOMAIN_TILES = 8;

export function popularDomains(entries: readonly CatalogueEntry[], today: string, limit: number): DomainCount[] {
  return offeredCounts(entries, today, limit).domains;
}

export function offeredCounts(entries: readonly CatalogueEntry[], today: string, domainLimit = POPULAR_DOMAIN_TILES): OfferedCounts {
  const kinds: Record<EntryKind, number> = { technology: 0, consultancy: 0, course: 0, scheme: 0 };
  const counts = new Map<string, number>();
  for (const entry of entries) {
    // The same rule as isEntryVisible, inlined: importing that module pulls zod into the page.
    if (entry.status !== 'active' || (entry.validUntil !== undefined && entry.validUntil < today)) continue;
    kinds[entry.kind] += 1;
    for (const domain of new Set(entry.domains)) counts.set(domain, (counts.get(domain) ?? 0) + 1);
  }
  const domains = [...counts]
    .map(([domain, count]) => ({ domain, count }))
    .sort((a, b) => b.count - a.count || a.domain.localeCompare(b.domain))
    .slice(0, domainLimit);
  return { today, kinds, domains };
}
