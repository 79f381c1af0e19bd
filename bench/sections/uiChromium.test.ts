import { describe, expect, it } from 'vitest';
import { catalogueSize } from './uiChromium';

describe('the UI bench reads the catalogue size from the status bar', () => {
  it('adds the entries no longer offered to those offered, and reads grouped figures', () => {
    expect(catalogueSize('47,484 entries (2,516 closed or withdrawn)')).toBe(50_000);
    expect(catalogueSize('220 entries (10 closed or withdrawn)')).toBe(230);
    expect(catalogueSize('1,00,000 entries')).toBe(100_000);
    expect(catalogueSize('1 entry')).toBe(1);
  });
});
