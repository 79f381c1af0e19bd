// Every way a sync can fail, in plain words for staff, in English and Hindi. A Record over the code
// union: a code added to shared/sync/syncErrorCodes.ts without its words here fails to compile.
import type { Language } from '../../ipc/contract';
import type { PageRefusalCode, UpdateRefusalCode } from '../../sync/pageRefusalCodes';
import type { SyncFailureCode } from '../../sync/syncErrorCodes';

const BAD_SIGNATURE = { en: 'The update is not signed by DTTC’s key. It may have been tampered with, so it was not used.', hi: 'अपडेट पर DTTC की कुंजी के हस्ताक्षर नहीं हैं। इसमें छेड़छाड़ हो सकती है, इसलिए इसका उपयोग नहीं किया गया।' };
const DAMAGED_FILE = { en: 'A file of the update is damaged or has been changed, so it was not used.', hi: 'अपडेट की कोई फ़ाइल खराब है या बदली गई है, इसलिए इसका उपयोग नहीं किया गया।' };
const BAD_BUNDLE = { en: 'This file is not a valid update bundle (or it is damaged).', hi: 'यह फ़ाइल मान्य अपडेट बंडल नहीं है (या खराब है)।' };

export const SYNC_FAILURE_TEXT: Record<SyncFailureCode, Record<Language, string>> = {
  'keys-malformed': BAD_SIGNATURE,
  'keys-signature-invalid': BAD_SIGNATURE,
  'keys-wrong-feed': { en: 'The update’s key list belongs to another catalogue.', hi: 'अपडेट की कुंजी-सूची किसी दूसरी सूची की है।' },
  'manifest-malformed': DAMAGED_FILE,
  'manifest-format-unsupported': { en: 'The update is in a newer format than this app understands. Install a newer version of the app.', hi: 'अपडेट ऐसे नए प्रारूप में है जिसे यह ऐप नहीं समझता। ऐप का नया संस्करण इंस्टॉल करें।' },
  'manifest-signature-invalid': BAD_SIGNATURE,
  'manifest-unknown-key': BAD_SIGNATURE,
  'manifest-key-expired': { en: 'The update was signed with a key that is no longer valid.', hi: 'अपडेट पर ऐसी कुंजी से हस्ताक्षर हैं जो अब मान्य नहीं है।' },
  'manifest-wrong-feed': { en: 'The update is for another catalogue, not this one.', hi: 'यह अपडेट किसी दूसरी सूची का है, इसका नहीं।' },
  'manifest-rollback': { en: 'The update is older than the catalogue in use, so it was not applied.', hi: 'अपडेट उपयोग में चल रही सूची से पुराना है, इसलिए लागू नहीं किया गया।' },
  'manifest-expired': { en: 'The update has expired: the publisher has not renewed it. The catalogue in use is kept.', hi: 'अपडेट की अवधि समाप्त हो गई है: प्रकाशक ने इसे नवीनीकृत नहीं किया। उपयोग में चल रही सूची ही रखी गई है।' },
  'manifest-future-dated': { en: 'The update is dated in the future. Check this computer’s date and time, then try again.', hi: 'अपडेट पर भविष्य की तारीख है। इस कंप्यूटर की तारीख और समय जाँचें, फिर दोबारा प्रयास करें।' },
  'manifest-schema-unsupported': { en: 'The update needs a newer version of the app.', hi: 'इस अपडेट के लिए ऐप का नया संस्करण चाहिए।' },
  'app-too-old': { en: 'The update needs a newer version of the app. Install it, then try again.', hi: 'इस अपडेट के लिए ऐप का नया संस्करण चाहिए। उसे इंस्टॉल करके दोबारा प्रयास करें।' },
  'object-length-mismatch': DAMAGED_FILE,
  'object-hash-mismatch': DAMAGED_FILE,
  'object-malformed': DAMAGED_FILE,
  'object-wrong-feed': DAMAGED_FILE,
  'object-wrong-version': DAMAGED_FILE,
  'object-not-listed': DAMAGED_FILE,
  'delta-base-mismatch': DAMAGED_FILE,
  'bundle-malformed': BAD_BUNDLE,
  'bundle-too-large': { en: 'The bundle file is too large to be an update.', hi: 'बंडल फ़ाइल अपडेट होने के लिए बहुत बड़ी है।' },
  'bundle-member-unsafe': { en: 'The bundle holds a file with an unsafe name, so it was refused.', hi: 'बंडल में असुरक्षित नाम वाली फ़ाइल है, इसलिए इसे अस्वीकार किया गया।' },
  'bundle-member-unexpected': BAD_BUNDLE,
  'bundle-member-duplicate': BAD_BUNDLE,
  'bundle-member-missing': BAD_BUNDLE,
  'network-unreachable': { en: 'The update server could not be reached. Check the connection and try again.', hi: 'अपडेट सर्वर से संपर्क नहीं हो सका। कनेक्शन जाँचकर दोबारा प्रयास करें।' },
  'connection-dropped': { en: 'The connection broke during the download. Try again: it resumes where it stopped.', hi: 'डाउनलोड के दौरान कनेक्शन टूट गया। दोबारा प्रयास करें: यह वहीं से आगे चलेगा।' },
  'download-stalled': { en: 'The download stopped moving. Try again when the connection is better.', hi: 'डाउनलोड रुक गया। कनेक्शन बेहतर होने पर दोबारा प्रयास करें।' },
  'download-too-slow': { en: 'The feed sent too slowly, so the download was stopped.', hi: 'फ़ीड ने बहुत धीरे डेटा भेजा, इसलिए डाउनलोड रोक दिया गया।' },
  'download-resume-broken': {
    en: 'The update server answered a resumed download wrongly twice, so the download was stopped. The catalogue in use is kept.',
    hi: 'अपडेट सर्वर ने रुके हुए डाउनलोड को आगे बढ़ाने के अनुरोध का दो बार गलत उत्तर दिया, इसलिए डाउनलोड रोक दिया गया। उपयोग में चल रही सूची ही रखी गई है।',
  },
  'download-incomplete': { en: 'The download ended early. Try again.', hi: 'डाउनलोड बीच में ही समाप्त हो गया। दोबारा प्रयास करें।' },
  'download-too-large': { en: 'The server sent more data than the update should have, so the download was stopped.', hi: 'सर्वर ने अपडेट से अधिक डेटा भेजा, इसलिए डाउनलोड रोक दिया गया।' },
  'not-found': { en: 'The update was not found at the feed address. Check the address in the update settings.', hi: 'फ़ीड पते पर अपडेट नहीं मिला। अपडेट सेटिंग में पता जाँचें।' },
  'server-busy': { en: 'The update server is busy. Try again later.', hi: 'अपडेट सर्वर व्यस्त है। बाद में दोबारा प्रयास करें।' },
  'http-error': { en: 'The update server answered with an error. Try again later.', hi: 'अपडेट सर्वर ने त्रुटि लौटाई। बाद में दोबारा प्रयास करें।' },
  'redirect-loop': { en: 'The update server keeps redirecting, so the download was stopped.', hi: 'अपडेट सर्वर बार-बार दूसरी जगह भेज रहा है, इसलिए डाउनलोड रोक दिया गया।' },
  'redirect-refused': { en: 'The update server redirected to a place that is not allowed.', hi: 'अपडेट सर्वर ने ऐसी जगह भेजा जिसकी अनुमति नहीं है।' },
  'invalid-feed-url': { en: 'The feed address is not valid. Check it in the update settings.', hi: 'फ़ीड का पता मान्य नहीं है। अपडेट सेटिंग में इसे जाँचें।' },
  'catalogue-invalid': { en: 'The new catalogue has errors, so it was not applied.', hi: 'नई सूची में त्रुटियाँ हैं, इसलिए इसे लागू नहीं किया गया।' },
  'preview-not-confirmed': { en: 'The update was not applied: it was cancelled after its preview. The catalogue in use is kept.', hi: 'अपडेट लागू नहीं किया गया: पूर्वावलोकन के बाद इसे रद्द किया गया। उपयोग में चल रही सूची ही रखी गई है।' },
  'withdrawal-not-confirmed': { en: 'The update would withdraw many entries and was not confirmed, so it was not applied.', hi: 'अपडेट कई प्रविष्टियाँ हटा देता और इसकी पुष्टि नहीं हुई, इसलिए लागू नहीं किया गया।' },
  'expired-bundle-not-confirmed': { en: 'The bundle has expired and was not confirmed, so it was not applied.', hi: 'बंडल की अवधि समाप्त हो चुकी है और पुष्टि नहीं हुई, इसलिए लागू नहीं किया गया।' },
  'bundles-not-accepted': { en: 'This computer does not accept update bundles.', hi: 'यह कंप्यूटर अपडेट बंडल स्वीकार नहीं करता।' },
  'bundle-unreadable': { en: 'The bundle file could not be read.', hi: 'बंडल फ़ाइल पढ़ी नहीं जा सकी।' },
  'storage-failed': { en: 'The update could not be saved on this computer (is the disk full?). The catalogue in use is kept.', hi: 'अपडेट इस कंप्यूटर पर सहेजा नहीं जा सका (क्या डिस्क भरी है?)। उपयोग में चल रही सूची ही रखी गई है।' },
  'sync-in-progress': { en: 'An update is already running. Wait for it to finish.', hi: 'एक अपडेट पहले से चल रहा है। उसके पूरा होने की प्रतीक्षा करें।' },
  'no-catalogue-installed': { en: 'No verified catalogue is installed yet.', hi: 'अभी तक कोई सत्यापित सूची इंस्टॉल नहीं है।' },
  'sync-disabled': { en: 'Updates are switched off, or no feed address is set. Change this in the update settings.', hi: 'अपडेट बंद हैं, या फ़ीड का पता सेट नहीं है। इसे अपडेट सेटिंग में बदलें।' },
};

