import { defineMessages } from '../defineMessages';

// The privacy notice and the terms of use: static pages, each a heading and short paragraphs.
export const legalMessages = defineMessages({
  en: {
    privacyTitle: 'Privacy notice',
    privacyIntro:
      'This notice explains what the help desk records about visitors who make an enquiry, and why, as India’s Digital Personal Data Protection Act, 2023 asks.',
    privacyWhatTitle: 'What is recorded',
    privacyWhat:
      'When staff log an enquiry they may record the visitor’s name, organisation, phone number and e-mail address, the question asked, the catalogue entries shown, and the officer who answered. Name, phone and e-mail are optional, and are recorded only after the visitor agrees.',
    privacyWhyTitle: 'Why',
    privacyWhy:
      'Only to answer the enquiry, to follow it up, and to count enquiries by subject for DTTC’s reports. The data is not used for anything else and is not sold or shared.',
    privacyWhereTitle: 'Where it is kept, and for how long',
    privacyWhere:
      'On this computer only, in the app’s own data folder. It is never sent over the network, and public kiosks cannot read it (a kiosk remembers nothing about a visitor). Enquiries are kept for the period DTTC sets; after it, the personal details are erased and only the counts remain.',
    privacyRightsTitle: 'Your rights',
    privacyRights:
      'A visitor may ask the help desk to see, correct or erase what was recorded about them, or withdraw consent, at any time. For a grievance, contact DTTC’s helpline given at the foot of this page.',
    termsTitle: 'Terms of use',
    termsIntro: 'This desk helps MSMEs and start-ups find DRDO technologies, services, courses and funding schemes through DTTC, Lucknow.',
    termsInformationTitle: 'The information',
    termsInformation:
      'Entries come from DTTC’s catalogue, checked by digital signature before they are shown. Fees, dates, readiness levels and funding limits are indicative; the terms of a licence, course or grant are those of the laboratory’s own notice or agreement. Entries past their validity date are not offered.',
    termsSampleTitle: 'Sample data',
    termsSample: 'Until DTTC publishes its own catalogue, the bundled catalogue is an example: its contacts and figures are illustrative.',
    termsLinksTitle: 'Links to other sites',
    termsLinks: 'A link to another site opens outside this app, in the web browser. DTTC is not responsible for the content of other sites.',
  },
  hi: {
    privacyTitle: 'गोपनीयता सूचना',
    privacyIntro:
      'यह सूचना बताती है कि पूछताछ करने वाले आगंतुकों के बारे में हेल्प डेस्क क्या दर्ज करता है और क्यों, जैसा कि भारत का डिजिटल व्यक्तिगत डेटा संरक्षण अधिनियम, 2023 अपेक्षा करता है।',
    privacyWhatTitle: 'क्या दर्ज किया जाता है',
    privacyWhat:
      'पूछताछ दर्ज करते समय कर्मचारी आगंतुक का नाम, संगठन, फ़ोन नंबर और ई-मेल पता, पूछा गया प्रश्न, दिखाई गई सूची प्रविष्टियाँ और उत्तर देने वाले अधिकारी का नाम दर्ज कर सकते हैं। नाम, फ़ोन और ई-मेल वैकल्पिक हैं, और आगंतुक की सहमति के बाद ही दर्ज किए जाते हैं।',
    privacyWhyTitle: 'क्यों',
    privacyWhy:
      'केवल पूछताछ का उत्तर देने, उस पर आगे की कार्रवाई करने और डीटीटीसी की रिपोर्टों के लिए विषयवार पूछताछ गिनने के लिए। इस डेटा का किसी और काम में उपयोग नहीं होता, और न ही इसे बेचा या साझा किया जाता है।',
    privacyWhereTitle: 'यह कहाँ और कब तक रखा जाता है',
    privacyWhere:
      'केवल इसी कंप्यूटर पर, ऐप के अपने डेटा फ़ोल्डर में। इसे कभी नेटवर्क पर नहीं भेजा जाता, और सार्वजनिक कियोस्क इसे नहीं पढ़ सकते (कियोस्क किसी आगंतुक के बारे में कुछ याद नहीं रखता)। पूछताछ डीटीटीसी द्वारा तय अवधि तक रखी जाती है; उसके बाद व्यक्तिगत विवरण मिटा दिए जाते हैं और केवल गिनती बची रहती है।',
    privacyRightsTitle: 'आपके अधिकार',
    privacyRights:
      'आगंतुक कभी भी हेल्प डेस्क से अपने बारे में दर्ज जानकारी देखने, सुधारने या मिटाने, या अपनी सहमति वापस लेने के लिए कह सकते हैं। शिकायत के लिए इस पृष्ठ के नीचे दी गई डीटीटीसी हेल्पलाइन से संपर्क करें।',
    termsTitle: 'उपयोग की शर्तें',
    termsIntro: 'यह डेस्क एमएसएमई और स्टार्ट-अप को डीटीटीसी, लखनऊ के माध्यम से डीआरडीओ की प्रौद्योगिकियाँ, सेवाएँ, पाठ्यक्रम और वित्तपोषण योजनाएँ खोजने में मदद करता है।',
    termsInformationTitle: 'जानकारी',
    termsInformation:
      'प्रविष्टियाँ डीटीटीसी की सूची से आती हैं, जिन्हें दिखाने से पहले डिजिटल हस्ताक्षर से जाँचा जाता है। शुल्क, तिथियाँ, तत्परता स्तर और वित्तपोषण सीमाएँ सांकेतिक हैं; लाइसेंस, पाठ्यक्रम या अनुदान की शर्तें प्रयोगशाला की अपनी सूचना या अनुबंध के अनुसार होती हैं। जिन प्रविष्टियों की वैधता तिथि निकल चुकी है, वे प्रस्तुत नहीं की जातीं।',
    termsSampleTitle: 'नमूना डेटा',
    termsSample: 'जब तक डीटीटीसी अपनी सूची प्रकाशित नहीं करता, साथ दी गई सूची एक उदाहरण है: इसके संपर्क और आँकड़े केवल उदाहरण के लिए हैं।',
    termsLinksTitle: 'अन्य साइटों के लिंक',
    termsLinks: 'किसी अन्य साइट का लिंक इस ऐप के बाहर, वेब ब्राउज़र में खुलता है। अन्य साइटों की सामग्री के लिए डीटीटीसी उत्तरदायी नहीं है।',
  },
});
