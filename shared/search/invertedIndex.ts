// The inverted index: for every normalised term, the entries holding it with a precomputed
// BM25F-style score (field weight, saturation, length normalisation, rarity), stored in flat typed
// arrays so that 50,000 entries fit in little memory and a query only adds up numbers.
import type { CatalogueEntry } from '../catalogue/entry';
import { entryFieldTexts, FIELD_NAMES, FIELDS } from './entryFields';
import { STOP_WORDS } from './stopWords';
import { SYNONYM_GROUPS } from './synonyms';
import { terms } from './tokenise';

export interface InvertedIndex {
  /** termId → normalised term. */
  readonly terms: readonly string[];
  readonly termIds: ReadonlyMap<string, number>;
  /** termId → number of entries holding the term. */
  readonly documentFrequency: Int32Array;
  /** Postings of term t are the slots [postingStart[t], postingStart[t + 1]). */
  readonly postingStart: Int32Array;
  readonly postingDocuments: Int32Array;
  readonly postingScores: Float32Array;
}

/** BM25 saturation: how quickly more weight in one entry stops adding to its score. */
const SATURATION = 4;
/** An entry mentioning one member of a synonym group is indexed under the others at this share of the weight. */
const SYNONYM_SHARE = 0.6;

interface SynonymMember {
  terms: string[];
  group: number;
}

export function buildInvertedIndex(entries: readonly CatalogueEntry[]): InvertedIndex {
  const fieldTexts = entries.map((entry) => {
    const texts = entryFieldTexts(entry);
    return FIELD_NAMES.map((name) => texts[name].join('\n'));
  });
  const averageLength = FIELD_NAMES.map((_, field) => {
    let total = 0;
    for (const texts of fieldTexts) total += texts[field]!.length;
    return Math.max(1, total / Math.max(1, entries.length));
  });

  const termList: string[] = [];
  const termIds = new Map<string, number>();
  const frequency: number[] = [];
  const idOf = (term: string): number => {
    let id = termIds.get(term);
    if (id === undefined) {
      id = termList.length;
      termIds.set(term, id);
      termList.push(term);
      frequency.push(0);
    }
    return id;
  };

  const { membersByFirstTerm, groupTerms } = compileSynonyms();
  const documentTermIds: number[] = [];
  const documentTermWeights: number[] = [];
  const documentStart: number[] = [0];
  const weights = new Map<number, number>();
  const groupWeights = new Map<number, number>();

  fieldTexts.forEach((texts) => {
    weights.clear();
    groupWeights.clear();
    FIELD_NAMES.forEach((name, field) => {
      const text = texts[field]!;
      if (text.length === 0) return;
      const spec = FIELDS[name];
      const lengthFactor = 1 - spec.lengthNormalisation + (spec.lengthNormalisation * text.length) / averageLength[field]!;
      const weight = spec.weight / lengthFactor;
      const fieldTerms = terms(text).filter((term) => !STOP_WORDS.has(term));
      fieldTerms.forEach((term, position) => {
        const id = idOf(term);
        weights.set(id, (weights.get(id) ?? 0) + weight);
        for (const member of membersByFirstTerm.get(term) ?? []) {
          if (member.terms.every((memberTerm, offset) => fieldTerms[position + offset] === memberTerm)) {
            groupWeights.set(member.group, Math.max(groupWeights.get(member.group) ?? 0, weight * SYNONYM_SHARE));
          }
        }
      });
    });
    for (const [group, weight] of groupWeights) {
      for (const term of groupTerms[group]!) {
        const id = idOf(term);
        weights.set(id, Math.max(weights.get(id) ?? 0, weight));
      }
    }
    for (const [id, weight] of weights) {
      documentTermIds.push(id);
      documentTermWeights.push(weight);
      frequency[id]! += 1;
    }
    documentStart.push(documentTermIds.length);
  });

  const count = entries.length;
  const documentFrequency = Int32Array.from(frequency);
  const postingStart = new Int32Array(termList.length + 1);
  for (let term = 0; term < termList.length; term++) postingStart[term + 1] = postingStart[term]! + documentFrequency[term]!;
  const cursor = postingStart.slice(0, termList.length);
  const postingDocuments = new Int32Array(documentTermIds.length);
  const postingScores = new Float32Array(documentTermIds.length);
  const rarity = Float64Array.from(documentFrequency, (frequencyOfTerm) => Math.log(1 + (count - frequencyOfTerm + 0.5) / (frequencyOfTerm + 0.5)));
  for (let document = 0; document < count; document++) {
    for (let slot = documentStart[document]!; slot < documentStart[document + 1]!; slot++) {
      const term = documentTermIds[slot]!;
      const weight = documentTermWeights[slot]!;
      const at = cursor[term]!++;
      postingDocuments[at] = document;
      postingScores[at] = (rarity[term]! * weight) / (weight + SATURATION);
    }
  }
  return { terms: termList, termIds, documentFrequency, postingStart, postingDocuments, postingScores };
}

/** Every synonym group as term sequences, found by the first term of each member. */
export function compileSynonyms(): { membersByFirstTerm: Map<string, SynonymMember[]>; groupTerms: string[][] } {
  const membersByFirstTerm = new Map<string, SynonymMember[]>();
  const groupTerms = SYNONYM_GROUPS.map((members, group) => {
    const all = new Set<string>();
    for (const member of members) {
      const memberTerms = terms(member).filter((term) => !STOP_WORDS.has(term));
      if (memberTerms.length === 0) continue;
      memberTerms.forEach((term) => all.add(term));
      const list = membersByFirstTerm.get(memberTerms[0]!) ?? [];
      list.push({ terms: memberTerms, group });
      membersByFirstTerm.set(memberTerms[0]!, list);
    }
    return [...all];
  });
  return { membersByFirstTerm, groupTerms };
}
