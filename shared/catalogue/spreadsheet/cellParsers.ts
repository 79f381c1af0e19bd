// Turning one spreadsheet cell (already trimmed, never empty) into a typed value, or a reason.
import { isRealCalendarDate, type DateRange, type IsoDate } from '../entry';

export type CellResult<T> = { ok: true; value: T } | { ok: false; reason: string };
export type CellParser<T> = (cell: string) => CellResult<T>;

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = (reason: string): CellResult<never> => ({ ok: false, reason });

export const MAX_CELL_LENGTH = 20_000;

export function text(maxLength = MAX_CELL_LENGTH): CellParser<string> {
  return (cell) => (cell.length > maxLength ? fail(`is ${cell.length} characters long; at most ${maxLength} are allowed`) : ok(cell));
}

export function list(maxItemLength = 300): CellParser<string[]> {
  return (cell) => {
    const items = cell.split(';').map((item) => item.trim()).filter((item) => item.length > 0);
    const tooLong = items.find((item) => item.length > maxItemLength);
    return tooLong ? fail(`has an item of ${tooLong.length} characters; at most ${maxItemLength} are allowed`) : ok(items);
  };
}

export function integer(min: number, max: number): CellParser<number> {
  return (cell) => {
    if (!/^-?\d+$/.test(cell)) return fail(`"${preview(cell)}" is not a whole number`);
    const value = Number(cell);
    return value < min || value > max ? fail(`${cell} is outside ${min}–${max}`) : ok(value);
  };
}

/** Whole rupees, digits only: "5000000", not "50 lakh" or "5,00,000". */
export const rupees: CellParser<number> = (cell) => {
  if (/^-\d+$/.test(cell)) return fail(`${cell} is negative; an amount must be 0 or more`);
  if (!/^\d+$/.test(cell)) return fail(`"${preview(cell)}" is not an amount in whole rupees (digits only, e.g. 5000000)`);
  const value = Number(cell);
  return value > 1e13 ? fail(`${cell} is implausibly large`) : ok(value);
};

export const isoDate: CellParser<IsoDate> = (cell) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(cell)) return fail(`"${preview(cell)}" is not a date written YYYY-MM-DD`);
  return isRealCalendarDate(cell) ? ok(cell as IsoDate) : fail(`${cell} is not a real calendar date`);
};

export const dateRanges: CellParser<DateRange[]> = (cell) => {
  const ranges: DateRange[] = [];
  for (const item of cell.split(';').map((part) => part.trim()).filter(Boolean)) {
    const [startText, endText, extra] = item.split('/').map((part) => part.trim());
    if (startText === undefined || endText === undefined || extra !== undefined) {
      return fail(`"${preview(item)}" is not a date range written YYYY-MM-DD/YYYY-MM-DD`);
    }
    const start = isoDate(startText);
    if (!start.ok) return start;
    const end = isoDate(endText);
    if (!end.ok) return end;
    if (end.value < start.value) return fail(`the range ${item} ends before it starts`);
    ranges.push({ start: start.value, end: end.value });
  }
  return ok(ranges);
};

export function oneOf<T extends string>(values: readonly T[]): CellParser<T> {
  return (cell) => {
    const lower = cell.toLowerCase();
    const match = values.find((value) => value.toLowerCase() === lower);
    return match ? ok(match) : fail(`"${preview(cell)}" is not one of: ${values.join(', ')}`);
  };
}

export const httpsUrl: CellParser<string> = (cell) => {
  let url: URL;
  try {
    url = new URL(cell);
  } catch {
    return fail(`"${preview(cell)}" is not a link`);
  }
  return url.protocol === 'https:' ? ok(cell) : fail(`"${preview(cell)}" is not an https:// link`);
};

export const email: CellParser<string> = (cell) =>
  /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(cell) && cell.length <= 300 ? ok(cell) : fail(`"${preview(cell)}" is not an e-mail address`);

export const entryId: CellParser<string> = (cell) =>
  /^[a-z0-9-]{3,80}$/.test(cell) ? ok(cell) : fail(`"${preview(cell)}" is not a valid id (3–80 lowercase letters, digits or "-")`);

function preview(cell: string): string {
  return cell.length > 40 ? `${cell.slice(0, 37)}…` : cell;
}
