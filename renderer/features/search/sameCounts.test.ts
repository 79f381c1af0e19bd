import { describe, expect, it } from 'vitest';
import { sameCounts } from './sameCounts';

describe('sameCounts', () => {
  it('treats equal counts in different objects as the same', () => {
    expect(sameCounts({ DRDO: 3, DRDL: 1 }, { DRDL: 1, DRDO: 3 })).toBe(true);
    expect(sameCounts(undefined, undefined)).toBe(true);
  });

  it('sees a changed count, a new name, a missing name and a missing record', () => {
    expect(sameCounts({ DRDO: 3 }, { DRDO: 4 })).toBe(false);
    expect(sameCounts({ DRDO: 3 }, { DRDO: 3, DRDL: 1 })).toBe(false);
    expect(sameCounts({ DRDO: 3, DRDL: 1 }, { DRDO: 3, DEAL: 1 })).toBe(false);
    expect(sameCounts({ DRDO: 3 }, undefined)).toBe(false);
  });
});
