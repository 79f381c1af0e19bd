import { useTranslator } from '../settings/SettingsContext';
import { STATUS_ITEMS } from './statusItems';

export function StatusBar() {
  const { text } = useTranslator();
  return (
    // A region inside the page's footer (App.tsx), which holds the site's footer too.
    <section className="status-bar" aria-label={text.status.statusBar}>
      <ul>
        {STATUS_ITEMS.map(({ key, Component }) => (
          <li key={key} data-status-item={key}>
            <Component />
          </li>
        ))}
      </ul>
    </section>
  );
}
