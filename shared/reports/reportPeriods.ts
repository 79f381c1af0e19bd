// Calendar arithmetic for reports, on ISO dates (YYYY-MM-DD) as calendar days with no time zone:
// each date is read as midnight UTC only to count days, so no clock or offset can shift a day.
import type { IsoDate } from '../catalogue/entry';

export const REPORT_GROUPINGS = ['week', 'month'] as const;
export type ReportGrouping = (typeof REPORT_GROUPINGS)[number];

const DAY_MS = 24 * 60 * 60 * 1000;

function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

function dateOfDayNumber(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10) as IsoDate;
}

export function addDays(date: string, days: number): IsoDate {
  return dateOfDayNumber(dayNumber(date) + days);
}

/** Days from `from` to `to`, both counted (1 when they are the same day). */
export function daysBetweenInclusive(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from) + 1;
}

/**
 * The first day of the period holding `date`: weeks start on Monday (ISO 8601, as the Indian
 * government's weekly returns count them), months on the 1st.
 */
export function periodStart(date: string, grouping: ReportGrouping): IsoDate {
  if (grouping === 'month') return `${date.slice(0, 7)}-01` as IsoDate;
  const day = dayNumber(date);
  // 1970-01-01 was a Thursday: (day + 3) mod 7 is 0 on Mondays.
  return dateOfDayNumber(day - (((day + 3) % 7) + 7) % 7);
}

function nextPeriodStart(start: IsoDate, grouping: ReportGrouping): IsoDate {
  if (grouping === 'week') return addDays(start, 7);
  const year = Number(start.slice(0, 4));
  const month = Number(start.slice(5, 7));
  return (month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`) as IsoDate;
}

/** Every period that overlaps from…to, in order, by its first day (the first and last may be partly outside). */
export function periodStarts(from: IsoDate, to: IsoDate, grouping: ReportGrouping): IsoDate[] {
  const starts: IsoDate[] = [];
  for (let start = periodStart(from, grouping); start <= to; start = nextPeriodStart(start, grouping)) starts.push(start);
  return starts;
}
