// The subject areas shown as tiles on the kiosk's home screen: those with the most entries a
// visitor can see today, so a tile never leads to an empty page.
import type { CatalogueEntry } from '../../../shared/catalogue/entry';

export interface DomainCount {
  domain: string;
  count: number;
}

export function popularDomains(entries: readonly CatalogueEntry[], today: string, limit: number): DomainCount[] {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    // The same rule as isEntryVisible, inlined: importing that module pulls zod into the page.
    if (entry.status !== 'active' || (entry.validUntil !== undefined && entry.validUntil < today)) continue;
    for (const domain of new Set(entry.domains)) counts.set(domain, (counts.get(domain) ?? 0) + 1);
  }
  return [...counts]
    .map(([domain, count]) => ({ domain, count }))
    .sort((a, b) => b.count - a.count || a.domain.localeCompare(b.domain))
    .slice(0, limit);
}
