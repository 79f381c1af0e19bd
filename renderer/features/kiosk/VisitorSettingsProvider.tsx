// A kiosk visitor's language lives only as long as the visit: it switches the whole page, but is
// never saved (the kiosk host refuses settings:update) and is gone when the visitor is reset. It
// answers useSettings()/useTranslator() so the help-desk components render in it unchanged.
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Language, Settings } from '../../../shared/ipc/contract';
import { SettingsContext } from '../settings/SettingsContext';

export function VisitorSettingsProvider({ initialLanguage, children }: { initialLanguage: Language; children: ReactNode }) {
  const [language, setLanguage] = useState<Language>(initialLanguage);

  useEffect(() => {
    const root = document.documentElement;
    root.lang = language;
    root.dataset.theme = 'light';
  }, [language]);

  const value = useMemo(() => {
    const settings: Settings = { language, theme: 'light' };
    return {
      settings,
      update: (change: Partial<Settings>) => {
        if (change.language) setLanguage(change.language);
      },
      saveFailed: false,
    };
  }, [language]);
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}
