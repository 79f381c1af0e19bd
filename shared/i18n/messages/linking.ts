// Choosing, on the results page, the entries shown to a visitor, so that the enquiry links those and
// not whatever happened to be at the top of the list.
import { defineMessages } from '../defineMessages';

export const linkingMessages = defineMessages({
  en: {
    pickLabel: (title: string) => `Shown to the visitor: ${title}`,
    pickedCount: (count: string, value: number) => (value === 1 ? `${count} entry ticked as shown to the visitor` : `${count} entries ticked as shown to the visitor`),
    linkPicked: 'Link to the enquiry',
    clearPicked: 'Clear ticks',
    nothingTicked: 'Nothing linked: tick the results you showed the visitor first (the box at the start of each row), then press Alt+L.',
    columnShown: 'Shown',
  },
  hi: {
    pickLabel: (title: string) => `आगंतुक को दिखाई गई: ${title}`,
    pickedCount: (count: string, value: number) => (value === 1 ? `${count} प्रविष्टि आगंतुक को दिखाई गई के रूप में चुनी गई` : `${count} प्रविष्टियाँ आगंतुक को दिखाई गई के रूप में चुनी गईं`),
    linkPicked: 'पूछताछ से जोड़ें',
    clearPicked: 'चुनाव हटाएँ',
    nothingTicked: 'कुछ नहीं जोड़ा गया: पहले आगंतुक को दिखाए गए परिणाम चुनें (हर पंक्ति के आरंभ का बॉक्स), फिर Alt+L दबाएँ।',
    columnShown: 'दिखाई गई',
  },
});
