// Orders other than relevance: each is a number per entry, smaller first, so the engine's top-N
// selection (topDocuments) can use it in place of the score. Entries without the fact sort last.
import type { IsoDate } from '../catalogue/entry';
import type { EntryFacts } from './filters';
import type { SearchSort } from './types';

export const SORT_KEYS = ['newest', 'nextBatch', 'trl', 'fee', 'funding'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

const MISSING = Number.POSITIVE_INFINITY;

/** A sort the caller asked for, or undefined for relevance (also for anything malformed). */
export function sanitiseSort(sort: unknown): SearchSort | undefined {
  if (typeof sort !== 'object' || sort === null) return undefined;
  const { by, today } = sort as { by?: unknown; today?: unknown };
  if (typeof by !== 'string' || !(SORT_KEYS as readonly string[]).includes(by)) return undefined;
  return typeof today === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(today) ? { by: by as SortKey, today: today as IsoDate } : { by: by as SortKey };
}

/** The key of each entry under `sort`: smaller comes first, entries lacking the fact last. */
export function sortKeyOf(sort: SearchSort, facts: EntryFacts): (document: number) => number {
  switch (sort.by) {
    case 'newest':
      return (document) => -facts.updated[document]!;
    case 'trl':
      return (document) => (facts.trl[document] === 0 ? MISSING : -facts.trl[document]!);
    case 'funding':
      return (document) => (Number.isNaN(facts.funding[document]) ? MISSING : -facts.funding[document]!);
    case 'fee':
      return (document) => (Number.isNaN(facts.fee[document]) ? MISSING : facts.fee[document]!);
    case 'nextBatch': {
      // The first batch not yet over on `today` (one already running counts: a visitor may still join).
      const today = sort.today ?? '';
      return (document) => {
        let next: string | undefined;
        for (const batch of facts.batches[document] ?? []) if (batch.end >= today && (next === undefined || batch.start < next)) next = batch.start;
        return next === undefined ? MISSING : dateNumber(next);
      };
    }
  }
}

/** "2026-11-25" → 20261125, which orders as the dates do. */
export function dateNumber(iso: string): number {
  return Number(iso.slice(0, 4)) * 10_000 + Number(iso.slice(5, 7)) * 100 + Number(iso.slice(8, 10));
}
