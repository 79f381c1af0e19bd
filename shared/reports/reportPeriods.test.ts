import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../catalogue/entry';
import { addDays, daysBetweenInclusive, periodStart, periodStarts } from './reportPeriods';

const day = (text: string) => text as IsoDate;

describe('report periods', () => {
  it('starts a week on Monday and a month on the 1st', () => {
    expect(periodStart('2026-01-01', 'week')).toBe('2025-12-29'); // a Thursday
    expect(periodStart('2026-01-05', 'week')).toBe('2026-01-05'); // a Monday
    expect(periodStart('2026-01-11', 'week')).toBe('2026-01-05'); // a Sunday
    expect(periodStart('2026-02-28', 'month')).toBe('2026-02-01');
  });

  it('lists every period overlapping the range, across a year end', () => {
    expect(periodStarts(day('2025-11-15'), day('2026-02-01'), 'month')).toEqual(['2025-11-01', '2025-12-01', '2026-01-01', '2026-02-01']);
    expect(periodStarts(day('2026-01-01'), day('2026-01-20'), 'week')).toEqual(['2025-12-29', '2026-01-05', '2026-01-12', '2026-01-19']);
    expect(periodStarts(day('2026-03-10'), day('2026-03-10'), 'week')).toEqual(['2026-03-09']);
  });

  it('counts days through leap years', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(daysBetweenInclusive('2026-01-01', '2026-12-31')).toBe(365);
    expect(daysBetweenInclusive('2028-01-01', '2028-12-31')).toBe(366);
  });
});
