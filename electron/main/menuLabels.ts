// The menu's own words in both languages. Standard items (copy, paste, zoom…) use Electron roles,
// whose labels come from the operating system in its language.
import type { Language } from '../../shared/ipc/contract';

export interface MenuLabels {
  file: string;
  importUpdate: string;
  edit: string;
  view: string;
  window: string;
  help: string;
  about: string;
}

export const MENU_LABELS: Record<Language, MenuLabels> = {
  en: { file: '&File', importUpdate: 'Import update…', edit: '&Edit', view: '&View', window: '&Window', help: '&Help', about: 'About DTTC Knowledge Desk' },
  hi: { file: '&फ़ाइल', importUpdate: 'अपडेट आयात करें…', edit: '&संपादन', view: '&दृश्य', window: '&विंडो', help: '&सहायता', about: 'DTTC नॉलेज डेस्क के बारे में' },
};
