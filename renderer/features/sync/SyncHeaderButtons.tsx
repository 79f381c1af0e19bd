// The header's way into the Updates page and What's new (desk only: absent where the host offers no updates).
import { useNavigation } from '../../app/navigation';
import { useTranslator } from '../settings/SettingsContext';
import { useSync } from './SyncContext';

export function SyncHeaderButtons() {
  const { status } = useSync();
  const { text } = useTranslator();
  const { route, open } = useNavigation();
  if (!status) return null;
  return (
    <div className="sync-header">
      <button type="button" className="button" onClick={() => route.view !== 'updates' && open({ view: 'updates' })} aria-current={route.view === 'updates' ? 'page' : undefined} data-testid="open-updates">
        {text.sync.updates}
      </button>
      <button type="button" className="button" onClick={() => route.view !== 'whatsNew' && open({ view: 'whatsNew' })} aria-current={route.view === 'whatsNew' ? 'page' : undefined} data-testid="open-whats-new">
        {text.sync.whatsNew}
      </button>
    </div>
  );
}
