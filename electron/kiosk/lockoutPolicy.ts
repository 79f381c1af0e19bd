// How long the PIN pad stays shut after wrong PINs: a few free tries for a fumbling finger, then a
// lockout that doubles with every further failure, up to an hour. Guessing a 6-digit PIN then takes
// decades, while staff who mistype wait seconds.
export const FREE_ATTEMPTS = 3;
export const FIRST_LOCKOUT_SECONDS = 30;
export const LONGEST_LOCKOUT_SECONDS = 60 * 60;

export interface AttemptRecord {
  /** Wrong PINs in a row since the last right one. */
  failures: number;
  /** Milliseconds since the epoch; 0 when not locked. */
  lockedUntil: number;
}

export const NO_FAILURES: AttemptRecord = { failures: 0, lockedUntil: 0 };

export function lockoutSecondsAfter(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  const doublings = Math.min(failures - FREE_ATTEMPTS, 20);
  return Math.min(FIRST_LOCKOUT_SECONDS * 2 ** doublings, LONGEST_LOCKOUT_SECONDS);
}

export function recordFailure(record: AttemptRecord, now: number): AttemptRecord {
  const failures = record.failures + 1;
  const seconds = lockoutSecondsAfter(failures);
  return { failures, lockedUntil: seconds > 0 ? now + seconds * 1000 : 0 };
}

/** Whole seconds still to wait, or 0 when a PIN may be tried now. */
export function secondsLocked(record: AttemptRecord, now: number): number {
  return record.lockedUntil > now ? Math.ceil((record.lockedUntil - now) / 1000) : 0;
}

/** Wrong PINs that may still be typed before one starts a lockout (0 once lockouts have begun). */
export function attemptsBeforeLockout(record: AttemptRecord): number {
  return Math.max(0, FREE_ATTEMPTS - record.failures);
}
