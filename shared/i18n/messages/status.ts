import { defineMessages } from '../defineMessages';

export const statusMessages = defineMessages({
  en: {
    statusBar: 'Status',
    catalogueVersion: (version: string, date: string) => `Catalogue v${version} · ${date}`,
    asOf: (date: string) => `as of ${date}`,
    entryCount: (count: string, value: number) => (value === 1 ? `${count} entry` : `${count} entries`),
    online: 'Online',
    offline: 'Offline',
    sampleData: 'Sample data',
  },
  hi: {
    statusBar: 'स्थिति',
    catalogueVersion: (version: string, date: string) => `सूची सं. ${version} · ${date}`,
    asOf: (date: string) => `${date} के अनुसार`,
    entryCount: (count: string) => `${count} प्रविष्टियाँ`,
    online: 'ऑनलाइन',
    offline: 'ऑफ़लाइन',
    sampleData: 'नमूना डेटा',
  },
});
