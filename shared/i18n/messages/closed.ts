import { defineMessages } from '../defineMessages';

// Entries held but no longer offered (withdrawn, or past their validity date), named when asked for.
export const closedMessages = defineMessages({
  en: {
    heading: 'No longer offered',
    closedOn: (title: string, date: string) => `“${title}” closed on ${date}.`,
    withdrawn: (title: string) => `“${title}” has been withdrawn from the catalogue.`,
    hint: 'Shown so you can tell the visitor; it is not among the results.',
    kioskHint: 'It is not among the results. The DTTC help desk can tell you what is offered in its place.',
    detailClosedOn: (date: string) => `This entry closed on ${date} and is no longer offered.`,
    detailWithdrawn: 'This entry has been withdrawn and is no longer offered.',
    statusClosed: (count: string) => `${count} closed or withdrawn`,
  },
  hi: {
    heading: 'अब उपलब्ध नहीं',
    closedOn: (title: string, date: string) => `“${title}” ${date} को बंद हो गया।`,
    withdrawn: (title: string) => `“${title}” को सूची से वापस ले लिया गया है।`,
    hint: 'यह इसलिए दिखाया गया है ताकि आप आगंतुक को बता सकें; यह परिणामों में शामिल नहीं है।',
    kioskHint: 'यह परिणामों में शामिल नहीं है। डीटीटीसी हेल्प डेस्क बता सकता है कि इसके स्थान पर क्या उपलब्ध है।',
    detailClosedOn: (date: string) => `यह प्रविष्टि ${date} को बंद हो गई और अब उपलब्ध नहीं है।`,
    detailWithdrawn: 'यह प्रविष्टि वापस ले ली गई है और अब उपलब्ध नहीं है।',
    statusClosed: (count: string) => `${count} बंद या वापस ली गईं`,
  },
});
