import { describe, expect, it } from 'vitest';
import type { SyncOutcome } from './syncClient';
import { createSyncScheduler, type SchedulerClock } from './syncScheduler';

/** A clock whose time only moves when the test says so. */
function manualClock() {
  let now = 0;
  const timers = new Map<number, { at: number; callback: () => void }>();
  let nextId = 1;
  const clock: SchedulerClock = {
    setTimer(callback, milliseconds) {
      const id = nextId++;
      timers.set(id, { at: now + milliseconds, callback });
      return id;
    },
    clearTimer: (handle) => void timers.delete(handle as number),
  };
  const advance = async (milliseconds: number) => {
    now += milliseconds;
    for (const [id, timer] of [...timers].sort((left, right) => left[1].at - right[1].at)) {
      if (timer.at <= now) {
        timers.delete(id);
        timer.callback();
      }
    }
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { clock, advance, pending: () => timers.size };
}

const HOUR = 60 * 60 * 1000;
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('sync scheduler', () => {
  it('checks at start and every interval in automatic mode', async () => {
    const { clock, advance } = manualClock();
    let checks = 0;
    const scheduler = createSyncScheduler({ mode: 'automatic', clock, intervalMs: 4 * HOUR, check: async () => (checks++, { status: 'up-to-date', info: undefined }) });
    scheduler.start();
    await settle();
    expect(checks).toBe(1);
    await advance(3 * HOUR);
    expect(checks).toBe(1);
    await advance(1 * HOUR);
    expect(checks).toBe(2);
    await advance(4 * HOUR);
    expect(checks).toBe(3);
    scheduler.stop();
    await advance(8 * HOUR);
    expect(checks).toBe(3);
  });

  it('never checks in None or Manual mode, and starts when switched to Automatic', async () => {
    const { clock, advance, pending } = manualClock();
    let checks = 0;
    const scheduler = createSyncScheduler({ mode: 'manual', clock, check: async () => (checks++, { status: 'up-to-date', info: undefined }) });
    scheduler.start();
    await advance(24 * HOUR);
    expect(checks).toBe(0);
    expect(pending()).toBe(0);
    scheduler.setMode('none');
    await advance(24 * HOUR);
    expect(checks).toBe(0);
    scheduler.setMode('automatic');
    await settle();
    expect(checks).toBe(1);
  });

  it('waits for the connection when a check falls due offline', async () => {
    const { clock, advance } = manualClock();
    let online = false;
    let checks = 0;
    const scheduler = createSyncScheduler({ mode: 'automatic', clock, isOnline: () => online, check: async () => (checks++, { status: 'up-to-date', info: undefined }) });
    scheduler.start();
    await settle();
    expect(checks).toBe(0);
    expect(scheduler.due).toBe(true);
    await advance(10 * HOUR);
    expect(checks).toBe(0);
    online = true;
    scheduler.online();
    await settle();
    expect(checks).toBe(1);
    expect(scheduler.due).toBe(false);
  });

  it('tries again sooner after a failure', async () => {
    const { clock, advance } = manualClock();
    let checks = 0;
    const refused: SyncOutcome = { status: 'refused', failure: { code: 'network-unreachable', message: 'offline' } };
    const scheduler = createSyncScheduler({ mode: 'automatic', clock, intervalMs: 4 * HOUR, retryAfterFailureMs: HOUR / 2, check: async () => (checks++, refused) });
    scheduler.start();
    await settle();
    await advance(HOUR / 2);
    expect(checks).toBe(2);
  });
});
