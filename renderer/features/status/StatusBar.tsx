import { useTranslator } from '../settings/SettingsContext';
import { STATUS_ITEMS } from './statusItems';

export function StatusBar() {
  const { text } = useTranslator();
  return (
    <footer className="status-bar" aria-label={text.status.statusBar}>
      <ul>
        {STATUS_ITEMS.map(({ key, Component }) => (
          <li key={key} data-status-item={key}>
            <Component />
          </li>
        ))}
      </ul>
    </footer>
  );
}
