// A discreet corner button for staff: it asks for the PIN on a number pad of its own and sends it
// to kiosk:exit. Only the Electron kiosk window offers it (the kiosk host refuses the channel).
import { useState } from 'react';
import type { KioskExitAnswer } from '../../../shared/kiosk/kioskExit';
import { useApi } from '../../api/ApiContext';
import { useTranslator } from '../settings/SettingsContext';

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'];
const LONGEST_PIN = 12;

export function StaffExit() {
  const [open, setOpen] = useState(false);
  const { text } = useTranslator();
  return (
    <>
      <button type="button" className="kiosk-staff-button" onClick={() => setOpen(true)} data-testid="staff-exit">
        {text.kiosk.staff}
      </button>
      {open && <PinDialog onClose={() => setOpen(false)} />}
    </>
  );
}

type Status = { state: 'typing' } | { state: 'checking' } | { state: 'answered'; answer: KioskExitAnswer } | { state: 'failed' };

function PinDialog({ onClose }: { onClose(): void }) {
  const api = useApi();
  const translator = useTranslator();
  const { kiosk } = translator.text;
  const [pin, setPin] = useState('');
  const [status, setStatus] = useState<Status>({ state: 'typing' });

  const submit = async () => {
    setStatus({ state: 'checking' });
    const result = await api['kiosk:exit']({ pin });
    setPin('');
    setStatus(result.ok ? { state: 'answered', answer: result.value } : { state: 'failed' });
  };

  const message = (() => {
    if (status.state === 'failed') return kiosk.pinFailed;
    if (status.state !== 'answered') return undefined;
    const { answer } = status;
    switch (answer.outcome) {
      case 'accepted':
        return kiosk.pinAccepted;
      case 'refused':
        return kiosk.pinRefused(answer.attemptsBeforeLockout);
      case 'locked-out':
        return kiosk.pinLocked(translator.number(answer.retryAfterSeconds));
      case 'not-set':
        return kiosk.pinNotSet;
    }
  })();

  return (
    <div className="kiosk-overlay">
      <div className="kiosk-dialog" role="dialog" aria-modal="true" aria-labelledby="kiosk-pin-title">
        <h2 id="kiosk-pin-title">{kiosk.staffExitTitle}</h2>
        <p className="kiosk-pin-display" aria-label={kiosk.pinLabel} role="status" data-testid="pin-display">
          {pin.length > 0 ? '•'.repeat(pin.length) : kiosk.pinLabel}
        </p>
        <div className="kiosk-pin-pad" role="group" aria-label={kiosk.pinLabel}>
          {DIGITS.map((digit) => (
            <button key={digit} type="button" className="kiosk-key" disabled={status.state === 'checking'} onClick={() => setPin((current) => (current.length < LONGEST_PIN ? current + digit : current))}>
              {digit}
            </button>
          ))}
          <button type="button" className="kiosk-key" onClick={() => setPin((current) => current.slice(0, -1))}>
            ⌫ {translator.text.kiosk.backspace}
          </button>
        </div>
        {message && (
          <p role="alert" className="kiosk-pin-message" data-testid="pin-message">
            {message}
          </p>
        )}
        <div className="kiosk-dialog-actions">
          <button type="button" className="button kiosk-button" onClick={onClose}>
            {kiosk.cancel}
          </button>
          <button type="button" className="button button-primary kiosk-button" disabled={pin.length === 0 || status.state === 'checking'} onClick={() => void submit()}>
            {kiosk.pinSubmit}
          </button>
        </div>
      </div>
    </div>
  );
}
