// Building the index for an updated catalogue from the previous one: an entry whose searchable text
// did not change keeps its term vector, so only changed and added entries are tokenised; withdrawn ones are simply not copied. Postings are then assembled afresh. The previous
// build's average field lengths are kept, so an unchanged entry's weights stay valid and every score
// is what a fresh build with those averages gives.
import type { CatalogueEntry } from '../catalogue/entry';
import type { GlossaryGroup } from '../catalogue/glossary';
import { entryFieldTexts, FIELD_NAMES } from './entryFields';
import { assembleIndex, type InvertedIndex } from './invertedIndex';
import { averageFieldLengths, MAX_CHUNKS, TermVectorBuilder, type TermVectors } from './termVectors';

/** What a later build can reuse. */
export interface IndexBasis {
  /** The entries indexed, in document order. */
  readonly documents: readonly CatalogueEntry[];
  /** Term vectors of `documents`, their term ids indexing `terms` (which may hold terms no entry has any more). */
  readonly terms: readonly string[];
  readonly vectors: TermVectors;
  /** How many of `terms` some entry holds. */
  readonly liveTerms: number;
  /** The average field lengths the vectors' weights were worked out with. */
  readonly averageLength: readonly number[];
  /** The glossary the vectors' synonyms came from: another glossary means every entry is tokenised again. */
  readonly glossaryText: string;
}

export interface BuiltIndex {
  index: InvertedIndex;
  basis: IndexBasis;
  /** Entries whose vectors were taken from the previous basis. */
  reused: number;
}

/**
 * When fewer than this share of the entries are unchanged, everything is tokenised afresh and the
 * averages worked out again, so they follow a catalogue that has changed a lot.
 */
const MIN_REUSED_SHARE = 0.5;
/** Terms left behind by withdrawn text are dropped by a fresh build once they outnumber the live ones. */
const MAX_DEAD_TERMS_SHARE = 0.5;
/** Likewise the vector slots of changed and withdrawn entries. */
const MAX_DEAD_SLOTS_SHARE = 0.5;

export function buildIndex(documents: readonly CatalogueEntry[], previous?: IndexBasis, glossary: readonly GlossaryGroup[] = []): BuiltIndex {
  const glossaryText = JSON.stringify(glossary);
  const usable =
    previous !== undefined &&
    previous.glossaryText === glossaryText &&
    previous.terms.length - previous.liveTerms <= previous.terms.length * MAX_DEAD_TERMS_SHARE &&
    previous.vectors.pooledSlots - previous.vectors.slots <= previous.vectors.pooledSlots * MAX_DEAD_SLOTS_SHARE &&
    previous.vectors.chunks.length < MAX_CHUNKS;
  const reusable = usable ? reusableVectors(documents, previous) : undefined;
  if (previous === undefined || reusable === undefined || reusable.count < documents.length * MIN_REUSED_SHARE) {
    const averageLength = averageFieldLengths(documents);
    const builder = new TermVectorBuilder(averageLength, { glossary });
    for (const entry of documents) builder.addEntry(entry);
    return finish(builder, documents, averageLength, 0, glossaryText);
  }
  const tokenised = documents.length - reusable.count;
  const builder = new TermVectorBuilder(previous.averageLength, { startingTerms: previous.terms, startingChunks: previous.vectors.chunks, expectedSlots: Math.max(1024, 80 * tokenised), glossary });
  documents.forEach((entry, document) => {
    const from = reusable.previousDocument[document]!;
    if (from >= 0) builder.reuseVector(previous.vectors, from);
    else builder.addEntry(entry);
  });
  return finish(builder, documents, previous.averageLength, reusable.count, glossaryText);
}

function finish(builder: TermVectorBuilder, documents: readonly CatalogueEntry[], averageLength: readonly number[], reused: number, glossaryText: string): BuiltIndex {
  const { index, vectors } = assembleIndex(builder);
  return { index, basis: { documents, terms: builder.terms, liveTerms: index.terms.length, vectors, averageLength, glossaryText }, reused };
}

/** How far ahead in the previous entries an entry is looked for before the lookup table is built. */
const LOOK_AHEAD = 8;
/** Entries not found by looking ahead (added ones, or a reordered catalogue) before the table is built. */
const MISSES_BEFORE_TABLE = 64;

/** For each document, the previous document whose vector it can take (-1: none), and how many can. */
function reusableVectors(documents: readonly CatalogueEntry[], previous: IndexBasis): { previousDocument: Int32Array; count: number } {
  // An update mostly keeps the order of entries: each is looked for just after the last one found,
  // and a table of every previous id is built only when that keeps failing.
  let previousDocumentOf: Map<string, number> | undefined;
  let misses = 0;
  let cursor = 0;
  const find = (id: string): number | undefined => {
    if (previousDocumentOf) return previousDocumentOf.get(id);
    for (let ahead = cursor; ahead < Math.min(cursor + LOOK_AHEAD, previous.documents.length); ahead++) {
      if (previous.documents[ahead]!.id === id) {
        cursor = ahead + 1;
        return ahead;
      }
    }
    if (++misses <= MISSES_BEFORE_TABLE) return undefined;
    previousDocumentOf = new Map();
    previous.documents.forEach((entry, document) => previousDocumentOf!.set(entry.id, document));
    return previousDocumentOf.get(id);
  };
  const previousDocument = new Int32Array(documents.length).fill(-1);
  let count = 0;
  documents.forEach((entry, document) => {
    const from = find(entry.id);
    if (from === undefined || !sameSearchableText(previous.documents[from]!, entry)) return;
    previousDocument[document] = from;
    count += 1;
  });
  return { previousDocument, count };
}

/** Whether the two entries give the same term vector: the text of every searched field is the same. */
function sameSearchableText(before: CatalogueEntry, after: CatalogueEntry): boolean {
  if (before === after) return true;
  const textsBefore = entryFieldTexts(before);
  const textsAfter = entryFieldTexts(after);
  for (const name of FIELD_NAMES) {
    const stringsBefore = textsBefore[name];
    const stringsAfter = textsAfter[name];
    if (stringsBefore.length !== stringsAfter.length) return false;
    for (let index = 0; index < stringsBefore.length; index++) if (stringsBefore[index] !== stringsAfter[index]) return false;
  }
  return true;
}
