import type { Theme } from '../../../shared/ipc/contract';

const THEMES: readonly Theme[] = ['system', 'light', 'dark'];
import { useSettings, useTranslator } from './SettingsContext';

export function ThemeSelect() {
  const { settings, update } = useSettings();
  const { text } = useTranslator();
  const names: Record<Theme, string> = { system: text.settings.themeSystem, light: text.settings.themeLight, dark: text.settings.themeDark };
  return (
    <label className="theme-select">
      <span>{text.settings.theme}</span>
      <select value={settings.theme} onChange={(event) => update({ theme: event.target.value as Theme })}>
        {THEMES.map((theme) => (
          <option key={theme} value={theme}>
            {names[theme]}
          </option>
        ))}
      </select>
    </label>
  );
}
