// Leaving kiosk mode: staff type the PIN set at install time. The answer says only whether it was
// accepted; a refusal says how many tries remain before a lockout, a lockout how long it lasts.
import { z } from 'zod';

/** Digits only, so the kiosk's own number pad can type it. */
export const KIOSK_PIN_PATTERN = /^\d{6,12}$/;
export const KIOSK_PIN_RULE = 'a PIN is 6 to 12 digits';

export const kioskExitArgumentSchema = z.object({ pin: z.string().max(64) }).strict();
export type KioskExitArgument = z.infer<typeof kioskExitArgumentSchema>;

export type KioskExitAnswer =
  | { outcome: 'accepted' }
  | { outcome: 'refused'; attemptsBeforeLockout: number }
  | { outcome: 'locked-out'; retryAfterSeconds: number }
  /** No PIN was set at install time: kiosk mode cannot be left from the kiosk itself. */
  | { outcome: 'not-set' };
