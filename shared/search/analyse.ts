// Word analysis applied alike to every indexed word and every query word, after normaliseText:
// English words lose plural endings and take one spelling of British/American pairs; Hindi words
// are normalised for spelling variants and lose inflectional endings. Both sides of a comparison
// go through here, so a rule never has to be right about meaning, only consistent.
import { searchRules } from './searchRules';
import { STOP_WORDS } from './stopWords';

/** The form of one normalised word (lower case, NFC, nukta and chandrabindu already folded) the index stores. */
export function analyseTerm(term: string): string {
  if (term.length < 3 || STOP_WORDS.has(term)) return term;
  const code = term.charCodeAt(0);
  // Callers remember each word's analysis (tokenise.ts, the indexer's spelling table), so the rules are read once per distinct word.
  const rules = searchRules();
  if (code >= 0x0900 && code <= 0x097f) {
    const folded = rules.hindiSpelling ? normaliseHindiSpelling(term) : term;
    return rules.hindiStemmer ? stemHindi(folded) : folded;
  }
  if (code < 128) {
    const singular = rules.englishPlurals ? stemEnglishPlural(term) : term;
    return rules.britishAmerican ? americanSpelling(singular) : singular;
  }
  return term;
}

// --- English -------------------------------------------------------------------------------------

/**
 * Plural endings only, after Harman's "S" stemmer as Lucene's EnglishMinimalStemmer applies it
 * (Harman 1991, "How effective is suffixing?"): -ies → -y, -es and -s dropped except after
 * the letters that make them part of the word (-us, -ss, -aes, -ees, -oes, -ies after a/e).
 * Unlike Porter it never merges unrelated words (university/universe, general/generous).
 * Words under four letters and words with digits (codes such as "c4s") are left alone.
 */
export function stemEnglishPlural(word: string): string {
  const length = word.length;
  if (length < 4 || word.charCodeAt(length - 1) !== 0x73 /* s */ || /\d/.test(word)) return word;
  const beforeS = word[length - 2];
  if (beforeS === 'u' || beforeS === 's' || beforeS === "'") return word;
  if (beforeS === 'e') {
    const third = word[length - 3];
    if (third === 'i' && length > 4 && word[length - 4] !== 'a' && word[length - 4] !== 'e') return `${word.slice(0, -3)}y`;
    if (third === 'i' || third === 'a' || third === 'o' || third === 'e') return word;
  }
  return word.slice(0, -1);
}

/**
 * British spellings folded into the American ones (the direction does not matter, only that both
 * sides agree). Whole words where a suffix rule would misfire (-ise also ends "precise", "wise",
 * "enterprise"; -re also ends "acre" and "genre"), roots for the -ise/-isation and -our families.
 * Source of the pairs: the Oxford/Merriam-Webster variant lists as summarised in Wikipedia's
 * "American and British English spelling differences".
 */
const WHOLE_WORDS: ReadonlyMap<string, string> = new Map([
  ['licence', 'license'], ['defence', 'defense'], ['offence', 'offense'], ['pretence', 'pretense'],
  ['fibre', 'fiber'], ['centre', 'center'], ['metre', 'meter'], ['litre', 'liter'], ['calibre', 'caliber'],
  ['theatre', 'theater'], ['spectre', 'specter'], ['sabre', 'saber'], ['manoeuvre', 'maneuver'], ['kilometre', 'kilometer'],
  ['millimetre', 'millimeter'], ['centimetre', 'centimeter'], ['micrometre', 'micrometer'], ['nanometre', 'nanometer'],
  ['programme', 'program'], ['catalogue', 'catalog'], ['dialogue', 'dialog'], ['analogue', 'analog'],
  ['aluminium', 'aluminum'], ['sulphur', 'sulfur'], ['tyre', 'tire'], ['grey', 'gray'], ['mould', 'mold'],
  ['aeroplane', 'airplane'], ['aeroplanes', 'airplanes'], ['jewellery', 'jewelry'], ['storey', 'story'], ['cheque', 'check'],
  ['enrol', 'enroll'], ['enrolment', 'enrollment'], ['fulfil', 'fulfill'], ['fulfilment', 'fulfillment'], ['instalment', 'installment'],
  ['modelling', 'modeling'], ['modelled', 'modeled'], ['labelling', 'labeling'], ['labelled', 'labeled'], ['travelling', 'traveling'],
  ['signalling', 'signaling'], ['fuelled', 'fueled'], ['fuelling', 'fueling'], ['channelled', 'channeled'],
  ['paediatric', 'pediatric'], ['anaemia', 'anemia'], ['haemoglobin', 'hemoglobin'], ['oesophagus', 'esophagus'], ['orthopaedic', 'orthopedic'],
  ['analyse', 'analyze'], ['analysed', 'analyzed'], ['analysing', 'analyzing'], ['paralyse', 'paralyze'], ['catalyse', 'catalyze'],
  ['ageing', 'aging'], ['judgement', 'judgment'], ['acknowledgement', 'acknowledgment'],
]);

/** Roots whose "s" becomes "z" before e/a/i (organise, organised, organising, organisation, organiser). */
const ISE_ROOTS = [
  'organis', 'optimis', 'utilis', 'authoris', 'recognis', 'realis', 'standardis', 'characteris', 'customis', 'minimis',
  'maximis', 'stabilis', 'sterilis', 'neutralis', 'pressuris', 'digitis', 'finalis', 'prioritis', 'specialis', 'synthesis',
  'summaris', 'visualis', 'weaponis', 'mobilis', 'immobilis', 'modernis', 'industrialis', 'commercialis', 'localis',
  'indigenis', 'miniaturis', 'harmonis', 'normalis', 'initialis', 'serialis', 'vulcanis', 'galvanis', 'ionis', 'magnetis',
  'polymeris', 'homogenis', 'pasteuris', 'sanitis', 'categoris', 'capitalis', 'subsidis', 'incentivis', 'energis', 'crystallis',
  'fertilis', 'hybridis', 'metallis', 'motoris', 'computeris', 'mechanis', 'automatis', 'centralis', 'decentralis', 'itemis',
];
const ISE_ROOTS_BY_LETTERS = new Set(ISE_ROOTS);
const ISE_FOLLOWERS = new Set(['e', 'a', 'i']);