/** download-too-slow with its figures (numbers already formatted for the language): "12 bytes in 60 s". */
export const TOO_SLOW_WITH_FIGURES: Record<Language, (bytes: string, seconds: string) => string> = {
  en: (bytes, seconds) => `The feed sent too slowly: ${bytes} bytes in ${seconds} s, so the download was stopped.`,
  hi: (bytes, seconds) => `फ़ीड ने बहुत धीरे डेटा भेजा: ${seconds} सेकंड में केवल ${bytes} बाइट, इसलिए डाउनलोड रोक दिया गया।`,
};

const ASK_FOR_A_NEW_COPY = { en: 'Do not use this file. Ask DTTC for a fresh copy of the update, or check the feed address in the update settings.', hi: 'इस फ़ाइल का उपयोग न करें। डीटीटीसी से अपडेट की नई प्रति माँगें, या अपडेट सेटिंग में फ़ीड का पता जाँचें।' };
const COPY_AGAIN = { en: 'Copy the bundle from its source again (or check again), then import it once more.', hi: 'बंडल को उसके स्रोत से दोबारा कॉपी करें (या फिर से जाँचें), फिर उसे दोबारा आयात करें।' };
const NEWER_APP = { en: 'Install the latest version of the DTTC Knowledge Desk, then try the update again.', hi: 'डीटीटीसी ज्ञान डेस्क का नवीनतम संस्करण इंस्टॉल करें, फिर अपडेट दोबारा आज़माएँ।' };
const NEWLY_SIGNED = { en: 'Ask DTTC for a newly signed update; until then the catalogue in use stays.', hi: 'डीटीटीसी से नए हस्ताक्षर वाला अपडेट माँगें; तब तक उपयोग में चल रही सूची बनी रहेगी।' };
const RIGHT_CATALOGUE = { en: 'Check that the feed address or the bundle is the one DTTC gave for this catalogue.', hi: 'जाँचें कि फ़ीड का पता या बंडल वही है जो डीटीटीसी ने इस सूची के लिए दिया है।' };
const RETRY_OR_BUNDLE = { en: 'Check the network connection and check again, or import an update bundle from a USB stick.', hi: 'नेटवर्क कनेक्शन जाँचकर फिर से जाँचें, या यूएसबी स्टिक से अपडेट बंडल आयात करें।' };
const RETRY_LATER = { en: 'Try again in a few minutes; if it keeps failing, tell the feed’s administrator.', hi: 'कुछ मिनट बाद दोबारा प्रयास करें; बार-बार विफल हो तो फ़ीड के व्यवस्थापक को बताएँ।' };
const FIX_ADDRESS = { en: 'Correct the feed address under Update settings below, save it, and check again.', hi: 'नीचे अपडेट सेटिंग में फ़ीड का पता ठीक करें, उसे सहेजें और फिर से जाँचें।' };
const RIGHT_FILE = { en: 'Do not use this file. Ask DTTC for the correct update bundle file.', hi: 'इस फ़ाइल का उपयोग न करें। डीटीटीसी से सही अपडेट बंडल फ़ाइल माँगें।' };
const CONFIRM_AGAIN = { en: 'If you do want this update, import it or check again and choose Apply the update.', hi: 'यदि आपको यह अपडेट चाहिए, तो उसे दोबारा आयात करें या फिर से जाँचें और ‘अपडेट लागू करें’ चुनें।' };

