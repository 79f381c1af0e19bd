// The searches that found nothing, which tell the catalogue team what visitors ask for that the
// catalogue lacks. Only the query text is kept, normalised and counted per calendar day: no time
// of day, no officer, no visitor, no enquiry (DPDP Act 2023 s. 2(t): none of it identifies anyone).
import type { IsoDate } from '../catalogue/entry';

/** A query longer than this is a pasted paragraph, not a search; it is not kept. */
export const MAX_MISS_QUERY_CHARACTERS = 120;

/** Counts per day, per normalised query: `{ "2026-11-20": { "drone jammer": 3 } }`. */
export type SearchMissDays = Record<string, Record<string, number>>;

export interface SearchMissRow {
  query: string;
  count: number;
  /** The last day in the period it was searched for. */
  lastDay: IsoDate;
}

const DEVANAGARI_DIGITS = /[\u0966-\u096F]/g;

/** Trimmed, runs of white space as one space, lower case, Unicode NFC, Devanagari digits as 0-9. */
export function normaliseMissQuery(text: string): string {
  return text
    .normalize('NFC')
    .replace(DEVANAGARI_DIGITS, (digit) => String(digit.charCodeAt(0) - 0x0966))
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}

/**
 * Whether a query might hold someone's personal data (DPDP Act 2023): an officer who types a
 * visitor's phone number or e-mail into the search box by mistake (meaning the enquiry form) must
 * not leave it in a log the catalogue team reads, which has no consent, no retention period and no
 * erasure. So a query is dropped, not kept, when it holds
 * - an "@" (an e-mail address, or half of one);
 * - six or more digits in a row (a mobile, a landline without its code, a PIN code, an Aadhaar
 *   number), or eight or more digits in one run broken only by spaces, dots, hyphens, slashes or
 *   brackets ("+91 98390 12345", "0522-2345678"): standard numbers such as "IS 1239" or
 *   "MIL-STD-810" have fewer;
 * - something shaped like a PAN (five letters, four digits, a letter).
 * Dropping a rare real search (an eight-digit part number) is the price of never keeping a phone.
 */
export function looksLikePersonalData(query: string): boolean {
  const text = normaliseMissQuery(query);
  if (text.includes('@')) return true;
  if (/\d{6,}/.test(text)) return true;
  for (const run of text.match(/[\d+][\d\s.\-/()+]*\d/g) ?? []) if (run.replace(/\D/g, '').length >= 8) return true;
  return /\b[a-z]{5}\d{4}[a-z]\b/.test(text);
}

/** The query as it is kept, or undefined when it is not kept at all (empty, too long, or possibly personal). */
export function missQueryToKeep(text: string): string | undefined {
  const query = normaliseMissQuery(text);
  if (query === '' || query.length > MAX_MISS_QUERY_CHARACTERS) return undefined;
  return looksLikePersonalData(query) ? undefined : query;
}

/** The misses between from and to (inclusive), most searched first, then alphabetically. */
export function searchMissesBetween(days: SearchMissDays, from: string, to: string, limit = 100): SearchMissRow[] {
  const totals = new Map<string, SearchMissRow>();
  for (const day of Object.keys(days).sort()) {
    if (day < from || day > to) continue;
    for (const [query, count] of Object.entries(days[day]!)) {
      const row = totals.get(query);
      if (row) {
        row.count += count;
        row.lastDay = day as IsoDate;
      } else totals.set(query, { query, count, lastDay: day as IsoDate });
    }
  }
  return [...totals.values()].sort((a, b) => b.count - a.count || (a.query < b.query ? -1 : a.query > b.query ? 1 : 0)).slice(0, limit);
}

const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;

/**
 * Whether a kept query holds one of a person's values (name, phone, e-mail), compared as the log
 * compares queries (normalised) and as whole words, so that erasing "Om" does not take "oman
 * standards" with it. A value that normalises to nothing matches nothing.
 */
export function queryHoldsAny(query: string, normalisedValues: readonly string[]): boolean {
  for (const value of normalisedValues) {
    if (value === '') continue;
    for (let at = query.indexOf(value); at !== -1; at = query.indexOf(value, at + 1)) {
      const before = query[at - 1];
      const after = query[at + value.length];
      if ((before === undefined || !WORD_CHARACTER.test(before)) && (after === undefined || !WORD_CHARACTER.test(after))) return true;
    }
  }
  return false;
}

/**
 * The log without every query that holds one of a person's details (DPDP Act 2023 s. 12 on
 * request, s. 8(7) when their retention ends): a visitor's name typed into the search box by
 * mistake is personal data, though the log keeps no phone or e-mail of its own accord.
 */
export function missesWithout(days: SearchMissDays, values: readonly string[]): { days: SearchMissDays; removed: number } {
  const normalised = [...new Set(values.map(normaliseMissQuery))].filter((value) => value !== '');
  const kept: SearchMissDays = {};
  let removed = 0;
  for (const [day, counts] of Object.entries(days)) {
    const keptCounts: Record<string, number> = {};
    for (const [query, count] of Object.entries(counts)) {
      if (queryHoldsAny(query, normalised)) removed += 1;
      else keptCounts[query] = count;
    }
    if (Object.keys(keptCounts).length > 0) kept[day] = keptCounts;
  }
  return { days: kept, removed };
}
