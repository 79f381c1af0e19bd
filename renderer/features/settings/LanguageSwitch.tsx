import { useSettings, useTranslator } from './SettingsContext';

/** One button naming the other language in that language, as Indian government sites do. */
export function LanguageSwitch() {
  const { settings, update } = useSettings();
  const { text } = useTranslator();
  const other = settings.language === 'en' ? 'hi' : 'en';
  return (
    <button type="button" className="button language-switch" lang={other} onClick={() => update({ language: other })} data-testid="language-switch">
      {text.settings.switchToOther}
    </button>
  );
}