/** What staff can do next about each failure: shown after the failure's words, in both languages. */
export const SYNC_FAILURE_NEXT_STEP: Record<SyncFailureCode, Record<Language, string>> = {
  'keys-malformed': ASK_FOR_A_NEW_COPY,
  'keys-signature-invalid': ASK_FOR_A_NEW_COPY,
  'keys-wrong-feed': RIGHT_CATALOGUE,
  'manifest-malformed': COPY_AGAIN,
  'manifest-format-unsupported': NEWER_APP,
  'manifest-signature-invalid': ASK_FOR_A_NEW_COPY,
  'manifest-unknown-key': ASK_FOR_A_NEW_COPY,
  'manifest-key-expired': NEWLY_SIGNED,
  'manifest-wrong-feed': RIGHT_CATALOGUE,
  'manifest-rollback': { en: 'Nothing needs doing: the catalogue in use is newer. Import a newer bundle if you have one.', hi: 'कुछ करने की ज़रूरत नहीं: उपयोग में चल रही सूची नई है। आपके पास नया बंडल हो तो उसे आयात करें।' },
  'manifest-expired': NEWLY_SIGNED,
  'manifest-future-dated': { en: 'Set this computer’s date and time correctly, then try again.', hi: 'इस कंप्यूटर की तारीख और समय ठीक करें, फिर दोबारा प्रयास करें।' },
  'manifest-schema-unsupported': NEWER_APP,
  'app-too-old': NEWER_APP,
  'object-length-mismatch': COPY_AGAIN,
  'object-hash-mismatch': COPY_AGAIN,
  'object-malformed': COPY_AGAIN,
  'object-wrong-feed': COPY_AGAIN,
  'object-wrong-version': COPY_AGAIN,
  'object-not-listed': COPY_AGAIN,
  'delta-base-mismatch': COPY_AGAIN,
  'bundle-malformed': COPY_AGAIN,
  'bundle-too-large': RIGHT_FILE,
  'bundle-member-unsafe': RIGHT_FILE,
  'bundle-member-unexpected': COPY_AGAIN,
  'bundle-member-duplicate': COPY_AGAIN,
  'bundle-member-missing': COPY_AGAIN,
  'network-unreachable': RETRY_OR_BUNDLE,
  'connection-dropped': RETRY_OR_BUNDLE,
  'download-stalled': RETRY_OR_BUNDLE,
  'download-too-slow': RETRY_OR_BUNDLE,
  'download-resume-broken': RETRY_OR_BUNDLE,
  'download-incomplete': RETRY_OR_BUNDLE,
  'download-too-large': RETRY_LATER,
  'not-found': FIX_ADDRESS,
  'server-busy': RETRY_LATER,
  'http-error': RETRY_LATER,
  'redirect-loop': FIX_ADDRESS,
  'redirect-refused': FIX_ADDRESS,
  'invalid-feed-url': FIX_ADDRESS,
  'catalogue-invalid': { en: 'Tell DTTC’s catalogue team; until then keep using the catalogue in use.', hi: 'डीटीटीसी की सूची टीम को बताएँ; तब तक उपयोग में चल रही सूची का ही उपयोग करें।' },
  'preview-not-confirmed': CONFIRM_AGAIN,
  'withdrawal-not-confirmed': CONFIRM_AGAIN,
  'expired-bundle-not-confirmed': CONFIRM_AGAIN,
  'bundles-not-accepted': { en: 'Update from the feed with Check now instead, or ask the administrator to allow bundles on this computer.', hi: 'इसके बजाय फ़ीड से ‘अभी जाँचें’ द्वारा अपडेट करें, या व्यवस्थापक से इस कंप्यूटर पर बंडल की अनुमति देने को कहें।' },
  'bundle-unreadable': { en: 'Copy the file to this computer again, or try another USB stick.', hi: 'फ़ाइल को इस कंप्यूटर पर दोबारा कॉपी करें, या कोई दूसरी यूएसबी स्टिक आज़माएँ।' },
  'storage-failed': { en: 'Free some disk space on this computer, then try again.', hi: 'इस कंप्यूटर की डिस्क पर कुछ जगह खाली करें, फिर दोबारा प्रयास करें।' },
  'sync-in-progress': { en: 'Wait until the running update finishes; its progress is shown above.', hi: 'चल रहे अपडेट के पूरा होने तक प्रतीक्षा करें; उसकी प्रगति ऊपर दिखाई गई है।' },
  'no-catalogue-installed': { en: 'Import an update bundle from DTTC to install a catalogue.', hi: 'सूची इंस्टॉल करने के लिए डीटीटीसी का अपडेट बंडल आयात करें।' },
  'sync-disabled': { en: 'Enter a feed address under Update settings below and choose Manual or Automatic, or import an update bundle.', hi: 'नीचे अपडेट सेटिंग में फ़ीड का पता लिखें और मैनुअल या स्वचालित चुनें, या अपडेट बंडल आयात करें।' },
};

