// The reader's language and theme: read from the host at start, changed by the switches,
// remembered through settings:update, and applied to <html lang> and data-theme.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Settings } from '../../../shared/ipc/contract';
import { createTranslator, type Translator } from '../../../shared/i18n/translator';
import { useApi } from '../../api/ApiContext';

const DEFAULT_SETTINGS: Settings = { language: 'en', theme: 'system' };

interface SettingsValue {
  settings: Settings;
  update(change: Partial<Settings>): void;
  saveFailed: boolean;
}

/** Exported so the kiosk can provide a visitor's unsaved language in its place. */
export const SettingsContext = createContext<SettingsValue | null>(null);

export function SettingsProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [saveFailed, setSaveFailed] = useState(false);

  useEffect(() => {
    let current = true;
    void api['settings:get'](undefined).then((result) => {
      if (current && result.ok) setSettings(result.value);
    });
    return () => {
      current = false;
    };
  }, [api]);

  useEffect(() => {
    const root = document.documentElement;
    root.lang = settings.language;
    root.dataset.theme = settings.theme;
  }, [settings]);

  const update = useCallback(
    (change: Partial<Settings>) => {
      setSettings((current) => ({ ...current, ...change }));
      void api['settings:update'](change).then((result) => setSaveFailed(!result.ok));
    },
    [api],
  );

  const value = useMemo(() => ({ settings, update, saveFailed }), [settings, update, saveFailed]);
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}

export function useSettings(): SettingsValue {
  const value = useContext(SettingsContext);
  if (!value) throw new Error('useSettings() outside <SettingsProvider>');
  return value;
}

const translators = { en: createTranslator('en'), hi: createTranslator('hi') };

export function useTranslator(): Translator {
  return translators[useSettings().settings.language];
}
