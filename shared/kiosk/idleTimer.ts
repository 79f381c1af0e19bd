// The kiosk forgets a visitor who walks away: after `idleSeconds` without input a countdown of
// `countdownSeconds` is shown, and when it ends the kiosk resets; any input cancels. The phase is
// a pure function of the time since the last input; IdleWatcher drives it from an injected clock.
export interface IdleSettings {
  idleSeconds: number;
  countdownSeconds: number;
}

export const DEFAULT_IDLE_SETTINGS: IdleSettings = { idleSeconds: 90, countdownSeconds: 15 };

export type IdlePhase = { phase: 'active' } | { phase: 'countdown'; secondsLeft: number } | { phase: 'expired' };

export function idlePhaseAt(lastInputAt: number, now: number, settings: IdleSettings): IdlePhase {
  const idleMilliseconds = Math.max(0, now - lastInputAt);
  const countdownStartsAt = settings.idleSeconds * 1000;
  const expiresAt = countdownStartsAt + settings.countdownSeconds * 1000;
  if (idleMilliseconds < countdownStartsAt) return { phase: 'active' };
  if (idleMilliseconds >= expiresAt) return { phase: 'expired' };
  return { phase: 'countdown', secondsLeft: Math.ceil((expiresAt - idleMilliseconds) / 1000) };
}

/** Milliseconds until the phase shown could next change (the next whole second of a countdown). */
export function millisecondsUntilNextChange(lastInputAt: number, now: number, settings: IdleSettings): number {
  const idleMilliseconds = Math.max(0, now - lastInputAt);
  const countdownStartsAt = settings.idleSeconds * 1000;
  if (idleMilliseconds < countdownStartsAt) return countdownStartsAt - idleMilliseconds;
  const expiresAt = countdownStartsAt + settings.countdownSeconds * 1000;
  const untilExpiry = expiresAt - idleMilliseconds;
  return Math.max(1, untilExpiry % 1000 || 1000);
}

/** Reads an idle setting from outside (a host flag, a URL): whole seconds within bounds, else the default. */
export function parseIdleSeconds(text: string | null | undefined, fallback: number): number {
  if (text === null || text === undefined || !/^\d{1,5}$/.test(text.trim())) return fallback;
  const seconds = Number(text.trim());
  return seconds >= 1 && seconds <= 86_400 ? seconds : fallback;
}

export interface Clock {
  now(): number;
  setTimeout(callback: () => void, milliseconds: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, milliseconds) => setTimeout(callback, milliseconds),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Watches for idleness while started. `onPhase` hears every change of phase and every second of
 * the countdown; on 'expired' the watcher stops itself (the owner resets the visitor and starts it
 * again when there is something to forget).
 */
export class IdleWatcher {
  private lastInputAt = 0;
  private timer: unknown = undefined;
  private running = false;
  private lastReported: IdlePhase = { phase: 'active' };

  constructor(
    private readonly settings: IdleSettings,
    private readonly clock: Clock,
    private readonly onPhase: (phase: IdlePhase) => void,
  ) {}

  get isRunning(): boolean {
    return this.running;
  }

  start(): void {
    this.running = true;
    this.input();
  }

  stop(): void {
    this.running = false;
    this.cancelTimer();
    this.report({ phase: 'active' });
  }

  /** Any touch, key or scroll: back to 'active' and the idle time starts again. */
  input(): void {
    if (!this.running) return;
    this.lastInputAt = this.clock.now();
    this.report({ phase: 'active' });
    this.schedule();
  }

  private schedule(): void {
    this.cancelTimer();
    const delay = millisecondsUntilNextChange(this.lastInputAt, this.clock.now(), this.settings);
    this.timer = this.clock.setTimeout(() => this.check(), delay);
  }

  private check(): void {
    this.timer = undefined;
    if (!this.running) return;
    const phase = idlePhaseAt(this.lastInputAt, this.clock.now(), this.settings);
    this.report(phase);
    if (phase.phase === 'expired') {
      this.running = false;
      return;
    }
    this.schedule();
  }

  private report(phase: IdlePhase): void {
    const previous = this.lastReported;
    this.lastReported = phase;
    const same = previous.phase === phase.phase && (phase.phase !== 'countdown' || (previous.phase === 'countdown' && previous.secondsLeft === phase.secondsLeft));
    if (!same) this.onPhase(phase);
  }

  private cancelTimer(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }
}
