// The masthead, the main navigation (a menu button opens it on a narrow window or at 200 % zoom,
// so the header never fills the first screen), the language and theme, and New enquiry: the desk's
// primary action, on every view but the two whose own action comes first (./primaryAction.tsx).
import { useState } from 'react';
import { EnquiryAnnouncement, EnquiryLogButton, NewEnquiryButton } from '../features/enquiry/EnquiryHeaderButtons';
import { ReportsButton } from '../features/reports/ReportsButton';
import { SyncHeaderButtons } from '../features/sync/SyncHeaderButtons';
import { LanguageSwitch } from '../features/settings/LanguageSwitch';
import { ThemeSelect } from '../features/settings/ThemeSelect';
import { useTranslator } from '../features/settings/SettingsContext';
import { Masthead } from './Masthead';
import { useNavigation } from './navigation';

export function AppHeader() {
  const { text } = useTranslator();
  const { route, open } = useNavigation();
  const [menuOpen, setMenuOpen] = useState(false);
  return (
    <header className="app-header">
      <Masthead />
      <div className="app-bar">
        <button type="button" className="button menu-toggle" aria-expanded={menuOpen} aria-controls="app-menu" onClick={() => setMenuOpen((shown) => !shown)} data-testid="menu-toggle">
          <span aria-hidden="true">☰</span> {text.site.menu}
        </button>
        <div id="app-menu" className="app-menu" data-open={menuOpen}>
          {/* A view chosen from the menu closes it. */}
          <nav className="main-nav" aria-label={text.app.mainNavigation} onClickCapture={() => setMenuOpen(false)}>
            <button type="button" className="button nav-button" onClick={() => open({ view: 'search' })} aria-current={route.view === 'search' ? 'page' : undefined} data-testid="open-search">
              {text.site.navSearch}
            </button>
            <EnquiryLogButton />
            <ReportsButton />
            <SyncHeaderButtons />
          </nav>
          <div className="app-controls">
            <LanguageSwitch />
            <ThemeSelect />
          </div>
        </div>
        <div className="app-primary">
          <NewEnquiryButton />
          <EnquiryAnnouncement />
        </div>
      </div>
    </header>
  );
}
