import { defineMessages } from '../defineMessages';

export const appMessages = defineMessages({
  en: {
    appName: 'DTTC Knowledge Desk',
    appSubtitle: 'DRDO technologies, services, courses and funding schemes',
    skipToContent: 'Skip to main content',
    loading: 'Loading the catalogue…',
    loadFailed: 'The catalogue could not be loaded.',
    retry: 'Try again',
    sampleNotice: 'Sample data: this catalogue is an example until DTTC publishes its own.',
    mainNavigation: 'Main',
    back: 'Back to results',
  },
  hi: {
    appName: 'डीटीटीसी ज्ञान डेस्क',
    appSubtitle: 'डीआरडीओ प्रौद्योगिकियाँ, सेवाएँ, पाठ्यक्रम और वित्तपोषण योजनाएँ',
    skipToContent: 'मुख्य सामग्री पर जाएँ',
    loading: 'सूची लोड हो रही है…',
    loadFailed: 'सूची लोड नहीं हो सकी।',
    retry: 'फिर से प्रयास करें',
    sampleNotice: 'नमूना डेटा: डीटीटीसी द्वारा अपनी सूची प्रकाशित होने तक यह सूची एक उदाहरण है।',
    mainNavigation: 'मुख्य',
    back: 'परिणामों पर वापस जाएँ',
  },
});
