// Entries planted into generated catalogues, each with the queries a user might type to find it:
// exact words, a word still being typed, typos, Devanagari, acronyms, synonyms and romanised Hindi.
// Their words are absent from the generator's vocabulary, so each query has one right answer.
import { catalogueEntrySchema, type CatalogueEntry } from '../shared/catalogue/entry';

export type QueryStyle = 'exact' | 'prefix' | 'typo' | 'devanagari' | 'acronym' | 'romanised';

export interface PlantedQuery {
  text: string;
  style: QueryStyle;
  expectedId: string;
}

interface Plant {
  entry: Record<string, unknown>;
  queries: [string, QueryStyle][];
}

const base = { contact: { name: 'DTTC Business Development' }, updated: '2026-04-01', status: 'active', domains: ['Testing'], keywords: [] };
const technology = { ...base, kind: 'technology', applications: [] };
const consultancy = { ...base, kind: 'consultancy', serviceType: 'testing', deliverables: [] };
const course = { ...base, kind: 'course', durationDays: 5, mode: 'in-person', batches: [{ start: '2026-09-07', end: '2026-09-11' }] };
const scheme = { ...base, kind: 'scheme', agency: 'DRDO' };

const PLANTS: Plant[] = [
  {
    entry: { ...technology, id: 'planted-foliage-radar', lab: 'LRDE', title: { en: 'Foliage Penetrating Radar (Vanrakshak)', hi: 'वनभेदी रडार' }, summary: { en: 'Sees through forest canopy to find intruders.' }, keywords: ['FOPEN', 'vanrakshak'] },
    queries: [['foliage radar', 'exact'], ['folage penetrating radar', 'typo'], ['वनभेदी रडार', 'devanagari'], ['fopen', 'acronym'], ['foliage pen', 'prefix']],
  },
  {
    entry: { ...technology, id: 'planted-avalanche-locator', lab: 'DIHAR', title: { en: 'Avalanche Victim Locator', hi: 'हिमस्खलन पीड़ित खोजक' }, summary: { en: 'Finds people buried under snow.', hi: 'बर्फ़ में दबे लोगों को खोजता है।' } },
    queries: [['avalanche locator', 'exact'], ['avalanch victm', 'typo'], ['हिमस्खलन पीडित', 'devanagari'], ['avalanche vic', 'prefix']],
  },
  {
    entry: { ...scheme, id: 'planted-quantum-tdf', lab: 'DTTC', title: { en: 'Technology Development Fund for Quantum Sensing', hi: 'क्वांटम संवेदन हेतु प्रौद्योगिकी विकास निधि' }, summary: { en: 'Grants for quantum sensing prototypes by Indian firms.' }, maxFundingInr: 500000000 },
    queries: [['TDF quantum', 'acronym'], ['quantum sensing fund', 'exact'], ['क्वांटम संवेदन', 'devanagari'], ['quantam sensing', 'typo']],
  },
  {
    entry: { ...consultancy, id: 'planted-salt-fog', lab: 'DTTC', title: { en: 'Salt Fog Corrosion Testing', hi: 'लवण कुहासा संक्षारण परीक्षण' }, summary: { en: 'Corrosion tests in a salt fog chamber to ASTM B117.' } },
    queries: [['salt fog', 'exact'], ['corosion testing', 'typo'], ['संक्षारण परीक्षण', 'devanagari'], ['salt fog corr', 'prefix']],
  },
  {
    entry: { ...course, id: 'planted-anti-drone-course', lab: 'DTTC', title: { en: 'Anti-drone Systems Operator Course', hi: 'ड्रोन रोधी प्रणाली संचालक पाठ्यक्रम' }, summary: { en: 'Operating detection and jamming equipment against small drones.' } },
    queries: [['anti drone operator', 'exact'], ['counter uas operator', 'acronym'], ['संचालक पाठ्यक्रम', 'devanagari'], ['anti-drone opera', 'prefix']],
  },
  {
    entry: { ...technology, id: 'planted-seabuckthorn-tea', lab: 'DIHAR', title: { en: 'Seabuckthorn Herbal Tea', hi: 'सीबकथॉर्न हर्बल चाय' }, summary: { en: 'An antioxidant tea from high-altitude berries.' }, keywords: ['leh berry', 'chharma'] },
    queries: [['seabuckthorn', 'exact'], ['seabukthorn tea', 'typo'], ['सीबकथॉर्न चाय', 'devanagari'], ['chharma', 'romanised'], ['seabuck', 'prefix']],
  },
  {
    entry: { ...technology, id: 'planted-mosquito-cream', lab: 'DRDE', title: { en: 'Mosquito Repellent Cream', hi: 'मच्छर रोधी क्रीम' }, summary: { en: 'Keeps mosquitoes away for up to eight hours.' }, keywords: ['machhar'] },
    queries: [['mosquito cream', 'exact'], ['mosquto repellant', 'typo'], ['मच्छर क्रीम', 'devanagari'], ['machhar', 'romanised']],
  },
  {
    entry: { ...course, id: 'planted-eod-refresher', lab: 'TBRL', title: { en: 'Explosive Ordnance Disposal Refresher', hi: 'विस्फोटक आयुध निपटान पुनश्चर्या' }, summary: { en: 'Refresher training on bomb disposal procedures.' }, keywords: ['EOD', 'bomb disposal'] },
    queries: [['eod refresher', 'acronym'], ['ordnance disposl', 'typo'], ['आयुध निपटान', 'devanagari'], ['ordnance dis', 'prefix']],
  },
  {
    entry: { ...technology, id: 'planted-nanofiltration', lab: 'DRDE', title: { en: 'Nanofiltration Water Purification Unit', hi: 'नैनोफ़िल्ट्रेशन जल शोधन इकाई' }, summary: { en: 'Removes arsenic and fluoride from groundwater.' }, keywords: ['pani saaf'] },
    queries: [['nanofiltration', 'exact'], ['pani saaf', 'romanised'], ['नैनोफिल्ट्रेशन', 'devanagari'], ['nanofiltr', 'prefix'], ['nanofiltraton', 'typo']],
  },
  {
    entry: { ...technology, id: 'planted-bhabha-kavach', lab: 'DMSRDE', title: { en: 'Bhabha Kavach Bullet-resistant Jacket', hi: 'भाभा कवच बुलेटप्रूफ जैकेट' }, summary: { en: 'A light jacket with boron carbide plates.' } },
    queries: [['bhabha kavach', 'exact'], ['भाभा कवच', 'devanagari'], ['bulletproof jacket bhabha', 'acronym'], ['bhaba kavach', 'typo']],
  },
  {
    entry: { ...scheme, id: 'planted-dare-to-dream', lab: 'DTTC', title: { en: 'Dare to Dream Innovation Contest', hi: 'डेयर टू ड्रीम नवाचार प्रतियोगिता' }, summary: { en: 'Awards for innovators and start-ups.' }, maxFundingInr: 5000000 },
    queries: [['dare to dream', 'exact'], ['नवाचार प्रतियोगिता', 'devanagari'], ['innovaton contest', 'typo']],
  },
  {
    entry: { ...course, id: 'planted-additive-workshop', lab: 'DTTC', title: { en: 'Additive Manufacturing Workshop', hi: '3डी प्रिंटिंग कार्यशाला' }, summary: { en: 'Metal and polymer 3D printing for small firms.' } },
    queries: [['additive manufacturing workshop', 'exact'], ['addtive manufactring', 'typo'], ['3डी प्रिंटिंग कार्यशाला', 'devanagari'], ['3d printing workshop', 'acronym']],
  },
  {
    entry: { ...consultancy, id: 'planted-emp-hardening', lab: 'SSPL', title: { en: 'Electromagnetic Pulse Hardening Assessment', hi: 'विद्युतचुंबकीय स्पंद दृढ़ीकरण आकलन' }, summary: { en: 'Checks how well equipment survives an EMP.' }, keywords: ['EMP'] },
    queries: [['emp hardening', 'acronym'], ['electromagnetic pulse', 'exact'], ['hardning assesment', 'typo'], ['दृढीकरण आकलन', 'devanagari']],
  },
  {
    entry: { ...technology, id: 'planted-snake-venom-kit', lab: 'DRDE', title: { en: 'Snake Venom Detection Kit', hi: 'सर्प विष पहचान किट' }, summary: { en: 'Identifies the snake species from a bite swab.' }, keywords: ['saanp'] },
    queries: [['snake venom', 'exact'], ['snake venon kit', 'typo'], ['सर्प विष', 'devanagari'], ['saanp', 'romanised'], ['snake ven', 'prefix']],
  },
];

export const PLANTED_ENTRIES: CatalogueEntry[] = PLANTS.map((plant) => catalogueEntrySchema.parse(plant.entry));

export const PLANTED_QUERIES: PlantedQuery[] = PLANTS.flatMap((plant) =>
  plant.queries.map(([text, style]) => ({ text, style, expectedId: plant.entry.id as string })),
);
