import { EnquiryHeaderButtons } from '../features/enquiry/EnquiryHeaderButtons';
import { SyncHeaderButtons } from '../features/sync/SyncHeaderButtons';
import { LanguageSwitch } from '../features/settings/LanguageSwitch';
import { ThemeSelect } from '../features/settings/ThemeSelect';
import { useTranslator } from '../features/settings/SettingsContext';

export function AppHeader() {
  const { text } = useTranslator();
  return (
    <header className="app-header">
      <div className="app-title">
        <p className="app-name">{text.app.appName}</p>
        <p className="app-subtitle">{text.app.appSubtitle}</p>
      </div>
      <div className="app-controls">
        <EnquiryHeaderButtons />
        <SyncHeaderButtons />
        <LanguageSwitch />
        <ThemeSelect />
      </div>
    </header>
  );
}
