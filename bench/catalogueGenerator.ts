// A seeded generator of realistic bilingual catalogues of any size, for benchmarks (search, feed,
// UI). Same count and seed → the same catalogue. Words come from a technical vocabulary with Hindi
// equivalents, real DRDO lab codes, and made-up project names so the vocabulary grows with size as
// real text does. Known entries can be planted at chosen positions to measure whether they are found.
import type { CatalogueEntry, EntryKind } from '../shared/catalogue/entry';

export interface GenerateOptions {
  /** Entries placed into the catalogue (replacing generated ones at spread-out positions). */
  planted?: readonly CatalogueEntry[];
}

type Pair = readonly [english: string, hindi: string];

const SUBJECTS: readonly Pair[] = [
  ['Radar', 'रडार'], ['Sonar', 'सोनार'], ['Drone', 'ड्रोन'], ['Antenna', 'एंटीना'], ['Armour', 'कवच'], ['Helmet', 'हेलमेट'],
  ['Jacket', 'जैकेट'], ['Composite', 'कम्पोजिट'], ['Sensor', 'सेंसर'], ['Camera', 'कैमरा'], ['Battery', 'बैटरी'], ['Parachute', 'पैराशूट'],
  ['Shelter', 'आश्रय'], ['Filter', 'फ़िल्टर'], ['Coating', 'लेपन'], ['Alloy', 'मिश्रधातु'], ['Ration', 'राशन'], ['Biodigester', 'बायोडाइजेस्टर'],
  ['Missile', 'मिसाइल'], ['Engine', 'इंजन'], ['Propellant', 'प्रणोदक'], ['Explosive', 'विस्फोटक'], ['Detector', 'संसूचक'], ['Receiver', 'अभिग्राही'],
  ['Transmitter', 'प्रेषित्र'], ['Simulator', 'सिम्युलेटर'], ['Software', 'सॉफ्टवेयर'], ['Robot', 'रोबोट'], ['Vehicle', 'वाहन'], ['Boat', 'नौका'],
  ['Torpedo', 'टॉरपीडो'], ['Laser', 'लेज़र'], ['Gyroscope', 'जाइरोस्कोप'], ['Textile', 'वस्त्र'], ['Fabric', 'कपड़ा'], ['Ceramic', 'सिरेमिक'],
  ['Polymer', 'बहुलक'], ['Adhesive', 'आसंजक'], ['Extinguisher', 'अग्निशामक'], ['Suit', 'सूट'], ['Mask', 'मास्क'], ['Kit', 'किट'],
  ['Tent', 'तंबू'], ['Stove', 'चूल्हा'], ['Purifier', 'शोधक'], ['Beacon', 'बीकन'], ['Modem', 'मॉडेम'], ['Processor', 'प्रोसेसर'],
  ['Magnet', 'चुंबक'], ['Fuel', 'ईंधन'], ['Bearing', 'बेयरिंग'], ['Valve', 'वाल्व'], ['Pump', 'पंप'], ['Sight', 'दृष्टि'],
];
const QUALIFIERS: readonly Pair[] = [
  ['Lightweight', 'हल्का'], ['Portable', 'पोर्टेबल'], ['Thermal', 'थर्मल'], ['Night', 'रात्रि'], ['Ballistic', 'बैलिस्टिक'], ['Underwater', 'जलमग्न'],
  ['High-altitude', 'उच्च तुंगता'], ['Rugged', 'मज़बूत'], ['Miniature', 'लघु'], ['Solar', 'सौर'], ['Fire-resistant', 'अग्निरोधी'], ['Waterproof', 'जलरोधी'],
  ['Digital', 'डिजिटल'], ['Autonomous', 'स्वायत्त'], ['Modular', 'मॉड्यूलर'], ['Smart', 'स्मार्ट'], ['Passive', 'निष्क्रिय'], ['Active', 'सक्रिय'],
  ['Low-cost', 'कम लागत'], ['Wearable', 'पहनने योग्य'], ['Airborne', 'हवाई'], ['Naval', 'नौसैनिक'], ['Field', 'फ़ील्ड'], ['Secure', 'सुरक्षित'],
];
const PURPOSES: readonly Pair[] = [
  ['for Border Surveillance', 'सीमा निगरानी हेतु'], ['for Disaster Relief', 'आपदा राहत हेतु'], ['for Soldiers', 'सैनिकों के लिए'],
  ['for Industry', 'उद्योग के लिए'], ['for Hospitals', 'अस्पतालों के लिए'], ['for Glaciers', 'हिमनदों के लिए'], ['for Ships', 'जहाज़ों के लिए'],
  ['for Aircraft', 'विमानों के लिए'], ['for Police', 'पुलिस के लिए'], ['for Farmers', 'किसानों के लिए'], ['', ''], ['', ''], ['', ''],
];
const DOMAINS = [
  'Materials', 'Protective equipment', 'Electronics', 'Radar', 'Electro-optics', 'Aeronautics', 'Naval systems', 'Missiles', 'Life sciences',
  'Food technology', 'Armaments', 'Combat vehicles', 'Fire safety', 'Communication', 'Artificial intelligence', 'Robotics', 'Energy',
  'Testing', 'Simulation', 'Manufacturing', 'Skills', 'Funding', 'Chemical defence', 'High altitude', 'Medical devices',
];
const LABS = ['DRDL', 'DMRL', 'DRDE', 'DEBEL', 'DIPAS', 'DFRL', 'DIHAR', 'ARDE', 'HEMRL', 'CVRDE', 'VRDE', 'NSTL', 'NPOL', 'NMRL', 'LRDE', 'DLRL', 'ADE', 'GTRE', 'CAIR', 'IRDE', 'SSPL', 'TBRL', 'ADRDE', 'CFEES', 'DMSRDE', 'INMAS', 'DIBER', 'DTTC'];
const SENTENCES = [
  'It has been tested in field trials by the user services.',
  'The design uses indigenous components and simple manufacturing processes.',
  'Suitable for small and medium enterprises with basic machining facilities.',
  'The technology transfer document covers the bill of materials, processes and quality checks.',
  'Handholding is offered during the first production batch.',
  'It works across a wide temperature range and in dusty conditions.',
  'Performance has been validated against national and military standards.',
  'Maintenance needs little training and common tools.',
  'The product can be adapted for civilian use such as disaster management.',
  'Power consumption is low, allowing long missions on battery.',
];
const HINDI_SENTENCES = [
  'उपयोगकर्ता सेवाओं द्वारा इसका क्षेत्र परीक्षण किया गया है।',
  'डिज़ाइन में स्वदेशी घटकों और सरल निर्माण प्रक्रियाओं का उपयोग होता है।',
  'यह लघु और मध्यम उद्यमों के लिए उपयुक्त है।',
  'प्रौद्योगिकी हस्तांतरण दस्तावेज़ में सामग्री सूची और प्रक्रियाएँ शामिल हैं।',
  'पहले उत्पादन बैच के दौरान सहायता दी जाती है।',
];
const SYLLABLES = ['ab', 'hay', 'ne', 'tra', 'va', 'jra', 'shi', 'kha', 'ras', 'dhi', 'ak', 'ash', 'pra', 'har', 'dra', 'ni', 'mi', 'tri', 'su', 'dar', 'shan', 'vi', 'jay', 'ag', 'ni', 'ka', 'lam', 'or'];
const SERVICE_TYPES = ['testing', 'design', 'simulation', 'certification', 'advisory', 'training'] as const;
const KIND_SHARE: readonly [EntryKind, number][] = [['technology', 0.55], ['consultancy', 0.2], ['course', 0.15], ['scheme', 0.1]];

