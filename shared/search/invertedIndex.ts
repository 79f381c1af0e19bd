// The inverted index: for every normalised term, the entries holding it with a precomputed
// BM25F-style score (field weight, saturation, length normalisation, rarity), stored in flat typed
// arrays so that 50,000 entries fit in little memory and a query only adds up numbers.
import type { CatalogueEntry } from '../catalogue/entry';
import { averageFieldLengths, TermVectorBuilder, type TermVectors } from './termVectors';

export interface InvertedIndex {
  /** termId → normalised term. */
  readonly terms: readonly string[];
  readonly termIds: ReadonlyMap<string, number>;
  /** termId → number of entries holding the term. */
  readonly documentFrequency: Int32Array;
  /** Postings of term t are the slots [postingStart[t], postingStart[t + 1]). */
  readonly postingStart: Int32Array;
  readonly postingDocuments: Int32Array;
  /** Each posting's score in steps of 1/SCORE_STEPS (score = steps / SCORE_STEPS). */
  readonly postingScores: Uint16Array;
  /** Each posting's name bits (titleName.ts): whether the term is in the entry's name. */
  readonly postingNames: Uint8Array;
  /** Each entry's name lengths, NAME_LENGTHS per entry (titleName.ts). */
  readonly nameLengths: Uint8Array;
}

/** An index with the term vectors it was assembled from (their term ids index the builder's terms). */
export interface AssembledIndex {
  readonly index: InvertedIndex;
  readonly vectors: TermVectors;
}

/** BM25 saturation: how quickly more weight in one entry stops adding to its score. */
const SATURATION = 4;

/**
 * Scores are kept as whole steps of 1/SCORE_STEPS in 16 bits: half the memory of floats, and a
 * stored index is read without converting anything (a score is below log(1 + 2n) < 16 for n
 * entries up to millions). Two scores closer than 1/4096 can tie where they would not; nobody sees that.
 */
export const SCORE_STEPS = 4096;

export function buildInvertedIndex(entries: readonly CatalogueEntry[], averageLength: readonly number[] = averageFieldLengths(entries)): InvertedIndex {
  const builder = new TermVectorBuilder(averageLength);
  for (const entry of entries) builder.addEntry(entry);
  return assembleIndex(builder).index;
}

/**
 * Postings from the builder's vectors. Terms are numbered as a fresh build over the same entries
 * numbers them — synonym terms first, then in order of first appearance — and terms no entry holds
 * any more are left out, so an index assembled from reused vectors is the same as a fresh one. The
 * vectors keep the builder's own term ids (`builder.terms`), so they need no rewriting.
 */
export function assembleIndex(builder: TermVectorBuilder): AssembledIndex {
  const vectors = builder.finish();
  const { chunks, chunkOf, start, end } = vectors;
  const count = start.length;
  // One pass numbers the terms in order of first appearance and counts the entries holding each.
  const renumbered = new Int32Array(builder.terms.length).fill(-1);
  const frequencyOfBuilderTerm = new Int32Array(builder.terms.length);
  const builderTermOf: number[] = [];
  for (const group of builder.groupTermIds) {
    for (const termId of group) {
      if (renumbered[termId] !== -1) continue;
      renumbered[termId] = builderTermOf.length;
      builderTermOf.push(termId);
    }
  }
  for (let document = 0; document < count; document++) {
    const builderTermIds = chunks[chunkOf[document]!]!.termIds;
    const last = end[document]!;
    for (let slot = start[document]!; slot < last; slot++) {
      const termId = builderTermIds[slot]!;
      if (frequencyOfBuilderTerm[termId]!++ === 0 && renumbered[termId] === -1) {
        renumbered[termId] = builderTermOf.length;
        builderTermOf.push(termId);
      }
    }
  }
  const terms = builderTermOf.map((termId) => builder.terms[termId]!);
  const documentFrequency = Int32Array.from(builderTermOf, (termId) => frequencyOfBuilderTerm[termId]!);

  const postingStart = new Int32Array(terms.length + 1);
  for (let term = 0; term < terms.length; term++) postingStart[term + 1] = postingStart[term]! + documentFrequency[term]!;
  const cursor = postingStart.slice(0, terms.length);
  const postingDocuments = new Int32Array(vectors.slots);
  const postingScores = new Uint16Array(vectors.slots);
  const postingNames = new Uint8Array(vectors.slots);
  const rarity = Float64Array.from(documentFrequency, (frequencyOfTerm) => Math.log(1 + (count - frequencyOfTerm + 0.5) / (frequencyOfTerm + 0.5)));
  for (let document = 0; document < count; document++) {
    const { termIds: builderTermIds, weights, inName } = chunks[chunkOf[document]!]!;
    const last = end[document]!;
    for (let slot = start[document]!; slot < last; slot++) {
      const term = renumbered[builderTermIds[slot]!]!;
      const weight = weights[slot]!;
      const at = cursor[term]!++;
      postingDocuments[at] = document;
      postingNames[at] = inName[slot]!;
      // Never 0: the engine takes a zero score for "not yet matched", and a term held by nearly every
      // entry (rarity near 0) would round to it.
      postingScores[at] = Math.min(0xffff, Math.max(1, Math.round(((rarity[term]! * weight) / (weight + SATURATION)) * SCORE_STEPS)));
    }
  }
  const termIds = new Map<string, number>();
  terms.forEach((term, termId) => termIds.set(term, termId));
  return { index: { terms, termIds, documentFrequency, postingStart, postingDocuments, postingScores, postingNames, nameLengths: vectors.nameLengths }, vectors };
}
