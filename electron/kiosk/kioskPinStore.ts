// The staff PIN that leaves kiosk mode, and the count of wrong tries, in one small file in the
// user-data folder, written durably before any answer is given: pulling the plug or restarting the
// app never resets a lockout. Tries are handled one at a time, so parallel requests cannot race
// past the counter.
import { join } from 'node:path';
import { z } from 'zod';
import { KIOSK_PIN_PATTERN, KIOSK_PIN_RULE, type KioskExitAnswer } from '../../shared/kiosk/kioskExit';
import { readFileDurably, writeFileDurably } from '../store/durableFile';
import { attemptsBeforeLockout, NO_FAILURES, recordFailure, secondsLocked, type AttemptRecord } from './lockoutPolicy';
import { hashPin, pinHashSchema, verifyPin, DEFAULT_PIN_COST, type PinCost } from './pinHash';

export const KIOSK_PIN_FILE = 'kiosk-pin.json';

const pinFileSchema = z
  .object({
    format: z.literal(1),
    pin: pinHashSchema,
    attempts: z.object({ failures: z.number().int().min(0), lockedUntil: z.number().min(0) }).strict(),
  })
  .strict();
type PinFile = z.infer<typeof pinFileSchema>;

export interface KioskPinStore {
  isSet(): Promise<boolean>;
  /** Sets (or replaces) the PIN and clears any lockout. Throws KioskPinError on a PIN that breaks the rule. */
  set(pin: string): Promise<void>;
  tryExit(pin: string): Promise<KioskExitAnswer>;
}

export class KioskPinError extends Error {
  override name = 'KioskPinError';
}

export interface KioskPinStoreOptions {
  now?: () => number;
  /** Tests use a cheaper hash; installs use the default. */
  cost?: PinCost;
}

export function openKioskPinStore(dataFolder: string, options: KioskPinStoreOptions = {}): KioskPinStore {
  const path = join(dataFolder, KIOSK_PIN_FILE);
  const now = options.now ?? Date.now;
  let queue: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  async function read(): Promise<PinFile | undefined> {
    const result = await readFileDurably(path, (text) => pinFileSchema.parse(JSON.parse(text)));
    // A file that cannot be read leaves the kiosk closed (as with no PIN) rather than open.
    return result.state === 'ok' || result.state === 'recovered' ? result.value : undefined;
  }

  async function write(file: PinFile): Promise<void> {
    await writeFileDurably(path, `${JSON.stringify(file, null, 2)}\n`, { keepBackup: true });
  }

  return {
    isSet: () => oneAtATime(async () => (await read()) !== undefined),

    set: (pin) =>
      oneAtATime(async () => {
        if (!KIOSK_PIN_PATTERN.test(pin)) throw new KioskPinError(`The PIN was not set: ${KIOSK_PIN_RULE}.`);
        await write({ format: 1, pin: await hashPin(pin, options.cost ?? DEFAULT_PIN_COST), attempts: { ...NO_FAILURES } });
      }),

    tryExit: (pin) =>
      oneAtATime(async (): Promise<KioskExitAnswer> => {
        const file = await read();
        if (!file) return { outcome: 'not-set' };
        const waiting = secondsLocked(file.attempts, now());
        if (waiting > 0) return { outcome: 'locked-out', retryAfterSeconds: waiting };
        if (await verifyPin(pin, file.pin)) {
          if (file.attempts.failures > 0) await write({ ...file, attempts: { ...NO_FAILURES } });
          return { outcome: 'accepted' };
        }
        const attempts: AttemptRecord = recordFailure(file.attempts, now());
        await write({ ...file, attempts });
        const locked = secondsLocked(attempts, now());
        return locked > 0 ? { outcome: 'locked-out', retryAfterSeconds: locked } : { outcome: 'refused', attemptsBeforeLockout: attemptsBeforeLockout(attempts) };
      }),
  };
}
