// The Reports page in the main navigation, beside the enquiry log.
import { useNavigation } from '../../app/navigation';
import { useTranslator } from '../settings/SettingsContext';

export function ReportsButton() {
  const { text } = useTranslator();
  const { route, open } = useNavigation();
  return (
    <button type="button" className="button nav-button" onClick={() => open({ view: 'reports' })} aria-current={route.view === 'reports' ? 'page' : undefined} data-testid="open-reports">
      {text.reports.openReports}
    </button>
  );
}
