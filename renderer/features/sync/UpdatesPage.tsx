// The Updates page: the state and the version in use, Check now, Import update… (file input; drop
// works anywhere), what the last action came to, and staff's update settings.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { UpdateRefusalCode } from '../../../shared/sync/pageRefusalCodes';
import type { SyncFailureFigures } from '../../../shared/sync/syncErrorCodes';
import { SYNC_MODES, type SyncModeSetting } from '../../../shared/sync/syncLimits';
import { useApi } from '../../api/ApiContext';
import { useNavigation } from '../../app/navigation';
import { ViewPrimaryButton } from '../../app/primaryAction';
import { useTranslator } from '../settings/SettingsContext';
import { useSync, type SyncNotice } from './SyncContext';
import { failureNextStep, failureText, syncStateText } from './syncStateText';

export function UpdatesPage() {
  const sync = useSync();
  const translator = useTranslator();
  const { text } = translator;
  const { back, open } = useNavigation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const fileId = useId();
  useEffect(() => headingRef.current?.focus(), []);
  const status = sync.status;
  const busy = sync.running || status?.busy === true;
  return (
    <div className="sync-page" data-testid="updates-page">
      <button type="button" className="button back-button" onClick={back}>
        ← {text.app.back} <kbd>Esc</kbd>
      </button>
      <h1 ref={headingRef} tabIndex={-1}>
        {text.sync.updatesTitle}
      </h1>
      {status === null && <p className="hint">{text.sync.notAvailable}</p>}
      {status && (
        <>
          <section className="card sync-card" aria-labelledby={`${fileId}-state`}>
            <h2 id={`${fileId}-state`} className="section-heading">
              {syncStateText(status.activity, translator, status.lastCheckedAt)}
            </h2>
            {status.installed && (
              <p data-testid="updates-installed">
                {text.status.catalogueVersion(translator.number(status.installed.version), translator.date(status.installed.issuedAt))}
                {status.installed.asOf && <> ({text.status.asOf(translator.date(status.installed.asOf))})</>}
              </p>
            )}
            <p>{status.lastSuccessAt ? text.sync.lastSuccess(translator.date(status.lastSuccessAt)) : text.sync.neverUpdated}</p>
            {status.lastCheckedAt && status.activity.state !== 'idle' && <p>{text.sync.lastChecked(translator.date(status.lastCheckedAt))}</p>}
            <div className="sync-actions">
              {/* What staff come here for: the page's primary action, New enquiry secondary meanwhile. */}
              <ViewPrimaryButton onClick={sync.checkNow} disabled={busy} data-testid="updates-check-now">
                {text.sync.checkNow}
              </ViewPrimaryButton>
              <button type="button" className="button" onClick={() => open({ view: 'whatsNew' })}>
                {text.sync.whatsNew}
              </button>
            </div>
          </section>
          {status.acceptsBundles && (
            <section className="card sync-card" aria-labelledby={`${fileId}-import`}>
              <h2 id={`${fileId}-import`} className="section-heading">
                {text.sync.importUpdate}
              </h2>
              <p className="hint" id={`${fileId}-hint`}>
                {text.sync.importHint}
              </p>
              <label className="button sync-file-label" htmlFor={fileId}>
                {text.sync.importUpdate}
              </label>
              <input
                ref={fileRef}
                id={fileId}
                className="sync-file-input"
                type="file"
                aria-describedby={`${fileId}-hint`}
                disabled={busy}
                data-testid="import-bundle-input"
                onChange={(event) => {
                  const file = event.target.files?.[0];
                  if (file) sync.importFile(file);
                  event.target.value = '';
                }}
              />
            </section>
          )}
          <p role="status" className="sync-notice" data-testid="sync-notice">
            {busy ? text.sync.importing : sync.notice ? <NoticeText notice={sync.notice} /> : null}
          </p>
          <SyncSettingsForm key={`${status.mode}|${status.feedUrl ?? ''}`} mode={status.mode} feedUrl={status.feedUrl} />
        </>
      )}
    </div>
  );
}

