import { defineMessages } from '../defineMessages';

export const printMessages = defineMessages({
  en: {
    briefHeading: 'DTTC Knowledge Desk: brief',
    qrCaption: 'Scan for the source page',
    qrAlternative: (url: string) => `QR code of ${url}`,
    footer: (version: string, date: string) => `Catalogue version ${version}, as of ${date}. Sample data until DTTC publishes its own catalogue.`,
    printedOn: (date: string) => `Printed ${date}`,
  },
  hi: {
    briefHeading: 'डीटीटीसी ज्ञान डेस्क: संक्षिप्त विवरण',
    qrCaption: 'स्रोत पृष्ठ के लिए स्कैन करें',
    qrAlternative: (url: string) => `${url} का क्यूआर कोड`,
    footer: (version: string, date: string) => `सूची संस्करण ${version}, ${date} के अनुसार। डीटीटीसी द्वारा अपनी सूची प्रकाशित होने तक नमूना डेटा।`,
    printedOn: (date: string) => `मुद्रण तिथि ${date}`,
  },
});
