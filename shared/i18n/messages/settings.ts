import { defineMessages } from '../defineMessages';

export const settingsMessages = defineMessages({
  en: {
    language: 'Language',
    switchToOther: 'हिन्दी',
    switchToOtherLabel: 'हिन्दी में देखें (switch to Hindi)',
    theme: 'Theme',
    themeSystem: 'System',
    themeLight: 'Light',
    themeDark: 'Dark',
    saveFailed: 'Your choice could not be saved; it applies until the app is closed.',
  },
  hi: {
    language: 'भाषा',
    switchToOther: 'English',
    switchToOtherLabel: 'View in English (अंग्रेज़ी में देखें)',
    theme: 'रंग-रूप',
    themeSystem: 'सिस्टम',
    themeLight: 'हल्का',
    themeDark: 'गहरा',
    saveFailed: 'आपकी पसंद सहेजी नहीं जा सकी; ऐप बंद होने तक लागू रहेगी।',
  },
});
