// The screen a reset kiosk shows until the next visitor touches it: the desk's name and "touch to
// start" in both languages at once (the visitor has not chosen one yet). One touch or key anywhere
// starts, on the top of the home screen.
import { useEffect, useRef } from 'react';
import { kioskMessages } from '../../../shared/i18n/messages/kiosk';

export function AttractScreen({ onStart }: { onStart(): void }) {
  const buttonRef = useRef<HTMLButtonElement>(null);
  useEffect(() => buttonRef.current?.focus(), []);
  const { en, hi } = kioskMessages;
  return (
    <div className="kiosk-attract" data-testid="kiosk-attract">
      <button ref={buttonRef} type="button" className="kiosk-attract-button" onClick={onStart}>
        <span className="kiosk-attract-title" lang="hi">
          {hi.attractTitle}
        </span>
        <span className="kiosk-attract-title" lang="en">
          {en.attractTitle}
        </span>
        <span className="kiosk-attract-touch" lang="hi">
          {hi.attractTouch}
        </span>
        <span className="kiosk-attract-touch" lang="en">
          {en.attractTouch}
        </span>
      </button>
    </div>
  );
}
