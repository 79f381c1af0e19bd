// The analyser and ranking rules of the search engine, each of which the relevance benchmark can
// switch off to measure what it buys (its "ablation" table). The product never switches any off:
// every rule is on unless a benchmark runs inside withSearchRules. The switches are read where the
// rule applies — once per distinct spelling when analysing words, once per query when ranking — so
// they cost nothing measurable on the normal path.
export const SEARCH_RULE_NAMES = [
  'englishPlurals',
  'britishAmerican',
  'hyphenJoining',
  'hindiSpelling',
  'hindiStemmer',
  'titleAcronyms',
  'completions',
  'typoMatching',
  'kindIntent',
  'nameFirst',
  'coordinationTail',
] as const;
export type SearchRuleName = (typeof SEARCH_RULE_NAMES)[number];
export type SearchRules = Readonly<Record<SearchRuleName, boolean>>;

/** What each rule does, for the benchmark's table. */
export const SEARCH_RULE_DESCRIPTIONS: Readonly<Record<SearchRuleName, string>> = {
  englishPlurals: 'English plural stemmer (analyse.ts)',
  britishAmerican: 'British → American spellings (analyse.ts)',
  hyphenJoining: 'hyphenated runs also indexed joined: start-up = startup, MIL-STD-810 = milstd810',
  hindiSpelling: 'Devanagari spelling folds: nasals, long/short vowels, visarga',
  hindiStemmer: 'Hindi inflection stemmer',
  titleAcronyms: "a title's bracketed acronym indexed as the entry's own short name",
  completions: 'the last word completed as a prefix while typing',
  typoMatching: 'near misses (about one edit) for unknown words',
  kindIntent: 'kind words favour their kind and are not required',
  nameFirst: 'entries whose title holds every query word first, the exact title highest',
  coordinationTail: 'entries matching only some words of a longer query follow the others',
};

const ALL_ON: SearchRules = Object.fromEntries(SEARCH_RULE_NAMES.map((name) => [name, true])) as Record<SearchRuleName, boolean>;

let active: SearchRules = ALL_ON;
/** Caches of analysed words (tokenise.ts), emptied whenever the rules change. */
const caches: (() => void)[] = [];

/** Registers a cache of analysis results to empty when the rules change. */
export function forgetOnRuleChange(forget: () => void): void {
  caches.push(forget);
}

/** The rules in force (all on outside a benchmark). */
export function searchRules(): SearchRules {
  return active;
}

/**
 * Runs `run` with the given rules switched off, for the benchmark only. Engines must be built
 * inside (rules are applied while indexing as well as while searching), and are not to be used
 * after it returns. Words analysed meanwhile are forgotten on both sides, so no cached analysis
 * crosses from one set of rules to another.
 */
export function withSearchRules<T>(off: readonly SearchRuleName[], run: () => T): T {
  const previous = active;
  active = { ...previous, ...Object.fromEntries(off.map((name) => [name, false])) };
  caches.forEach((forget) => forget());
  try {
    return run();
  } finally {
    active = previous;
    caches.forEach((forget) => forget());
  }
}
