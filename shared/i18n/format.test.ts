import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatRupees, formatRupeesExact } from './format';

describe('formatNumber', () => {
  it('groups digits the Indian way in both languages', () => {
    expect(formatNumber(12345678, 'en')).toBe('1,23,45,678');
    expect(formatNumber(12345678, 'hi')).toBe('1,23,45,678');
    expect(formatNumber(999, 'en')).toBe('999');
  });
});

describe('formatRupees', () => {
  it('names crore and lakh in the chosen language', () => {
    expect(formatRupees(500_000_000, 'en')).toBe('₹50 crore');
    expect(formatRupees(500_000_000, 'hi')).toBe('₹50 करोड़');
    expect(formatRupees(2_500_000, 'en')).toBe('₹25 lakh');
    expect(formatRupees(2_500_000, 'hi')).toBe('₹25 लाख');
  });

  it('keeps up to two decimals of a lakh or crore', () => {
    expect(formatRupees(25_000_000, 'en')).toBe('₹2.5 crore');
    expect(formatRupees(123_456, 'en')).toBe('₹1.23 lakh');
  });

  it('shows every digit below a lakh', () => {
    expect(formatRupees(50_000, 'en')).toBe('₹50,000');
    expect(formatRupees(0, 'hi')).toBe('₹0');
  });

  it('groups exact amounts in lakh and crore', () => {
    expect(formatRupeesExact(100_000, 'en')).toBe('₹1,00,000');
    expect(formatRupeesExact(10_000_000, 'en')).toBe('₹1,00,00,000');
  });
});

describe('formatDate', () => {
  it('writes day, month name and year', () => {
    expect(formatDate('2026-11-25', 'en')).toBe('25 November 2026');
    expect(formatDate('2026-11-25', 'hi')).toBe('25 नवंबर 2026');
  });

  it('does not move a calendar date across a time zone', () => {
    expect(formatDate('2026-01-01', 'en')).toBe('1 January 2026');
  });

  it('shows a timestamp as the date in India', () => {
    expect(formatDate('2026-11-24T20:00:00Z', 'en')).toBe('25 November 2026');
  });

  it('returns text it cannot read unchanged', () => {
    expect(formatDate('soon', 'en')).toBe('soon');
  });
});
