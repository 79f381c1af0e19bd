// The warning before a kiosk forgets its visitor: large, in the middle of the screen, counting
// down; any touch (this button or anywhere) keeps the visit going.
import { useTranslator } from '../settings/SettingsContext';

export function IdleCountdown({ secondsLeft }: { secondsLeft: number }) {
  const translator = useTranslator();
  const { kiosk } = translator.text;
  return (
    <div className="kiosk-overlay">
      <div className="kiosk-dialog" role="alertdialog" aria-modal="true" aria-labelledby="kiosk-idle-title" aria-describedby="kiosk-idle-countdown" data-testid="idle-countdown">
        <h2 id="kiosk-idle-title">{kiosk.idleTitle}</h2>
        <p id="kiosk-idle-countdown" aria-live="polite">
          {kiosk.idleCountdown(translator.number(secondsLeft), secondsLeft)}
        </p>
        {/* The touch itself is the input that cancels the countdown; the click has nothing left to do. */}
        <button type="button" className="button button-primary kiosk-button" autoFocus>
          {kiosk.idleContinue}
        </button>
      </div>
    </div>
  );
}
