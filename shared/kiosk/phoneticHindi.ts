// Phonetic Hindi input for the kiosk: a visitor who cannot use InScript types a word as it sounds
// in Latin letters (`drone`, `pariksha`, ITRANS/Hunterian-like spellings) and picks the Devanagari
// word from a few suggestions. Latin spelling of Hindi is ambiguous (short or long i, dental or
// retroflex t and d, a silent final e), so each letter group has alternatives with a cost; the
// cheapest spellings are kept, and words the catalogue actually uses come first.

/** One way to read a letter group: a consonant, a vowel (independent form and sign), or nothing. */
type Sound = { type: 'consonant'; letter: string } | { type: 'vowel'; independent: string; sign: string } | { type: 'silent' };

interface Reading {
  sound: Sound;
  /** 0 for the usual reading; higher for less likely ones. */
  cost: number;
}

interface Rule {
  latin: string;
  readings(position: { atEnd: boolean; atStart: boolean; beforeConsonant: boolean }): Reading[];
}

const VIRAMA = '\u094D';
const ANUSVARA = '\u0902';

const consonant = (letter: string, cost = 0): Reading => ({ sound: { type: 'consonant', letter }, cost });
const vowel = (independent: string, sign: string, cost = 0): Reading => ({ sound: { type: 'vowel', independent, sign }, cost });

function consonants(...letters: string[]): Rule['readings'] {
  return () => letters.map((letter, index) => consonant(letter, index));
}

/** Longest groups first, so `ksh` wins over `k` + `sh`, and `aa` over `a` + `a`. */
const RULES: Rule[] = [
  { latin: 'ksh', readings: consonants('क्ष') },
  { latin: 'chh', readings: consonants('छ') },
  { latin: 'shr', readings: consonants('श्र') },
  { latin: 'gy', readings: consonants('ज्ञ', 'ग्य') },
  { latin: 'tr', readings: consonants('त्र', 'ट्र') },
  { latin: 'kh', readings: consonants('ख') },
  { latin: 'gh', readings: consonants('घ') },
  { latin: 'ch', readings: consonants('च') },
  { latin: 'jh', readings: consonants('झ') },
  { latin: 'th', readings: consonants('थ', 'ठ') },
  { latin: 'dh', readings: consonants('ध', 'ढ') },
  { latin: 'ph', readings: consonants('फ') },
  { latin: 'bh', readings: consonants('भ') },
  { latin: 'sh', readings: consonants('श', 'ष') },
  { latin: 'aa', readings: () => [vowel('आ', 'ा')] },
  { latin: 'ai', readings: () => [vowel('ऐ', 'ै')] },
  { latin: 'au', readings: () => [vowel('औ', 'ौ')] },
  { latin: 'ee', readings: () => [vowel('ई', 'ी')] },
  { latin: 'ii', readings: () => [vowel('ई', 'ी')] },
  { latin: 'oo', readings: () => [vowel('ऊ', 'ू')] },
  { latin: 'uu', readings: () => [vowel('ऊ', 'ू')] },
  // A final a is usually long in Hindi spelt in Latin letters (pariksha, shiksha, seva).
  { latin: 'a', readings: ({ atEnd }) => (atEnd ? [vowel('आ', 'ा'), vowel('अ', '', 1)] : [vowel('अ', ''), vowel('आ', 'ा', 2)]) },
  { latin: 'i', readings: () => [vowel('इ', 'ि'), vowel('ई', 'ी', 1)] },
  { latin: 'u', readings: () => [vowel('उ', 'ु'), vowel('ऊ', 'ू', 1)] },
  // English loan words end in a silent e (drone, engine); Hindi ones spell it out (seve).
  { latin: 'e', readings: ({ atEnd, atStart }) => (atEnd && !atStart ? [{ sound: { type: 'silent' }, cost: 0 }, vowel('ए', 'े', 1)] : [vowel('ए', 'े')]) },
  { latin: 'o', readings: () => [vowel('ओ', 'ो'), vowel('ऑ', 'ॉ', 2)] },
  { latin: 'k', readings: consonants('क') },
  { latin: 'g', readings: consonants('ग') },
  { latin: 'c', readings: consonants('क', 'च', 'स') },
  { latin: 'j', readings: consonants('ज') },
  // English loan words take the retroflex (drone → ड्रोन, test → टेस्ट): both are offered.
  { latin: 't', readings: consonants('त', 'ट') },
  { latin: 'd', readings: consonants('द', 'ड') },
  {
    latin: 'n',
    readings: ({ beforeConsonant }) => (beforeConsonant ? [{ sound: { type: 'vowel', independent: ANUSVARA, sign: ANUSVARA }, cost: 0 }, consonant('न', 1), consonant('ण', 2)] : [consonant('न'), consonant('ण', 2)]),
  },
  { latin: 'p', readings: consonants('प') },
  { latin: 'f', readings: consonants('फ़', 'फ') },
  { latin: 'b', readings: consonants('ब') },
  { latin: 'm', readings: consonants('म') },
  { latin: 'y', readings: consonants('य') },
  { latin: 'r', readings: consonants('र') },
  { latin: 'l', readings: consonants('ल') },
  { latin: 'v', readings: consonants('व') },
  { latin: 'w', readings: consonants('व') },
  { latin: 's', readings: consonants('स', 'श', 'ष') },
  { latin: 'h', readings: consonants('ह') },
  { latin: 'z', readings: consonants('ज़', 'ज') },
  { latin: 'q', readings: consonants('क़', 'क') },
  { latin: 'x', readings: consonants('क्स') },
];

