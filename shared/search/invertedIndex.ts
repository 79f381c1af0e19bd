// The inverted index: for every normalised term, the entries holding it with a precomputed
// BM25F-style score (field weight, saturation, length normalisation, rarity), stored in flat typed
// arrays so that 50,000 entries fit in little memory and a query only adds up numbers.
import type { CatalogueEntry } from '../catalogue/entry';
import { entryFieldTexts, FIELD_NAMES, FIELDS } from './entryFields';
import { STOP_WORDS } from './stopWords';
import { SYNONYM_GROUPS } from './synonyms';
import { SpellingTable } from './spellingTable';
import { MAX_TERM_LENGTH, scanWords, terms } from './tokenise';
import { normaliseText } from '../text/normalise';

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
  const averageLength = averageFieldLengths(entries);

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
  const groupTermIds = groupTerms.map((group) => group.map(idOf));
  const membersByFirstId = new Map<number, { ids: number[]; group: number }[]>();
  for (const [first, members] of membersByFirstTerm) {
    membersByFirstId.set(idOf(first), members.map((member) => ({ ids: member.terms.map(idOf), group: member.group })));
  }
  // Raw word as written → term id (-1: a stop word), so each distinct spelling is normalised once.
  const idOfSpelling = new SpellingTable();
  let currentText = '';
  const collectWord = (start: number, end: number) => {
    let id = idOfSpelling.get(currentText, start, end);
    if (id === undefined) {
      const spelling = currentText.slice(start, end);
      const term = normaliseText(spelling).slice(0, MAX_TERM_LENGTH);
      id = term.length === 0 || STOP_WORDS.has(term) ? -1 : idOf(term);
      idOfSpelling.set(spelling, id);
    }
    if (id >= 0) fieldIds.push(id);
  };
  const documentTermIds = new GrowableInt32Array();
  const documentTermWeights = new GrowableFloat32Array();
  const documentStart = new Int32Array(entries.length + 1);
  // The current entry's weight per term id, cleared through `seen` after each entry.
  let weightOfTerm = new Float64Array(Math.max(1024, termList.length * 2));
  const seen = new GrowableInt32Array();
  const phraseStarts = new Set(membersByFirstId.keys());
  const groupWeights = new Map<number, number>();
  const fieldIds = new GrowableInt32Array();

  entries.forEach((entry, document) => {
    groupWeights.clear();
    const texts = entryFieldTexts(entry);
    for (let field = 0; field < FIELD_NAMES.length; field++) {
      const strings = texts[FIELD_NAMES[field]!];
      if (strings.length === 0) continue;
      const spec = FIELDS[FIELD_NAMES[field]!];
      const lengthFactor = 1 - spec.lengthNormalisation + (spec.lengthNormalisation * totalLength(strings)) / averageLength[field]!;
      const weight = spec.weight / lengthFactor;
      fieldIds.length = 0;
      for (const text of strings) {
        currentText = text;
        scanWords(text, collectWord);
        fieldIds.push(PHRASE_BREAK);
      }
      if (weightOfTerm.length < termList.length) weightOfTerm = grow(weightOfTerm, termList.length * 2);
      const ids = fieldIds.values;
      for (let position = 0; position < fieldIds.length; position++) {
        const id = ids[position]!;
        if (id === PHRASE_BREAK) continue;
        const previous = weightOfTerm[id]!;
        if (previous === 0) seen.push(id);
        weightOfTerm[id] = previous + weight;
        if (!phraseStarts.has(id)) continue;
        for (const member of membersByFirstId.get(id)!) {
          let matches = position + member.ids.length <= fieldIds.length;
          for (let offset = 1; matches && offset < member.ids.length; offset++) matches = ids[position + offset] === member.ids[offset];
          if (matches) groupWeights.set(member.group, Math.max(groupWeights.get(member.group) ?? 0, weight * SYNONYM_SHARE));
        }
      }
    }
    for (const [group, weight] of groupWeights) {
      for (const id of groupTermIds[group]!) {
        const previous = weightOfTerm[id]!;
        if (previous === 0) seen.push(id);
        weightOfTerm[id] = Math.max(previous, weight);
      }
    }
    for (let slot = 0; slot < seen.length; slot++) {
      const id = seen.values[slot]!;
      documentTermIds.push(id);
      documentTermWeights.push(weightOfTerm[id]!);
      frequency[id]! += 1;
      weightOfTerm[id] = 0;
    }
    seen.length = 0;
    documentStart[document + 1] = documentTermIds.length;
  });

  const count = entries.length;
  const documentFrequency = Int32Array.from(frequency);
  const postingStart = new Int32Array(termList.length + 1);
  for (let term = 0; term < termList.length; term++) postingStart[term + 1] = postingStart[term]! + documentFrequency[term]!;
  const cursor = postingStart.slice(0, termList.length);
  const postingDocuments = new Int32Array(documentTermIds.length);
  const termIdOfSlot = documentTermIds.values;
  const weightOfSlot = documentTermWeights.values;
  const postingScores = new Float32Array(documentTermIds.length);
  const rarity = Float64Array.from(documentFrequency, (frequencyOfTerm) => Math.log(1 + (count - frequencyOfTerm + 0.5) / (frequencyOfTerm + 0.5)));
  for (let document = 0; document < count; document++) {
    for (let slot = documentStart[document]!; slot < documentStart[document + 1]!; slot++) {
      const term = termIdOfSlot[slot]!;
      const weight = weightOfSlot[slot]!;
      const at = cursor[term]!++;
      postingDocuments[at] = document;
      postingScores[at] = (rarity[term]! * weight) / (weight + SATURATION);
    }
  }
  return { terms: termList, termIds, documentFrequency, postingStart, postingDocuments, postingScores };
}

class GrowableInt32Array {
  values = new Int32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.values.length) this.values = grow(this.values, this.length * 2);
    this.values[this.length++] = value;
  }
}

class GrowableFloat32Array {
  values = new Float32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.values.length) this.values = grow(this.values, this.length * 2);
    this.values[this.length++] = value;
  }
}

function grow<T extends Int32Array | Float32Array | Float64Array>(array: T, length: number): T {
  const grown = new (array.constructor as new (length: number) => T)(length);
  grown.set(array);
  return grown;
}

/** Separates the strings of one field, so a synonym phrase is never matched across two of them. */
const PHRASE_BREAK = -2;
/** Average field lengths are estimated from at most this many entries, spread over the catalogue. */
const LENGTH_SAMPLE = 2000;

function averageFieldLengths(entries: readonly CatalogueEntry[]): number[] {
  const totals = FIELD_NAMES.map(() => 0);
  const step = Math.max(1, Math.floor(entries.length / LENGTH_SAMPLE));
  let sampled = 0;
  for (let index = 0; index < entries.length; index += step) {
    const texts = entryFieldTexts(entries[index]!);
    FIELD_NAMES.forEach((name, field) => (totals[field]! += totalLength(texts[name])));
    sampled += 1;
  }
  return totals.map((total) => Math.max(1, total / Math.max(1, sampled)));
}

function totalLength(strings: readonly string[]): number {
  let length = 0;
  for (const text of strings) length += text.length + 1;
  return length;
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
