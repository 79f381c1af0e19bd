import { describe, expect, it } from 'vitest';
import { idlePhaseAt, IdleWatcher, parseIdleSeconds, type Clock, type IdlePhase } from './idleTimer';

const settings = { idleSeconds: 60, countdownSeconds: 10 };

describe('idlePhaseAt', () => {
  it('is active until the idle time is up, then counts down whole seconds, then expires', () => {
    expect(idlePhaseAt(0, 59_999, settings)).toEqual({ phase: 'active' });
    expect(idlePhaseAt(0, 60_000, settings)).toEqual({ phase: 'countdown', secondsLeft: 10 });
    expect(idlePhaseAt(0, 60_001, settings)).toEqual({ phase: 'countdown', secondsLeft: 10 });
    expect(idlePhaseAt(0, 69_001, settings)).toEqual({ phase: 'countdown', secondsLeft: 1 });
    expect(idlePhaseAt(0, 70_000, settings)).toEqual({ phase: 'expired' });
  });

  it('treats a clock that went backwards as fresh input', () => {
    expect(idlePhaseAt(10_000, 0, settings)).toEqual({ phase: 'active' });
  });
});

describe('parseIdleSeconds', () => {
  it('accepts whole seconds in range and falls back otherwise', () => {
    expect(parseIdleSeconds('3', 90)).toBe(3);
    expect(parseIdleSeconds(' 120 ', 90)).toBe(120);
    for (const bad of ['0', '-1', '1.5', 'abc', '', '999999', null, undefined]) expect(parseIdleSeconds(bad, 90)).toBe(90);
  });
});

/** A clock the test moves by hand; timers fire in time order as it passes them. */
class ManualClock implements Clock {
  private time = 0;
  private timers: { at: number; callback: () => void; id: number }[] = [];
  private nextId = 1;
  now(): number {
    return this.time;
  }
  setTimeout(callback: () => void, milliseconds: number): unknown {
    const id = this.nextId++;
    this.timers.push({ at: this.time + milliseconds, callback, id });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.timers = this.timers.filter((timer) => timer.id !== handle);
  }
  advance(milliseconds: number): void {
    const end = this.time + milliseconds;
    for (;;) {
      this.timers.sort((a, b) => a.at - b.at);
      const next = this.timers[0];
      if (!next || next.at > end) break;
      this.timers.shift();
      this.time = next.at;
      next.callback();
    }
    this.time = end;
  }
  get pending(): number {
    return this.timers.length;
  }
}

function watch(clock: ManualClock) {
  const phases: IdlePhase[] = [];
  const watcher = new IdleWatcher({ idleSeconds: 5, countdownSeconds: 3 }, clock, (phase) => phases.push(phase));
  return { watcher, phases };
}

describe('IdleWatcher', () => {
  it('reports a visible countdown each second, then expiry, then stops', () => {
    const clock = new ManualClock();
    const { watcher, phases } = watch(clock);
    watcher.start();
    clock.advance(4_999);
    expect(phases).toEqual([]);
    clock.advance(10_000);
    expect(phases).toEqual([
      { phase: 'countdown', secondsLeft: 3 },
      { phase: 'countdown', secondsLeft: 2 },
      { phase: 'countdown', secondsLeft: 1 },
      { phase: 'expired' },
    ]);
    expect(watcher.isRunning).toBe(false);
    expect(clock.pending).toBe(0);
  });

  it('any input during the countdown cancels it and restarts the idle time', () => {
    const clock = new ManualClock();
    const { watcher, phases } = watch(clock);
    watcher.start();
    clock.advance(6_000);
    watcher.input();
    expect(phases.at(-1)).toEqual({ phase: 'active' });
    clock.advance(4_900);
    expect(phases.filter((phase) => phase.phase === 'expired')).toEqual([]);
    clock.advance(8_200);
    expect(phases.at(-1)).toEqual({ phase: 'expired' });
  });

  it('does nothing while stopped, and input before start is ignored', () => {
    const clock = new ManualClock();
    const { watcher, phases } = watch(clock);
    watcher.input();
    clock.advance(60_000);
    watcher.start();
    clock.advance(6_000);
    watcher.stop();
    clock.advance(60_000);
    expect(phases).toEqual([{ phase: 'countdown', secondsLeft: 3 }, { phase: 'countdown', secondsLeft: 2 }, { phase: 'active' }]);
    expect(clock.pending).toBe(0);
  });
});
