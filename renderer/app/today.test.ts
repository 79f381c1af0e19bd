import { describe, expect, it } from 'vitest';
import { todayIso as sharedTodayIso } from '../../shared/catalogue/catalogue';
import { todayIso } from './today';

describe('todayIso', () => {
  it('agrees with the catalogue module it repeats', () => {
    for (const time of [0, 1_700_000_000_000, Date.UTC(2026, 11, 31, 23, 59)]) expect(todayIso(new Date(time))).toBe(sharedTodayIso(new Date(time)));
  });

  it('writes YYYY-MM-DD', () => {
    expect(todayIso()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