/** The refusals of the page and of the host (../../sync/pageRefusalCodes.ts), in the same words' style. */
export const PAGE_REFUSAL_TEXT: Record<PageRefusalCode, Record<Language, string>> = {
  'file-too-large': { en: 'The file is larger than 200 MB, so it cannot be an update bundle.', hi: 'फ़ाइल 200 MB से बड़ी है, इसलिए यह अपडेट बंडल नहीं हो सकती।' },
  'file-empty': { en: 'The file is empty, so it cannot be an update bundle.', hi: 'फ़ाइल खाली है, इसलिए यह अपडेट बंडल नहीं हो सकती।' },
  'file-unreadable': { en: 'The file could not be read, so nothing was imported.', hi: 'फ़ाइल पढ़ी नहीं जा सकी, इसलिए कुछ भी आयात नहीं हुआ।' },
  'host-unreachable': { en: 'The app’s host did not answer, so the update was not run. The catalogue in use is kept.', hi: 'ऐप के होस्ट ने उत्तर नहीं दिया, इसलिए अपडेट नहीं चला। उपयोग में चल रही सूची ही रखी गई है।' },
  'updates-not-offered': { en: 'This window does not run updates: they are managed at the help desk’s app.', hi: 'यह विंडो अपडेट नहीं चलाती: अपडेट हेल्प डेस्क के ऐप से होते हैं।' },
  'request-refused': { en: 'The app refused the file it was sent, so nothing was imported.', hi: 'ऐप ने भेजी गई फ़ाइल अस्वीकार कर दी, इसलिए कुछ भी आयात नहीं हुआ।' },
  'host-failed': { en: 'The app hit an internal error, so the update was not run. The catalogue in use is kept.', hi: 'ऐप में आंतरिक त्रुटि हुई, इसलिए अपडेट नहीं चला। उपयोग में चल रही सूची ही रखी गई है।' },
};

