// Dates typed and read as Indians write them, day first: 25/11/2026 is 25 November 2026 in
// English and Hindi alike. A browser's own date field follows the browser's locale instead
// (mm/dd/yyyy under en-US), where 12/06/2026 would be read in India as 12 June.
// (Not isRealCalendarDate from entry.ts: that module's zod schemas would come into the page bundle.)
import type { IsoDate } from '../catalogue/entry';

export type ParsedDate = { ok: true; iso: IsoDate } | { ok: false; problem: 'empty' | 'format' | 'calendar' };

/** "2026-11-25" → "25/11/2026"; anything that is not a calendar date is given back as it is. */
export function formatNumericDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

/**
 * Day, month and year, in that order, with "/", "-", "." or spaces between (one or two digits for
 * day and month, four for the year): "25/11/2026", "5-1-2027", "05.01.2027". Devanagari digits count.
 */
export function parseNumericDate(text: string): ParsedDate {
  const plain = text.trim().replace(/[\u0966-\u096f]/g, (digit) => String(digit.charCodeAt(0) - 0x0966));
  if (plain === '') return { ok: false, problem: 'empty' };
  const match = /^(\d{1,2})\s*[/.\- ]\s*(\d{1,2})\s*[/.\- ]\s*(\d{4})$/.exec(plain);
  if (!match) return { ok: false, problem: 'format' };
  const iso = `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
  return isRealCalendarDate(iso) ? { ok: true, iso: iso as IsoDate } : { ok: false, problem: 'calendar' };
}

function isRealCalendarDate(iso: string): boolean {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
