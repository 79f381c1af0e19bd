import { defineMessages } from '../defineMessages';

// The page the desk's browser host shows a tab opened without this run's access key (a bookmark,
// a new tab, an address from an earlier start): electron/host/keyRequiredPage.ts. Plain text only:
// the page is HTML with no script, and these go in escaped.
export const hostAccessMessages = defineMessages({
  en: {
    pageTitle: 'Open the desk from the app',
    heading: 'Open the desk from the app',
    why: 'This tab was not opened by the DTTC Knowledge Desk, so it cannot show the catalogue or the enquiry log. Each start of the desk makes a new access key and opens the desk for you with it; an address kept from before (a bookmark, a new tab, an earlier start) no longer opens it. This keeps visitors’ personal data away from other programs on this computer.',
    howHeading: 'To open the desk',
    howApp: 'Start the DTTC Knowledge Desk app from its icon or the Start menu: it opens its own window.',
    howCommand: 'Or, where the desk is run from its folder, run “npm start” there: it opens the desk in the browser itself, or prints an address to open. Copy that address whole, with everything after “#”.',
    howRunning: 'Already running? Use the window or tab it opened, or stop it and start it again.',
    closeTab: 'You can close this tab.',
  },
  hi: {
    pageTitle: 'डेस्क को ऐप से खोलें',
    heading: 'डेस्क को ऐप से खोलें',
    why: 'यह टैब डीटीटीसी ज्ञान डेस्क ने नहीं खोला है, इसलिए इसमें सूची या पूछताछ लॉग नहीं दिख सकता। डेस्क हर बार शुरू होने पर एक नई पहुँच कुंजी बनाता है और उसी से आपके लिए डेस्क खोलता है; पहले का रखा हुआ पता (बुकमार्क, नया टैब, पिछली बार का पता) अब इसे नहीं खोलता। इससे आगंतुकों का निजी डेटा इस कंप्यूटर के अन्य प्रोग्रामों से सुरक्षित रहता है।',
    howHeading: 'डेस्क खोलने के लिए',
    howApp: 'डीटीटीसी ज्ञान डेस्क ऐप को उसके आइकन या स्टार्ट मेनू से शुरू करें: वह अपनी विंडो खुद खोलता है।',
    howCommand: 'या, जहाँ डेस्क उसके फ़ोल्डर से चलाया जाता है, वहाँ “npm start” चलाएँ: वह डेस्क को ब्राउज़र में खुद खोलता है, या खोलने के लिए एक पता दिखाता है। वह पूरा पता, “#” के बाद के हिस्से सहित, कॉपी करें।',
    howRunning: 'पहले से चल रहा है? उसकी खोली हुई विंडो या टैब का उपयोग करें, या उसे बंद करके फिर से शुरू करें।',
    closeTab: 'आप यह टैब बंद कर सकते हैं।',
  },
});
