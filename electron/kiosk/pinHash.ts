// The kiosk PIN is never stored, only a salted scrypt hash of it (RFC 7914), with its own random
// salt per install and the cost parameters kept beside it so they can be raised later.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { z } from 'zod';

export const pinHashSchema = z
  .object({
    algorithm: z.literal('scrypt'),
    cost: z.number().int().min(2 ** 10).max(2 ** 20),
    blockSize: z.number().int().min(1).max(32),
    parallelization: z.number().int().min(1).max(16),
    salt: z.base64().min(16),
    hash: z.base64().min(16),
  })
  .strict();
export type PinHash = z.infer<typeof pinHashSchema>;

export interface PinCost {
  cost: number;
  blockSize: number;
  parallelization: number;
}

/** About 0.1 s and 32 MiB per try: cheap for staff, slow for anyone trying every PIN. */
export const DEFAULT_PIN_COST: PinCost = { cost: 2 ** 15, blockSize: 8, parallelization: 1 };
const KEY_LENGTH = 32;

function deriveKey(pin: string, salt: Uint8Array, parameters: PinCost): Promise<Buffer> {
  const options: ScryptOptions = {
    N: parameters.cost,
    r: parameters.blockSize,
    p: parameters.parallelization,
    maxmem: 256 * parameters.cost * parameters.blockSize + 1024 * 1024,
  };
  return new Promise((resolve, reject) => {
    scrypt(pin.normalize('NFC'), salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export async function hashPin(pin: string, parameters: PinCost = DEFAULT_PIN_COST): Promise<PinHash> {
  const salt = randomBytes(16);
  const key = await deriveKey(pin, salt, parameters);
  return { algorithm: 'scrypt', ...parameters, salt: salt.toString('base64'), hash: key.toString('base64') };
}

/** Compares in constant time, so how long a wrong PIN takes says nothing about how wrong it is. */
export async function verifyPin(pin: string, stored: PinHash): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'base64');
  const key = await deriveKey(pin, Buffer.from(stored.salt, 'base64'), stored);
  return key.length === expected.length && timingSafeEqual(key, expected);
}
