// Name-first ranking: an entry whose own name — its title, or the acronym its title gives in
// brackets — holds every word of the query is the canonical answer, and ranks above entries that
// match those words only in their summaries, keywords or details; an entry whose whole name is the
// query ("Technology Development Fund", "TDF") ranks highest. The index marks each posting whose
// term comes from the entry's title or bracketed acronym, or is a synonym of a phrase of them,
// and keeps each entry's name lengths in distinct terms (stop words and bracketed parts left out:
// "Technology Development Fund (TDF)" is three words long; termVectors.ts counts them), so a query
// decides this by bit masks. A synonym counts for "every word in the name", not for "the whole name": "TDF proposal clinic"
// is about the Technology Development Fund, but it is not named so.
/** A posting's term is written in the entry's title (either language). */
export const IN_TITLE = 1;
/** A posting's term is one of the acronyms the title gives in brackets. */
export const IN_ALIAS = 2;
/** A posting's term is a synonym (glossary.csv) of a phrase of the title or its acronyms: "TDF call" holds "fund". */
export const IN_NAME_SYNONYM = 4;

/** Name lengths kept per entry: English title, Hindi title, bracketed acronyms. */
export const NAME_LENGTHS = 3;

/** Tiers of name-first ranking: no name match, every subject word in the name, the whole name. */
export const NAME_TIER_NONE = 0;
export const NAME_TIER_ALL_WORDS = 1;
export const NAME_TIER_EXACT = 2;

/** Name lengths are kept in a byte. */
export const MAX_NAME_LENGTH = 255;

/**
 * An entry's tier for one query. Masks have one bit per query word position: `titleWords`,
 * `aliasWords` the words written in the entry's title and acronyms, `nameWords` those and the
 * words found through synonyms of them; `allWords` every query word, `subjectWords` those that are
 * not kind words ("course", "testing"); `distinct` how many different terms the query holds;
 * `lengths` the entry's name lengths from `at`.
 */
export function nameTier(titleWords: number, aliasWords: number, nameWords: number, allWords: number, subjectWords: number, distinct: number, lengths: Uint8Array, at: number): number {
  if (((nameWords | titleWords | aliasWords) & subjectWords) !== subjectWords) return NAME_TIER_NONE;
  if ((titleWords & allWords) === allWords && (lengths[at] === distinct || lengths[at + 1] === distinct)) return NAME_TIER_EXACT;
  if ((aliasWords & allWords) === allWords && lengths[at + 2] === distinct) return NAME_TIER_EXACT;
  return NAME_TIER_ALL_WORDS;
}
