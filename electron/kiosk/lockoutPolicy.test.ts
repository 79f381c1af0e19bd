import { describe, expect, it } from 'vitest';
import { attemptsBeforeLockout, lockoutSecondsAfter, LONGEST_LOCKOUT_SECONDS, NO_FAILURES, recordFailure, secondsLocked } from './lockoutPolicy';

describe('lockout policy', () => {
  it('gives two free wrong tries, then 30 s, doubling, capped at an hour', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map(lockoutSecondsAfter)).toEqual([0, 0, 0, 30, 60, 120, 240]);
    expect(lockoutSecondsAfter(50)).toBe(LONGEST_LOCKOUT_SECONDS);
    expect(lockoutSecondsAfter(10_000)).toBe(LONGEST_LOCKOUT_SECONDS);
  });

  it('records a failure with the time it is locked until', () => {
    const record = [1, 2, 3].reduce((current) => recordFailure(current, 1_000), NO_FAILURES);
    expect(record).toEqual({ failures: 3, lockedUntil: 31_000 });
    expect(secondsLocked(record, 1_000)).toBe(30);
    expect(secondsLocked(record, 30_001)).toBe(1);
    expect(secondsLocked(record, 31_000)).toBe(0);
    expect(attemptsBeforeLockout(record)).toBe(0);
    expect(attemptsBeforeLockout({ failures: 1, lockedUntil: 0 })).toBe(2);
  });
});
