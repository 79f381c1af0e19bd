// Today's date in the reader's time zone, YYYY-MM-DD. The same rule as todayIso() in
// shared/catalogue/catalogue.ts, repeated here because importing that module pulls zod (its
// schemas run at load) into the page bundle and slows the first paint.
import type { IsoDate } from '../../shared/catalogue/entry';

export function todayIso(now: Date = new Date()): IsoDate {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10) as IsoDate;
}