/** mulberry32: small, fast and good enough for test data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateCatalogue(count: number, seed: number, options: GenerateOptions = {}): CatalogueEntry[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const chance = (probability: number) => random() < probability;
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const date = (fromYear: number, toYear: number) => `${between(fromYear, toYear)}-${String(between(1, 12)).padStart(2, '0')}-${String(between(1, 28)).padStart(2, '0')}`;
  const projectName = () => {
    const name = Array.from({ length: between(2, 3) }, () => pick(SYLLABLES)).join('');
    return name[0]!.toUpperCase() + name.slice(1);
  };
  const kindFor = () => {
    let roll = random();
    for (const [kind, share] of KIND_SHARE) {
      if ((roll -= share) < 0) return kind;
    }
    return 'technology';
  };

  const entries: CatalogueEntry[] = [];
  for (let index = 0; index < count; index++) {
    const kind = kindFor();
    const qualifier = pick(QUALIFIERS);
    const subject = pick(SUBJECTS);
    const purpose = pick(PURPOSES);
    const name = chance(0.5) ? projectName() : undefined;
    const subjectWord = kind === 'course' ? `${subject[0]} ${pick(['Maintenance', 'Design', 'Testing', 'Operation'])} Course` : kind === 'consultancy' ? `${subject[0]} ${pick(['Testing', 'Design Review', 'Simulation', 'Certification'])}` : kind === 'scheme' ? `${pick(['Innovation', 'Development', 'Prototype', 'Start-up'])} Grant for ${subject[0]} Projects` : subject[0];
    const titleEn = [qualifier[0], subjectWord, purpose[0], name ? `(${name})` : ''].filter(Boolean).join(' ');
    const titleHi = [purpose[1], qualifier[1], subject[1], kind === 'course' ? 'पाठ्यक्रम' : kind === 'consultancy' ? 'परामर्श सेवा' : kind === 'scheme' ? 'अनुदान योजना' : ''].filter(Boolean).join(' ');
    const lab = kind === 'course' || kind === 'scheme' ? pick(['DTTC', 'DTTC', pick(LABS)]) : pick(LABS);
    const domains = [...new Set([pick(DOMAINS), ...(chance(0.5) ? [pick(DOMAINS)] : [])])];
    const summaryEn = `${qualifier[0]} ${subject[0].toLowerCase()} developed by ${lab}${purpose[0] ? ` ${purpose[0].toLowerCase()}` : ''}. ${pick(SENTENCES)}`.slice(0, 400);
    const common = {
      id: `${kind.slice(0, 4)}-${index}-${seed}`,
      title: { en: titleEn, hi: titleHi },
      summary: { en: summaryEn, ...(chance(0.5) ? { hi: `${titleHi}। ${pick(HINDI_SENTENCES)}` } : {}) },
      ...(chance(0.6)
        ? { details: { en: Array.from({ length: between(3, 7) }, () => pick(SENTENCES)).join(' '), ...(chance(0.4) ? { hi: Array.from({ length: between(2, 4) }, () => pick(HINDI_SENTENCES)).join(' ') } : {}) } }
        : {}),
      lab,
      domains,
      keywords: [...new Set([subject[0].toLowerCase(), ...(name ? [name.toLowerCase()] : []), ...(chance(0.3) ? [pick(SUBJECTS)[0].toLowerCase()] : [])])],
      contact: { name: `${lab} Technology Transfer Cell`, email: `ttc@${lab.toLowerCase()}.example.in` },
      updated: date(2024, 2026),
      ...(chance(0.03) ? { validUntil: date(2024, 2025) } : chance(0.2) ? { validUntil: date(2027, 2029) } : {}),
      status: chance(0.02) ? 'withdrawn' : 'active',
    };
    entries.push(buildEntry(kind, common, { pick, chance, between, date, subject }) as CatalogueEntry);
  }
  const planted = options.planted ?? [];
  planted.forEach((entry, plantIndex) => {
    if (entries.length === 0) return;
    const position = Math.floor(((plantIndex + 0.5) * entries.length) / planted.length);
    entries[Math.min(position, entries.length - 1)] = entry;
  });
  if (planted.length > entries.length) entries.push(...planted.slice(entries.length));
  return entries;
}

interface Helpers {
  pick: <T>(list: readonly T[]) => T;
  chance: (probability: number) => boolean;
  between: (low: number, high: number) => number;
  date: (fromYear: number, toYear: number) => string;
  subject: Pair;
}

function buildEntry(kind: EntryKind, common: Record<string, unknown>, { pick, chance, between, date, subject }: Helpers): Record<string, unknown> {
  switch (kind) {
    case 'technology':
      return {
        ...common,
        kind,
        ...(chance(0.8) ? { category: pick(['A', 'B'] as const) } : {}),
        ...(chance(0.7) ? { trl: between(3, 9) } : {}),
        applications: [`${subject[0]} for ${pick(['defence', 'industry', 'civil use', 'disaster relief'])}`],
        ...(chance(0.5) ? { totTerms: 'One-time ToT fee of 5% of the project sanction cost; 2% royalty on commercial and export sales (sample terms).' } : {}),
        ...(chance(0.4) ? { licensees: between(0, 40) } : {}),
      };
    case 'consultancy':
      return { ...common, kind, serviceType: pick(SERVICE_TYPES), deliverables: ['Test report', 'Recommendations'], ...(chance(0.5) ? { turnaroundDays: between(5, 90) } : {}) };
    case 'course': {
      const batches = Array.from({ length: between(0, 3) }, () => {
        const start = date(2026, 2027);
        const end = addDays(start, between(1, 20));
        return { start, end };
      });
      return { ...common, kind, durationDays: between(1, 30), mode: pick(['in-person', 'online', 'blended'] as const), batches, ...(chance(0.6) ? { feeInr: between(0, 50) * 1000 } : {}), ...(chance(0.5) ? { seats: between(10, 60) } : {}) };
    }
    case 'scheme':
      return { ...common, kind, agency: pick(['DRDO', 'DTTC', 'Ministry of Defence']), ...(chance(0.8) ? { maxFundingInr: between(1, 500) * 1_000_000 } : {}), ...(chance(0.5) ? { applyBy: date(2026, 2027) } : {}) };
  }
}

function addDays(isoDate: string, days: number): string {
  const moment = new Date(`${isoDate}T00:00:00Z`);
  moment.setUTCDate(moment.getUTCDate() + days);
  return moment.toISOString().slice(0, 10);
}
