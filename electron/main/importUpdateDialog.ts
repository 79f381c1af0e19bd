// File → Import update…: the open dialog, then the same import as the page's file input and drag
// and drop (DeskSync.importFile), with the confirmation asked in a native message box. The page
// sees the new catalogue through its sync:status polling.
import { dialog, type BrowserWindow, type MessageBoxOptions } from 'electron';
import type { Language } from '../../shared/ipc/contract';
import { messagesFor } from '../../shared/i18n/messages';
import { SYNC_FAILURE_NEXT_STEP, SYNC_FAILURE_TEXT } from '../../shared/i18n/messages/syncFailures';
import type { SyncRunOutcome } from '../../shared/sync/channels';
import type { DeskSync } from '../deskSync/deskSync';

export async function importUpdateFromDialog(sync: DeskSync, window: BrowserWindow | undefined, language: Language): Promise<void> {
  const text = messagesFor(language).sync;
  const show = (options: MessageBoxOptions) => (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
  const chosen = window
    ? await dialog.showOpenDialog(window, { title: text.importUpdate, properties: ['openFile'] })
    : await dialog.showOpenDialog({ title: text.importUpdate, properties: ['openFile'] });
  const path = chosen.filePaths[0];
  if (chosen.canceled || path === undefined) return;
  let outcome: SyncRunOutcome = await sync.importFile(path);
  // An expired bundle is asked about first, then the preview: at most two questions.
  for (let asked = 0; outcome.status === 'needs-confirmation' && asked < 2; asked += 1) {
    const { question } = outcome;
    const message =
      question.kind === 'preview'
        ? text.previewSummary(String(question.version), String(question.added), String(question.updated), String(question.withdrawn))
        : question.kind === 'large-withdrawal'
          ? text.confirmWithdrawal(String(question.withdrawn), String(question.total), String(question.version))
          : text.confirmExpired(String(question.version), question.issuedAt.slice(0, 10));
    const detail = question.kind === 'preview' ? `${text.previewSigner}: ${question.signer} · ${text.previewIssued}: ${question.issuedAt.slice(0, 10)}${question.largeWithdrawal ? `\n${text.previewLargeWithdrawal}` : ''}` : undefined;
    const answer = await show({ type: 'question', title: question.kind === 'preview' ? text.previewTitle : text.confirmTitle, message, ...(detail ? { detail } : {}), buttons: [text.confirmApply, text.cancel], defaultId: 1, cancelId: 1 });
    if (answer.response !== 0) return;
    outcome = await sync.importFile(path, { kind: question.kind, version: question.version });
  }
  if (outcome.status === 'applied') {
    await show({ type: 'info', title: text.importUpdate, message: text.importApplied(String(outcome.version), String(outcome.added), String(outcome.updated), String(outcome.withdrawn)) });
  } else if (outcome.status === 'up-to-date') {
    await show({ type: 'info', title: text.importUpdate, message: text.importUpToDate });
  } else if (outcome.status === 'refused') {
    await show({ type: 'error', title: text.importUpdate, message: SYNC_FAILURE_TEXT[outcome.code][language], detail: `${SYNC_FAILURE_NEXT_STEP[outcome.code][language]}${outcome.message ? `\n\n${text.technicalDetail}: ${outcome.message}` : ''}` });
  }
}