const RESTART_THE_APP = { en: 'Close the app and open it again, then try once more; if it keeps failing, tell the administrator the technical detail shown here.', hi: 'ऐप बंद करके फिर खोलें, फिर दोबारा प्रयास करें; बार-बार विफल हो तो व्यवस्थापक को यहाँ दिखाया गया तकनीकी विवरण बताएँ।' };

export const PAGE_REFUSAL_NEXT_STEP: Record<PageRefusalCode, Record<Language, string>> = {
  'file-too-large': RIGHT_FILE,
  'file-empty': COPY_AGAIN,
  'file-unreadable': SYNC_FAILURE_NEXT_STEP['bundle-unreadable'],
  'host-unreachable': RESTART_THE_APP,
  'updates-not-offered': { en: 'Update the catalogue on the help desk’s computer (its Updates page); this window then shows the new catalogue.', hi: 'हेल्प डेस्क के कंप्यूटर पर (उसके अपडेट पृष्ठ से) सूची अपडेट करें; तब यह विंडो नई सूची दिखाएगी।' },
  'request-refused': COPY_AGAIN,
  'host-failed': RESTART_THE_APP,
};

/** What went wrong, for a refusal of either kind. */
export const REFUSAL_TEXT: Record<UpdateRefusalCode, Record<Language, string>> = { ...SYNC_FAILURE_TEXT, ...PAGE_REFUSAL_TEXT };
/** What staff can do next, for a refusal of either kind. */
export const REFUSAL_NEXT_STEP: Record<UpdateRefusalCode, Record<Language, string>> = { ...SYNC_FAILURE_NEXT_STEP, ...PAGE_REFUSAL_NEXT_STEP };