function NoticeText({ notice }: { notice: SyncNotice }) {
  const translator = useTranslator();
  const { text } = translator;
  switch (notice.kind) {
    case 'refused-here':
      return <Refusal code={notice.code} detail={notice.detail} />;
    case 'no-feed-address':
      return (
        <span className="sync-advice" data-testid="sync-no-feed">
          {text.sync.noFeedAddress}
        </span>
      );
    case 'outcome': {
      const outcome = notice.outcome;
      if (outcome.status === 'applied') return <>{text.sync.importApplied(translator.number(outcome.version), translator.number(outcome.added), translator.number(outcome.updated), translator.number(outcome.withdrawn))}</>;
      if (outcome.status === 'up-to-date') return <>{text.sync.importUpToDate}</>;
      return <Refusal code={outcome.code} figures={outcome.figures} detail={outcome.message} />;
    }
  }
}

/** What went wrong, what to do next, and the host's own words (in English) where it gave any. */
function Refusal({ code, figures, detail }: { code: UpdateRefusalCode; figures?: SyncFailureFigures | undefined; detail?: string | undefined }) {
  const translator = useTranslator();
  return (
    <span className="sync-failure" data-testid="sync-failure" data-code={code}>
      {failureText(code, translator, figures)}{' '}
      <span className="sync-next-step" data-testid="sync-next-step">
        {failureNextStep(code, translator)}
      </span>
      {detail && (
        <span className="sync-detail" lang="en">
          {' '}
          ({translator.text.sync.technicalDetail}: {detail})
        </span>
      )}
    </span>
  );
}

function SyncSettingsForm({ mode, feedUrl }: { mode: SyncModeSetting; feedUrl: string | undefined }) {
  const api = useApi();
  const sync = useSync();
  const { text } = useTranslator();
  const [chosenMode, setChosenMode] = useState<SyncModeSetting>(mode);
  const [url, setUrl] = useState(feedUrl ?? '');
  const [saved, setSaved] = useState<{ ok: true } | { ok: false; message: string } | undefined>(undefined);
  const id = useId();
  const modeLabels: Record<SyncModeSetting, string> = { none: text.sync.modeNone, manual: text.sync.modeManual, automatic: text.sync.modeAutomatic };
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = url.trim();
    const result = await api['sync:settings']({ mode: chosenMode, feedUrl: trimmed === '' ? null : trimmed });
    setSaved(result.ok ? { ok: true } : { ok: false, message: result.error.message });
    if (result.ok) sync.refresh();
  };
  return (
    <form className="card sync-card sync-settings" onSubmit={(event) => void onSubmit(event)} aria-labelledby={`${id}-title`} data-testid="sync-settings">
      <h2 id={`${id}-title`} className="section-heading">
        {text.sync.settingsTitle}
      </h2>
      <fieldset>
        <legend>{text.sync.mode}</legend>
        {SYNC_MODES.map((value) => (
          <label key={value} className="sync-mode">
            <input type="radio" name={`${id}-mode`} value={value} checked={chosenMode === value} onChange={() => setChosenMode(value)} />
            {modeLabels[value]}
          </label>
        ))}
      </fieldset>
      <label htmlFor={`${id}-url`}>{text.sync.feedUrl}</label>
      <input id={`${id}-url`} className="sync-url" type="url" inputMode="url" value={url} onChange={(event) => setUrl(event.target.value)} aria-describedby={`${id}-url-hint`} data-testid="sync-feed-url" />
      <p className="hint" id={`${id}-url-hint`}>
        {text.sync.feedUrlHint}
      </p>
      <button type="submit" className="button">
        {text.sync.save}
      </button>
      <p role="status" className="sync-notice">
        {saved && (saved.ok ? text.sync.saved : text.sync.saveFailed(saved.message))}
      </p>
    </form>
  );
}
