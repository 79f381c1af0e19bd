import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate } from './format';
import { formatNumericDate, parseNumericDate } from './numericDate';

describe('dates written day first', () => {
  it('reads 12/06/2026 as 12 June 2026, never as 6 December', () => {
    expect(parseNumericDate('12/06/2026')).toEqual({ ok: true, iso: '2026-06-12' });
    expect(formatDate('2026-06-12', 'en')).toBe('12 June 2026');
  });

  it('takes one-digit days and months, other separators, spaces and Devanagari digits', () => {
    expect(parseNumericDate(' 5-1-2027 ')).toEqual({ ok: true, iso: '2027-01-05' });
    expect(parseNumericDate('05.01.2027')).toEqual({ ok: true, iso: '2027-01-05' });
    expect(parseNumericDate('२५/११/२०२६')).toEqual({ ok: true, iso: '2026-11-25' });
  });

  it('tells a wrong shape from a day that is not in the calendar', () => {
    expect(parseNumericDate('')).toEqual({ ok: false, problem: 'empty' });
    expect(parseNumericDate('2026-11-25')).toEqual({ ok: false, problem: 'format' });
    expect(parseNumericDate('25/11/26')).toEqual({ ok: false, problem: 'format' });
    expect(parseNumericDate('tomorrow')).toEqual({ ok: false, problem: 'format' });
    expect(parseNumericDate('31/02/2027')).toEqual({ ok: false, problem: 'calendar' });
    expect(parseNumericDate('29/02/2028')).toEqual({ ok: true, iso: '2028-02-29' });
    expect(parseNumericDate('13/13/2027')).toEqual({ ok: false, problem: 'calendar' });
  });

  it('reads back every date it writes', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }), (date) => {
        const iso = date.toISOString().slice(0, 10);
        expect(formatNumericDate(iso)).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
        expect(parseNumericDate(formatNumericDate(iso))).toEqual({ ok: true, iso });
      }),
    );
  });
});
