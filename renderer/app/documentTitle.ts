// The window's title names the view (and the entry open), in the language of the UI: what a
// screen reader reads first, and what the task bar and the history list show.
import { useEffect } from 'react';
import { useTranslator } from '../features/settings/SettingsContext';

export function useDocumentTitle(title: string | undefined): void {
  const { text } = useTranslator();
  useEffect(() => {
    document.title = title ? `${title} – ${text.app.appName}` : text.app.appName;
  }, [title, text]);
}
