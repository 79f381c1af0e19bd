import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KIOSK_PIN_FILE, KioskPinError, openKioskPinStore } from './kioskPinStore';
import { hashPin, verifyPin } from './pinHash';

const CHEAP = { cost: 2 ** 10, blockSize: 8, parallelization: 1 };
let folder: string;
let time: number;
const now = () => time;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'kiosk-pin-'));
  time = Date.UTC(2026, 10, 25);
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('pin hash', () => {
  it('stores a salted scrypt hash, never the PIN, with a fresh salt each time', async () => {
    const first = await hashPin('246810', CHEAP);
    const second = await hashPin('246810', CHEAP);
    expect(JSON.stringify(first)).not.toContain('246810');
    expect(first.salt).not.toBe(second.salt);
    expect(first.hash).not.toBe(second.hash);
    await expect(verifyPin('246810', first)).resolves.toBe(true);
    await expect(verifyPin('246811', first)).resolves.toBe(false);
    await expect(verifyPin('', first)).resolves.toBe(false);
  });
});

describe('kiosk PIN store', () => {
  it('answers not-set before a PIN is set, and accepts the PIN once set', async () => {
    const store = openKioskPinStore(folder, { now, cost: CHEAP });
    await expect(store.isSet()).resolves.toBe(false);
    await expect(store.tryExit('123456')).resolves.toEqual({ outcome: 'not-set' });
    await store.set('123456');
    await expect(store.isSet()).resolves.toBe(true);
    await expect(store.tryExit('123456')).resolves.toEqual({ outcome: 'accepted' });
    const file = await readFile(join(folder, KIOSK_PIN_FILE), 'utf8');
    expect(file).not.toContain('123456');
  });

  it('refuses PINs that break the rule, naming it', async () => {
    const store = openKioskPinStore(folder, { now, cost: CHEAP });
    for (const bad of ['12345', '1234567890123', '12a456', ' 123456', '']) {
      await expect(store.set(bad)).rejects.toThrow(KioskPinError);
    }
    await expect(store.set('12345')).rejects.toThrow('6 to 12 digits');
  });

  it('counts wrong PINs, then locks out for longer each time; the right PIN during a lockout is not even tried', async () => {
    const store = openKioskPinStore(folder, { now, cost: CHEAP });
    await store.set('123456');
    await expect(store.tryExit('000000')).resolves.toEqual({ outcome: 'refused', attemptsBeforeLockout: 2 });
    await expect(store.tryExit('000001')).resolves.toEqual({ outcome: 'refused', attemptsBeforeLockout: 1 });
    await expect(store.tryExit('000002')).resolves.toEqual({ outcome: 'locked-out', retryAfterSeconds: 30 });
    await expect(store.tryExit('123456')).resolves.toEqual({ outcome: 'locked-out', retryAfterSeconds: 30 });
    time += 30_000;
    await expect(store.tryExit('000003')).resolves.toEqual({ outcome: 'locked-out', retryAfterSeconds: 60 });
    time += 60_000;
    await expect(store.tryExit('123456')).resolves.toEqual({ outcome: 'accepted' });
    await expect(store.tryExit('000004')).resolves.toEqual({ outcome: 'refused', attemptsBeforeLockout: 2 });
  });

  it('keeps a lockout across a restart (a new store over the same folder)', async () => {
    await openKioskPinStore(folder, { now, cost: CHEAP }).set('123456');
    const before = openKioskPinStore(folder, { now, cost: CHEAP });
    for (const wrong of ['1', '2', '3']) await before.tryExit(wrong);
    const after = openKioskPinStore(folder, { now, cost: CHEAP });
    await expect(after.tryExit('123456')).resolves.toEqual({ outcome: 'locked-out', retryAfterSeconds: 30 });
  });

  it('counts every one of many parallel wrong tries (no race past the counter)', async () => {
    const store = openKioskPinStore(folder, { now, cost: CHEAP });
    await store.set('123456');
    const answers = await Promise.all(Array.from({ length: 8 }, (_, index) => store.tryExit(`99999${index}`)));
    expect(answers.filter((answer) => answer.outcome === 'refused')).toHaveLength(2);
    expect(answers.filter((answer) => answer.outcome === 'locked-out')).toHaveLength(6);
    const file = JSON.parse(await readFile(join(folder, KIOSK_PIN_FILE), 'utf8')) as { attempts: { failures: number } };
    expect(file.attempts.failures).toBe(3);
  });

  it('stays closed (not-set) when the file and its backup are damaged', async () => {
    await writeFile(join(folder, KIOSK_PIN_FILE), '{"format": 1, "pin": "torn');
    const store = openKioskPinStore(folder, { now, cost: CHEAP });
    await expect(store.tryExit('123456')).resolves.toEqual({ outcome: 'not-set' });
  });
});