const VOWEL_LATIN = new Set(['a', 'e', 'i', 'o', 'u']);
/** Beyond this many letters a search word is no Hindi word; nothing is suggested. */
const MAXIMUM_WORD_LENGTH = 24;
/** Spellings kept while reading a word, cheapest first: enough for every ambiguity of a real word. */
const BEAM = 256;

interface Partial {
  sounds: Sound[];
  cost: number;
}

/** Splits a Latin word into letter groups, longest match first; undefined if a letter is not a-z. */
function groups(word: string): string[] | undefined {
  const found: string[] = [];
  let index = 0;
  while (index < word.length) {
    const rule = RULES.find((candidate) => word.startsWith(candidate.latin, index));
    if (!rule) return undefined;
    found.push(rule.latin);
    index += rule.latin.length;
  }
  return found;
}

function spell(sounds: readonly Sound[]): string {
  let text = '';
  for (let index = 0; index < sounds.length; index += 1) {
    const sound = sounds[index] as Sound;
    const previous = sounds[index - 1];
    if (sound.type === 'silent') continue;
    if (sound.type === 'consonant') {
      text += sound.letter;
      const next = sounds.slice(index + 1).find((candidate) => candidate.type !== 'silent');
      if (next?.type === 'consonant') text += VIRAMA;
    } else text += previous?.type === 'consonant' ? sound.sign : sound.independent;
  }
  return text.normalize('NFC');
}

/**
 * Devanagari spellings of one Latin word, most likely first (at most `limit`). Words found in
 * `vocabulary` (the catalogue's Hindi words) come before the rest, in the same order.
 */
export function phoneticHindiSuggestions(latinWord: string, vocabulary: ReadonlySet<string> = new Set(), limit = 4): string[] {
  const word = latinWord.toLowerCase();
  if (word === '' || word.length > MAXIMUM_WORD_LENGTH) return [];
  const letterGroups = groups(word);
  if (!letterGroups) return [];
  let partials: Partial[] = [{ sounds: [], cost: 0 }];
  letterGroups.forEach((latin, index) => {
    const rule = RULES.find((candidate) => candidate.latin === latin) as Rule;
    const following = letterGroups[index + 1];
    const readings = rule.readings({
      atEnd: index === letterGroups.length - 1,
      atStart: index === 0,
      beforeConsonant: following !== undefined && !VOWEL_LATIN.has(following[0] as string),
    });
    const next: Partial[] = [];
    for (const partial of partials) {
      for (const reading of readings) next.push({ sounds: [...partial.sounds, reading.sound], cost: partial.cost + reading.cost });
    }
    next.sort((a, b) => a.cost - b.cost);
    partials = next.slice(0, BEAM);
  });
  const spellings: string[] = [];
  for (const partial of partials) {
    const spelling = spell(partial.sounds);
    if (spelling !== '' && !spellings.includes(spelling)) spellings.push(spelling);
  }
  const known = spellings.filter((spelling) => vocabulary.has(spelling));
  const rest = spellings.filter((spelling) => !vocabulary.has(spelling));
  return [...known, ...rest].slice(0, limit);
}

/** The last word of the search text when it is in Latin letters (the word a suggestion replaces). */
export function lastLatinWord(text: string): string | undefined {
  const match = /([A-Za-z]+)$/.exec(text);
  return match?.[1];
}

/** The search text with its last Latin word replaced by the chosen Devanagari word. */
export function replaceLastLatinWord(text: string, replacement: string): string {
  const word = lastLatinWord(text);
  if (word === undefined) return text;
  return (text.slice(0, text.length - word.length) + replacement).normalize('NFC');
}

const DEVANAGARI_WORD = /[\u0900-\u097F]+/g;

/** The catalogue's Hindi words (titles, summaries, keywords), sorted: what the kiosk host sends with catalogue:info. */
export function catalogueHindiWords(entries: Iterable<{ title: { hi?: string }; summary: { hi?: string }; keywords: readonly string[] }>): string[] {
  const texts: string[] = [];
  for (const entry of entries) {
    if (entry.title.hi) texts.push(entry.title.hi);
    if (entry.summary.hi) texts.push(entry.summary.hi);
    texts.push(...entry.keywords);
  }
  return [...devanagariVocabulary(texts)].sort();
}

/** The distinct Devanagari words of some texts: the vocabulary that ranks suggestions. */
export function devanagariVocabulary(texts: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const text of texts) {
    for (const match of text.normalize('NFC').matchAll(DEVANAGARI_WORD)) words.add(match[0].replace(/[।॥]/g, ''));
  }
  words.delete('');
  return words;
}
