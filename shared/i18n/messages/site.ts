import { defineMessages } from '../defineMessages';

// The frame around every desk view: navigation, the footer, the page titles of the views.
export const siteMessages = defineMessages({
  en: {
    navSearch: 'Search',
    menu: 'Menu',
    emblem: 'Emblem',
    footerHeading: 'About this desk',
    addressLabel: 'Address',
    address: 'Defence Technology and Test Centre (DTTC), DRDO, Nadarganj, Lucknow, Uttar Pradesh',
    helplineLabel: 'Helpline',
    helplineHours: 'Monday to Friday, 9:30 am to 5:30 pm',
    disclaimer:
      'The information here is DTTC’s catalogue as published in its signed update. Fees, dates and figures are indicative: the laboratory’s own notice or agreement is binding.',
    lastUpdated: (date: string) => `Catalogue last updated: ${date}`,
    privacyLink: 'Privacy notice',
    termsLink: 'Terms of use',
    searchTitle: 'Search the catalogue',
    searchTitleFor: (query: string) => `“${query}” – search`,
  },
  hi: {
    navSearch: 'खोज',
    menu: 'मेनू',
    emblem: 'प्रतीक चिह्न',
    footerHeading: 'इस डेस्क के बारे में',
    addressLabel: 'पता',
    address: 'रक्षा प्रौद्योगिकी एवं परीक्षण केंद्र (डीटीटीसी), डीआरडीओ, नादरगंज, लखनऊ, उत्तर प्रदेश',
    helplineLabel: 'हेल्पलाइन',
    helplineHours: 'सोमवार से शुक्रवार, सुबह 9:30 से शाम 5:30 बजे तक',
    disclaimer:
      'यहाँ दी गई जानकारी डीटीटीसी की वह सूची है जो उसके हस्ताक्षरित अपडेट में प्रकाशित हुई है। शुल्क, तिथियाँ और आँकड़े सांकेतिक हैं: प्रयोगशाला की अपनी सूचना या अनुबंध ही मान्य है।',
    lastUpdated: (date: string) => `सूची का पिछला अपडेट: ${date}`,
    privacyLink: 'गोपनीयता सूचना',
    termsLink: 'उपयोग की शर्तें',
    searchTitle: 'सूची में खोजें',
    searchTitleFor: (query: string) => `“${query}” – खोज`,
  },
});

/** The helpline number (illustrative, like the sample catalogue's contacts; a deployment puts DTTC's own). */
export const HELPLINE_NUMBER = '+91-522-0000-100';