/** Roots whose "our" becomes "or" (colour, coloured, colours; armour, armoured). */
const OUR_ROOTS = ['colour', 'honour', 'labour', 'behaviour', 'favour', 'armour', 'vapour', 'rumour', 'harbour', 'neighbour', 'flavour', 'odour', 'humour', 'endeavour', 'savour', 'valour', 'vigour', 'tumour'];

export function americanSpelling(word: string): string {
  const whole = WHOLE_WORDS.get(word);
  if (whole !== undefined) return whole;
  for (let cut = 6; cut <= Math.min(14, word.length - 1); cut++) {
    const root = word.slice(0, cut);
    if (ISE_ROOTS_BY_LETTERS.has(root) && ISE_FOLLOWERS.has(word[cut]!) && !(root === 'synthesis' && cut === word.length)) {
      return `${root.slice(0, -1)}z${word.slice(cut)}`;
    }
  }
  for (const root of OUR_ROOTS) if (word.startsWith(root)) return `${root.slice(0, -2)}r${word.slice(root.length)}`;
  return word;
}

// --- Hindi ---------------------------------------------------------------------------------------

const VIRAMA = '\u094d';
const ANUSVARA = '\u0902';
/** The five class nasals (ङ ञ ण न म): with a virama before another consonant they are written as anusvara too. */
const CLASS_NASALS = new Set(['\u0919', '\u091e', '\u0923', '\u0928', '\u092e']);
/** Long and short vowels that writers interchange; folded to the short one (as Lucene's HindiNormalizer does). */
const VOWEL_FOLDS: ReadonlyMap<string, string> = new Map([
  ['\u0940', '\u093f'], // ी → ि
  ['\u0942', '\u0941'], // ू → ु
  ['\u0908', '\u0907'], // ई → इ
  ['\u090a', '\u0909'], // ऊ → उ
  ['\u0945', '\u0947'], // ॅ (candra e) → े
  ['\u0949', '\u094b'], // ॉ (candra o) → ो
  ['\u0911', '\u0913'], // ऑ → ओ
  ['\u090d', '\u090f'], // ऍ → ए
  ['\u0944', '\u0943'], // ॄ → ृ
  ['\u0960', '\u090b'], // ॠ → ऋ
]);
const VISARGA = '\u0903';

function isDevanagariConsonant(character: string | undefined): boolean {
  if (character === undefined) return false;
  const code = character.charCodeAt(0);
  return code >= 0x0915 && code <= 0x0939;
}

/**
 * Spelling variants of one Hindi word folded together, after Lucene's HindiNormalizer (Larkey,
 * Connell and AbdulJaleel, "Hindi CLIR in Thirty Days", 2003): a class nasal with virama before a
 * consonant becomes anusvara (कम्पोजिट = कंपोजिट); long and short i/u and the candra vowels are
 * folded; visarga is dropped. Nukta, chandrabindu and joiners are already folded by normaliseText.
 */
export function normaliseHindiSpelling(word: string): string {
  let folded = '';
  for (let index = 0; index < word.length; index++) {
    const character = word[index]!;
    if (CLASS_NASALS.has(character) && word[index + 1] === VIRAMA && isDevanagariConsonant(word[index + 2])) {
      folded += ANUSVARA;
      index += 1;
      continue;
    }
    if (character === VISARGA) continue;
    folded += VOWEL_FOLDS.get(character) ?? character;
  }
  return folded;
}

/**
 * Inflectional endings, longest first, after Ramanathan and Rao, "A Lightweight Stemmer for
 * Hindi" (2003), the list Lucene's HindiStemmer uses; written here already in the folded spelling
 * (short i/u, anusvara for chandrabindu). An ending is taken off only when more than one letter
 * is left before it.
 */
const HINDI_SUFFIXES: readonly string[] = [
  // five letters
  'ाएंगि', 'ाएंगे', 'ाउंगि', 'ाउंगा', 'ाइयां', 'ाइयों',
  // four
  'ाएगि', 'ाएगा', 'ाओगि', 'ाओगे', 'एंगि', 'ेंगि', 'एंगे', 'ेंगे', 'ुंगि', 'ुंगा', 'ातिं', 'नाओं', 'नाएं', 'ताओं', 'ताएं', 'ियां', 'ियों',
  // three
  'ाकर', 'ाइए', 'ाइं', 'ाया', 'ेगि', 'ेगा', 'ोगि', 'ोगे', 'ाने', 'ाना', 'ाते', 'ाति', 'ाता', 'तिं', 'ाओं', 'ाएं', 'ुओं', 'ुएं', 'ुआं',
  // two
  'कर', 'ाओ', 'िए', 'ाइ', 'ाए', 'ने', 'नि', 'ना', 'ते', 'िं', 'ति', 'ता', 'ां', 'ों', 'ें',
  // one
  'ो', 'े', 'ु', 'ि', 'ा',
].sort((left, right) => right.length - left.length);

export function stemHindi(word: string): string {
  for (const suffix of HINDI_SUFFIXES) {
    if (word.length > suffix.length + 1 && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  }
  return word;
}
