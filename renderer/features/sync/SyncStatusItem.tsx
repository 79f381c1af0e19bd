// The status bar's sync slot: the state in words (with a progress bar while downloading), the last
// successful update, and Check now.
import { useTranslator } from '../settings/SettingsContext';
import { useSync } from './SyncContext';
import { syncStateText } from './syncStateText';

export function SyncStatusItem() {
  const sync = useSync();
  const translator = useTranslator();
  const { text } = translator;
  const status = sync.status;
  if (!status) return null;
  const activity = status.activity;
  const busy = sync.running || status.busy;
  return (
    <span className={`sync-status sync-${activity.state}`} data-testid="sync-status">
      <span role="status" data-testid="sync-state" data-state={activity.state}>
        {syncStateText(activity, translator, status.lastCheckedAt)}
      </span>
      {activity.state === 'downloading' && activity.total > 0 && <progress className="sync-progress" max={activity.total} value={activity.done} aria-label={text.sync.progressLabel} />}
      <span className="sync-last" data-testid="sync-last-success">
        {status.lastSuccessAt ? text.sync.lastSuccess(translator.date(status.lastSuccessAt)) : text.sync.neverUpdated}
      </span>
      <button type="button" className="button button-small" onClick={sync.checkNow} disabled={busy} data-testid="sync-check-now">
        {text.sync.checkNow}
      </button>
    </span>
  );
}
