// The glossary groups the hand-made catalogue's tests search with: a few rows as glossary.csv
// writes them, enough to exercise Hindi–English and acronym bridges and kind words.
import type { GlossaryGroup } from '../../catalogue/glossary';

export const HAND_MADE_GLOSSARY: readonly GlossaryGroup[] = [
  { terms: ['ToT', 'transfer of technology', 'technology transfer', 'प्रौद्योगिकी हस्तांतरण'], kind: 'technology' },
  { terms: ['LATOT', 'licensing agreement for transfer of technology'] },
  { terms: ['TDF', 'technology development fund', 'प्रौद्योगिकी विकास निधि'], kind: 'scheme' },
  { terms: ['UAV', 'drone', 'unmanned aerial vehicle', 'ड्रोन'] },
  { terms: ['radar', 'रडार'] },
];
