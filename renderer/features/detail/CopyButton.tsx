import { useState } from 'react';
import { useTranslator } from '../settings/SettingsContext';

type CopyState = 'idle' | 'copied' | 'failed';

export function CopyButton({ value, label, what }: { value: string; label: string; what: string }) {
  const { text } = useTranslator();
  const [state, setState] = useState<CopyState>('idle');
  const copy = () => {
    navigator.clipboard.writeText(value).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  };
  return (
    <span className="copy">
      <button type="button" className="button button-small" onClick={copy}>
        {label}
      </button>
      <span role="status" className="copy-status">
        {state === 'copied' ? text.detail.copied(what) : state === 'failed' ? text.detail.copyFailed : ''}
      </span>
    </span>
  );
}
