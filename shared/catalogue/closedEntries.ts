// Entries the catalogue still holds but no longer offers: withdrawn, or past their valid_until
// date. The search never returns them (entryVisibility.ts); the desk still names one that a
// visitor asks for by title, with the day it closed, instead of saying nothing was found.
import { normaliseText } from '../text/normalise';
import type { CatalogueEntry, EntryId, EntryKind, IsoDate, LocalisedText } from './entry';
import { isEntryVisible } from './entryVisibility';

export interface ClosedEntry {
  id: EntryId;
  kind: EntryKind;
  title: LocalisedText;
  /** withdrawn: taken out by DTTC; expired: its valid_until date (`closedOn`) has passed. */
  reason: 'withdrawn' | 'expired';
  closedOn?: IsoDate;
}

export function closedEntries(entries: readonly CatalogueEntry[], today: IsoDate | string): ClosedEntry[] {
  return entries
    .filter((entry) => !isEntryVisible(entry, today))
    .map((entry) =>
      entry.status === 'withdrawn'
        ? { id: entry.id, kind: entry.kind, title: entry.title, reason: 'withdrawn' as const }
        : { id: entry.id, kind: entry.kind, title: entry.title, reason: 'expired' as const, ...(entry.validUntil ? { closedOn: entry.validUntil } : {}) },
    );
}

/** Shorter queries name too many titles to be worth a notice. */
const SHORTEST_QUERY = 3;

/**
 * The closed entries whose title (English or Hindi) has every word of `text` as the start of one
 * of its words, at most `max`: "conclave", "msme concl" and "सम्मेलन" all find the conclave workshop.
 */
export function closedEntriesTitled(closed: readonly ClosedEntry[], text: string, max = 3): ClosedEntry[] {
  const wanted = words(text);
  if (wanted.join('').length < SHORTEST_QUERY) return [];
  const found: ClosedEntry[] = [];
  for (const entry of closed) {
    const titleWords = [...words(entry.title.en), ...(entry.title.hi ? words(entry.title.hi) : [])];
    if (wanted.every((word) => titleWords.some((titleWord) => titleWord.startsWith(word)))) found.push(entry);
    if (found.length >= max) break;
  }
  return found;
}

function words(text: string): string[] {
  return normaliseText(text)
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((word) => word !== '');
}
