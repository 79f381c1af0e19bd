// Watches the whole page for a visitor's touches and keys. Nothing is watched until the first
// input, so an untouched home screen never counts down; after the countdown `onReset` runs and
// the watch waits for the next visitor.
import { useEffect, useRef, useState } from 'react';
import { IdleWatcher, systemClock, type IdlePhase, type IdleSettings } from '../../../shared/kiosk/idleTimer';

const INPUT_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

export function useIdleReset(settings: IdleSettings, onReset: () => void): IdlePhase {
  const [phase, setPhase] = useState<IdlePhase>({ phase: 'active' });
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
    const onInput = () => (watcher.isRunning ? watcher.input() : watcher.start());
    for (const type of INPUT_EVENTS) document.addEventListener(type, onInput, { capture: true, passive: true });
    return () => {
      for (const type of INPUT_EVENTS) document.removeEventListener(type, onInput, { capture: true });
      watcher.stop();
    };
  }, [idleSeconds, countdownSeconds]);

  return phase;
}
