// The confirmation a two-step update asks for: a large withdrawal, or an expired bundle applied "as of".
import { useEffect, useId, useRef } from 'react';
import { useTranslator } from '../settings/SettingsContext';
import type { SyncQuestion } from '../../../shared/sync/channels';
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
      <h2 id={titleId}>{question?.kind === 'preview' ? text.sync.previewTitle : text.sync.confirmTitle}</h2>
      {question?.kind === 'preview' && <UpdatePreview question={question} />}
      {question && question.kind !== 'preview' && (
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

/** What an update holds, before staff apply it: where from, who signed it, and what it changes. */
function UpdatePreview({ question }: { question: Extract<SyncQuestion, { kind: 'preview' }> }) {
  const translator = useTranslator();
  const { text } = translator;
  const from = { feed: text.sync.previewFromFeed, bundle: text.sync.previewFromBundle, bundled: text.sync.previewFromBundled }[question.source];
  const rows: [string, string, string][] = [
    ['version', text.sync.previewVersion, translator.number(question.version)],
    ['issued', text.sync.previewIssued, translator.date(question.issuedAt)],
    ['feed', text.sync.previewFeed, question.feedId],
    ['signer', text.sync.previewSigner, question.signer],
    ['source', text.sync.previewSource, from],
    ['added', text.sync.previewAdded, translator.number(question.added)],
    ['updated', text.sync.previewUpdated, translator.number(question.updated)],
    ['withdrawn', text.sync.previewWithdrawn, translator.number(question.withdrawn)],
    ['total', text.sync.previewTotal, translator.number(question.total)],
  ];
  return (
    <div data-testid="update-preview">
      <p>{text.sync.previewIntro}</p>
      <dl className="sync-preview">
        {rows.map(([key, label, value]) => (
          <div key={key} data-preview={key}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {question.largeWithdrawal && (
        <p className="banner" role="alert">
          {text.sync.previewLargeWithdrawal}
        </p>
      )}
    </div>
  );
}
