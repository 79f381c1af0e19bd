// The confirmation a two-step update asks for: a large withdrawal, or an expired bundle applied "as of".
import { useEffect, useId, useRef } from 'react';
import { useTranslator } from '../settings/SettingsContext';
import { useSync } from './SyncContext';

export function SyncConfirmDialog() {
  const { question, answer } = useSync();
  const translator = useTranslator();
  const { text } = translator;
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (question && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    } else if (!question && dialog.open) dialog.close();
  }, [question]);
  return (
    <dialog ref={dialogRef} className="sync-dialog" aria-labelledby={titleId} onCancel={() => answer(false)} data-testid="sync-confirm">
      <h2 id={titleId}>{text.sync.confirmTitle}</h2>
      {question && (
        <p>
          {question.kind === 'large-withdrawal'
            ? text.sync.confirmWithdrawal(translator.number(question.withdrawn), translator.number(question.total), translator.number(question.version))
            : text.sync.confirmExpired(translator.number(question.version), translator.date(question.issuedAt))}
        </p>
      )}
      <div className="sync-actions">
        <button type="button" className="button button-primary" onClick={() => answer(true)} data-testid="sync-confirm-apply">
          {text.sync.confirmApply}
        </button>
        <button type="button" className="button" onClick={() => answer(false)} data-autofocus>
          {text.sync.cancel}
        </button>
      </div>
    </dialog>
  );
}
