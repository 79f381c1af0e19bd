// When to check the feed. None: never. Manual: only when staff ask. Automatic: at start, then every
// few hours while online; a check that fell due offline runs when the connection returns (the shell
// calls `online()` from its network events). The clock is injected so tests need not wait hours.
import type { SyncOutcome } from './syncClient';

export const SYNC_MODES = ['none', 'manual', 'automatic'] as const;
export type SyncMode = (typeof SYNC_MODES)[number];

export const DEFAULT_CHECK_INTERVAL_MS = 4 * 60 * 60 * 1000;
/** After a failed automatic check, try again sooner than the interval. */
export const DEFAULT_RETRY_AFTER_FAILURE_MS = 30 * 60 * 1000;

export interface SchedulerClock {
  setTimer(callback: () => void, milliseconds: number): unknown;
  clearTimer(handle: unknown): void;
}

export const systemClock: SchedulerClock = {
  setTimer: (callback, milliseconds) => {
    const timer = setTimeout(callback, milliseconds);
    timer.unref?.();
    return timer;
  },
  clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface SyncSchedulerOptions {
  mode: SyncMode;
  check: () => Promise<SyncOutcome>;
  isOnline?: () => boolean;
  clock?: SchedulerClock;
  intervalMs?: number;
  retryAfterFailureMs?: number;
}

export interface SyncScheduler {
  mode(): SyncMode;
  setMode(mode: SyncMode): void;
  /** Starts automatic checking (the first check at once) when the mode is automatic. */
  start(): void;
  stop(): void;
  /** The connection came back: run a check that fell due while offline. */
  online(): void;
  /** Whether an automatic check is waiting for the connection. */
  readonly due: boolean;
}

export function createSyncScheduler(options: SyncSchedulerOptions): SyncScheduler {
  const clock = options.clock ?? systemClock;
  const isOnline = options.isOnline ?? (() => true);
  const intervalMs = options.intervalMs ?? DEFAULT_CHECK_INTERVAL_MS;
  const retryMs = options.retryAfterFailureMs ?? DEFAULT_RETRY_AFTER_FAILURE_MS;
  let mode = options.mode;
  let timer: unknown;
  let due = false;
  let started = false;
  let checking = false;

  const clear = () => {
    if (timer !== undefined) clock.clearTimer(timer);
    timer = undefined;
  };
  const schedule = (milliseconds: number) => {
    clear();
    timer = clock.setTimer(() => {
      timer = undefined;
      void runDue();
    }, milliseconds);
  };
  const runDue = async () => {
    if (!started || mode !== 'automatic' || checking) return;
    if (!isOnline()) {
      due = true;
      return;
    }
    due = false;
    checking = true;
    let failed: boolean;
    try {
      failed = (await options.check()).status === 'refused';
    } catch {
      failed = true;
    } finally {
      checking = false;
    }
    if (started && mode === 'automatic') schedule(failed ? Math.min(retryMs, intervalMs) : intervalMs);
  };

  return {
    mode: () => mode,
    get due() {
      return due;
    },
    setMode(next) {
      mode = next;
      clear();
      due = false;
      if (started && mode === 'automatic') void runDue();
    },
    start() {
      started = true;
      if (mode === 'automatic') void runDue();
    },
    stop() {
      started = false;
      due = false;
      clear();
    },
    online() {
      if (due) void runDue();
    },
  };
}
