// Watches the whole page for a visitor's touches and keys. Nothing is watched until the first
// input, so an untouched home screen never counts down; after the countdown `onReset` runs and
// the watch waits for the next visitor.
import { useCallback, useEffect, useRef, useState } from 'react';
import { IdleWatcher, systemClock, type IdlePhase, type IdleSettings } from '../../../shared/kiosk/idleTimer';

const INPUT_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

export interface IdleReset {
  phase: IdlePhase;
  /** Stops watching until the next input (after the visitor was reset by hand). */
  stop(): void;
}

export function useIdleReset(settings: IdleSettings, onReset: () => void): IdleReset {
  const [phase, setPhase] = useState<IdlePhase>({ phase: 'active' });
  const watcherRef = useRef<IdleWatcher | null>(null);
  const onResetRef = useRef(onReset);
  useEffect(() => {
    onResetRef.current = onReset;
  }, [onReset]);

  const { idleSeconds, countdownSeconds } = settings;
  useEffect(() => {
    const watcher = new IdleWatcher({ idleSeconds, countdownSeconds }, systemClock, (next) => {
      if (next.phase === 'expired') {
        setPhase({ phase: 'active' });
        onResetRef.current();
      } else setPhase(next);
    });
    watcherRef.current = watcher;
    const onInput = () => (watcher.isRunning ? watcher.input() : watcher.start());
    for (const type of INPUT_EVENTS) document.addEventListener(type, onInput, { capture: true, passive: true });
    return () => {
      for (const type of INPUT_EVENTS) document.removeEventListener(type, onInput, { capture: true });
      watcher.stop();
      watcherRef.current = null;
    };
  }, [idleSeconds, countdownSeconds]);

  const stop = useCallback(() => watcherRef.current?.stop(), []);
  return { phase, stop };
}
