// The words for a sync state and a failure code, in the reader's language.
import { REFUSAL_NEXT_STEP, REFUSAL_TEXT, TOO_SLOW_WITH_FIGURES } from '../../../shared/i18n/messages/syncFailures';
import type { Translator } from '../../../shared/i18n/translator';
import type { SyncState } from '../../../shared/sync/channels';
import type { UpdateRefusalCode } from '../../../shared/sync/pageRefusalCodes';
import type { SyncFailureFigures } from '../../../shared/sync/syncErrorCodes';

export function failureText(code: UpdateRefusalCode, translator: Translator, figures?: SyncFailureFigures): string {
  if (code === 'download-too-slow' && figures) return TOO_SLOW_WITH_FIGURES[translator.language](translator.number(figures.bytes), translator.number(figures.seconds));
  return REFUSAL_TEXT[code][translator.language];
}

export function failureNextStep(code: UpdateRefusalCode, translator: Translator): string {
  return REFUSAL_NEXT_STEP[code][translator.language];
}

export function bytesText(bytes: number, translator: Translator): string {
  if (bytes < 1024 * 1024) return `${translator.number(Math.max(1, Math.round(bytes / 1024)))} KB`;
  return `${translator.number(Math.round((bytes / (1024 * 1024)) * 10) / 10)} MB`;
}

/** `lastCheckedAt` words the idle state, so "not checked yet" never sits beside a last-checked date. */
export function syncStateText(state: SyncState, translator: Translator, lastCheckedAt?: string): string {
  const text = translator.text.sync;
  switch (state.state) {
    case 'idle':
      return lastCheckedAt ? text.stateIdleChecked(translator.date(lastCheckedAt)) : text.stateIdle;
    case 'up-to-date':
      return text.stateUpToDate;
    case 'checking':
      return text.stateChecking;
    case 'downloading':
      return text.stateDownloading(bytesText(state.done, translator), bytesText(state.total, translator));
    case 'applying':
      return text.stateApplying;
    case 'applied':
      return text.stateApplied(translator.number(state.version));
    case 'failed':
      return text.stateFailed(failureText(state.code, translator, state.figures));
  }
}
