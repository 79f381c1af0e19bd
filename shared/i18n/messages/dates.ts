import { defineMessages } from '../defineMessages';

// Dates typed day first (dd/mm/yyyy), whatever the browser's own locale is.
export const dateMessages = defineMessages({
  en: {
    placeholder: 'dd/mm/yyyy',
    hint: 'Day, month, year: for example 25/11/2026',
    problemFormat: (typed: string) => `“${typed}” is not a date written day/month/year (for example 25/11/2026).`,
    problemCalendar: (typed: string) => `“${typed}” is not a day of the calendar: check the day and the month.`,
  },
  hi: {
    placeholder: 'दिन/माह/वर्ष',
    hint: 'दिन, माह, वर्ष: जैसे 25/11/2026',
    problemFormat: (typed: string) => `“${typed}” दिन/माह/वर्ष के क्रम में लिखी तारीख़ नहीं है (जैसे 25/11/2026)।`,
    problemCalendar: (typed: string) => `“${typed}” कैलेंडर का कोई दिन नहीं है: दिन और माह जाँचें।`,
  },
});
