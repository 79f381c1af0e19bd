// Per-entry term vectors: each entry's normalised terms with their field-weighted, length-normalised
// weight, before rarity and postings are worked out. Building them is the costly part of indexing
// (tokenising ~30 M characters at 50,000 entries), so an updated catalogue reuses the vectors of
// unchanged entries and tokenises only the rest (see indexBasis.ts).
import type { CatalogueEntry } from '../catalogue/entry';
import type { GlossaryGroup } from '../catalogue/glossary';
import { normaliseText } from '../text/normalise';
import { analyseTerm } from './analyse';
import { entryFieldTexts, FIELD_NAMES, FIELDS, fieldStrings, type FieldName } from './entryFields';
import { searchRules } from './searchRules';
import { SpellingTable } from './spellingTable';
import { STOP_WORDS } from './stopWords';
import { IN_ALIAS, IN_NAME_SYNONYM, IN_TITLE, MAX_NAME_LENGTH, NAME_LENGTHS } from './titleName';
import { MAX_TERM_LENGTH, scanWords, terms, wordUnitLength } from './tokenise';

/** Term ids (indexing the builder's term list) and their weights, one slot each. */
export interface VectorChunk {
  readonly termIds: Int32Array;
  readonly weights: Float32Array;
  /** Whether the term is in the entry's name: IN_TITLE | IN_ALIAS | IN_NAME_SYNONYM (titleName.ts), or 0. */
  readonly inName: Uint8Array;
}

/**
 * Entry d's terms are the slots [start[d], end[d]) of chunks[chunkOf[d]]. An update adds chunks
 * for the entries it tokenised and points the unchanged entries into the chunks they were already
 * in, so millions of slots are never copied; slots of changed and withdrawn entries stay behind
 * until a fresh build (see indexBasis.ts).
 */
export interface TermVectors {
  readonly chunks: readonly VectorChunk[];
  readonly chunkOf: Uint16Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Entry d's name lengths are [NAME_LENGTHS * d, NAME_LENGTHS * (d + 1)) (titleName.ts). */
  readonly nameLengths: Uint8Array;
  /** Slots in use by the entries. */
  readonly slots: number;
  /** Slots held by the chunks, in use or left behind. */
  readonly pooledSlots: number;
}

/** Most chunks one set of vectors may hold (chunkOf is 16-bit). */
export const MAX_CHUNKS = 1000;

/** An entry mentioning one member of a synonym group is indexed under the others at this share of the weight. */
const SYNONYM_SHARE = 0.6;
/** Separates the strings of one field, so a synonym phrase is never matched across two of them. */
const PHRASE_BREAK = -2;
/** Average field lengths are estimated from at most this many entries, spread over the catalogue. */
const LENGTH_SAMPLE = 2000;
/**
 * Fields whose strings repeat across entries (a lab, a domain, a contact, fee terms): their term-id
 * sequences are remembered per distinct string. Titles, summaries and details are nearly all
 * distinct, so remembering them would only cost memory.
 */
const REPEATING_FIELDS: ReadonlySet<FieldName> = new Set(['keywords', 'lab', 'domains', 'lists', 'other']);
/** Caps the remembered strings, for a catalogue where those fields turn out to be distinct after all. */
const MAX_REMEMBERED_STRINGS = 50_000;

interface SynonymMember {
  terms: string[];
  group: number;
}

export class TermVectorBuilder {
  /** termId → normalised term: the starting terms (if given), then the synonym terms, then new terms as met. */
  readonly terms: string[] = [];
  readonly termIds = new Map<string, number>();
  /** Synonym group → its terms' ids; these ids come first in every index (see assembleIndex). */
  readonly groupTermIds: number[][];

  private readonly averageLength: readonly number[];
  private readonly membersByFirstId = new Map<number, { ids: number[]; group: number }[]>();
  private readonly isPhraseStart: Uint8Array;
  /** Raw word as written → term id (-1: a stop word), so each distinct spelling is normalised once. */
  private readonly idOfSpelling = new SpellingTable();
  private readonly idsOfString = new Map<string, Int32Array>();
  private readonly fieldStringsOfEntry: string[] = [];
  private readonly fieldIds = new GrowableInt32Array(1024);
  private readonly seen = new GrowableInt32Array(1024);
  private readonly groupWeights = new Map<number, number>();
  /** Synonym groups of the current entry met in its name (title or acronyms). */
  private readonly nameGroups = new Set<number>();
  /** The current entry's weight per term id, cleared through `seen` after each entry. */
  private weightOfTerm = new Float64Array(1024);
  /** The current entry's name bits (titleName.ts) per term id, cleared with weightOfTerm. */
  private nameOfTerm = new Uint8Array(1024);
  /** Name lengths of the entries so far, NAME_LENGTHS each. */
  private readonly nameLengths: number[] = [];
  /** Scratch list of one name's distinct term ids. */
  private readonly nameIds: number[] = [];
  /** The rules read once per build (searchRules.ts). */
  private readonly joinHyphens = searchRules().hyphenJoining;
  private readonly indexAcronyms = searchRules().titleAcronyms;
  private readonly chunks: VectorChunk[];
  /** Per entry: its chunk, first slot and end slot. */
  private readonly chunkOf: number[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private slots = 0;
  /**
   * The chunk being filled (it becomes chunks[chunks.length] when sealed). An entry's vector never
   * straddles two chunks, and filled chunks are kept as they are, never joined into one array.
   */
  private chunkTermIds: Int32Array;
  private chunkWeights: Float32Array;
  private chunkInName: Uint8Array;
  private fill = 0;

  /**
   * `startingTerms` lets vectors built over that term list (an earlier index's) be copied in as
   * they are; `expectedSlots` presizes the output (the total number of terms over all entries).
   */
  constructor(averageLength: readonly number[], options: { startingTerms?: readonly string[]; startingChunks?: readonly VectorChunk[]; expectedSlots?: number; glossary?: readonly GlossaryGroup[] } = {}) {
    this.averageLength = averageLength;
    this.chunks = [...(options.startingChunks ?? [])];
    for (const term of options.startingTerms ?? []) this.idOf(term);
    const { membersByFirstTerm, groupTerms } = compileSynonyms(options.glossary ?? []);
    this.groupTermIds = groupTerms.map((group) => group.map((term) => this.idOf(term)));
    this.isPhraseStart = new Uint8Array(this.terms.length);
    for (const [first, members] of membersByFirstTerm) {
      const firstId = this.idOf(first);
      this.isPhraseStart[firstId] = 1;
      this.membersByFirstId.set(firstId, members.map((member) => ({ ids: member.terms.map((term) => this.idOf(term)), group: member.group })));
    }
    const firstChunk = Math.max(1024, options.expectedSlots ?? CHUNK_LENGTH);
    this.chunkTermIds = new Int32Array(firstChunk);
    this.chunkWeights = new Float32Array(firstChunk);
    this.chunkInName = new Uint8Array(firstChunk);
  }

  /** Tokenises `entry` and appends its vector. */
  addEntry(entry: CatalogueEntry): void {
    const { fieldIds, seen, groupWeights, nameGroups } = this;
    groupWeights.clear();
    nameGroups.clear();
    for (let field = 0; field < FIELD_NAMES.length; field++) {
      const name = FIELD_NAMES[field]!;
      if (name === 'alias' && !this.indexAcronyms) continue;
      const strings = fieldStrings(entry, name, this.fieldStringsOfEntry);
      if (strings.length === 0) continue;
      const nameFlag = name === 'title' ? IN_TITLE : name === 'alias' ? IN_ALIAS : 0;
      const spec = FIELDS[name];
      const lengthFactor = 1 - spec.lengthNormalisation + (spec.lengthNormalisation * totalLength(strings)) / this.averageLength[field]!;
      const weight = spec.weight / lengthFactor;
      fieldIds.length = 0;
      const repeating = REPEATING_FIELDS.has(name);
      for (const text of strings) {
        if (repeating) this.appendRememberedIds(text);
        else this.appendIds(text);
        fieldIds.push(PHRASE_BREAK);
      }
      if (this.weightOfTerm.length < this.terms.length) {
        this.weightOfTerm = grow(this.weightOfTerm, this.terms.length * 2);
        this.nameOfTerm = grow(this.nameOfTerm, this.terms.length * 2);
      }
      const weightOfTerm = this.weightOfTerm;
      const nameOfTerm = this.nameOfTerm;
      const ids = fieldIds.values;
      const length = fieldIds.length;
      for (let position = 0; position < length; position++) {
        const id = ids[position]!;
        if (id === PHRASE_BREAK) continue;
        const previous = weightOfTerm[id]!;
        if (previous === 0) seen.push(id);
        weightOfTerm[id] = previous + weight;
        nameOfTerm[id]! |= nameFlag;
        if (id >= this.isPhraseStart.length || this.isPhraseStart[id] === 0) continue;
        for (const member of this.membersByFirstId.get(id)!) {
          let matches = position + member.ids.length <= length;
          for (let offset = 1; matches && offset < member.ids.length; offset++) matches = ids[position + offset] === member.ids[offset];
          if (!matches) continue;
          groupWeights.set(member.group, Math.max(groupWeights.get(member.group) ?? 0, weight * SYNONYM_SHARE));
          if (nameFlag !== 0) nameGroups.add(member.group);
        }
      }
    }
    this.nameLengths.push(this.nameLength(entry.title.en), this.nameLength(entry.title.hi), this.indexAcronyms ? this.nameLength(...fieldStrings(entry, 'alias', this.fieldStringsOfEntry)) : 0);
    const weightOfTerm = this.weightOfTerm;
    const nameOfTerm = this.nameOfTerm;
    for (const [group, weight] of groupWeights) {
      const inName = nameGroups.has(group);
      for (const id of this.groupTermIds[group]!) {
        const previous = weightOfTerm[id]!;
        if (previous === 0) seen.push(id);
        weightOfTerm[id] = Math.max(previous, weight);
        if (inName) nameOfTerm[id]! |= IN_NAME_SYNONYM;
      }
    }
    const length = seen.length;
    if (this.fill + length > this.chunkTermIds.length) this.startChunk(Math.max(CHUNK_LENGTH, length));
    const seenIds = seen.values;
    const termIds = this.chunkTermIds;
    const weights = this.chunkWeights;
    const inNameOfSlot = this.chunkInName;
    const start = this.fill;
    for (let slot = 0; slot < length; slot++) {
      const id = seenIds[slot]!;
      termIds[start + slot] = id;
      weights[start + slot] = weightOfTerm[id]!;
      inNameOfSlot[start + slot] = nameOfTerm[id]!;
      weightOfTerm[id] = 0;
      nameOfTerm[id] = 0;
    }
    this.chunkOf.push(this.chunks.length);
    this.starts.push(start);
    this.ends.push(start + length);
    this.fill = start + length;
    this.slots += length;
    seen.length = 0;
  }

  /** Appends entry `document`'s vector from `vectors`, whose chunks were this builder's starting chunks. */
  reuseVector(vectors: TermVectors, document: number): void {
    this.chunkOf.push(vectors.chunkOf[document]!);
    this.starts.push(vectors.start[document]!);
    this.ends.push(vectors.end[document]!);
    for (let at = NAME_LENGTHS * document; at < NAME_LENGTHS * (document + 1); at++) this.nameLengths.push(vectors.nameLengths[at]!);
    this.slots += vectors.end[document]! - vectors.start[document]!;
  }

  finish(): TermVectors {
    const chunks = [...this.chunks];
    // Pushed even when empty if an entry (one without terms) points at it.
    if (this.fill > 0 || this.chunkOf.includes(this.chunks.length)) chunks.push(this.sealedChunk());
    const chunkOf = Uint16Array.from(this.chunkOf);
    let pooledSlots = 0;
    for (const chunk of chunks) pooledSlots += chunk.termIds.length;
    return { chunks, chunkOf, start: Int32Array.from(this.starts), end: Int32Array.from(this.ends), nameLengths: Uint8Array.from(this.nameLengths), slots: this.slots, pooledSlots };
  }

  private startChunk(length: number): void {
    if (this.fill > 0) this.chunks.push(this.sealedChunk());
    this.chunkTermIds = new Int32Array(length);
    this.chunkWeights = new Float32Array(length);
    this.chunkInName = new Uint8Array(length);
    this.fill = 0;
  }

  /** The chunk being filled, copied to its length when most of it is unused (it is kept as long as its entries). */
  private sealedChunk(): VectorChunk {
    const trim = this.fill < this.chunkTermIds.length / 2;
    return {
      termIds: trim ? this.chunkTermIds.slice(0, this.fill) : this.chunkTermIds.subarray(0, this.fill),
      weights: trim ? this.chunkWeights.slice(0, this.fill) : this.chunkWeights.subarray(0, this.fill),
      inName: trim ? this.chunkInName.slice(0, this.fill) : this.chunkInName.subarray(0, this.fill),
    };
  }

  private idOf(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.termIds.set(term, id);
      this.terms.push(term);
    }
    return id;
  }

  /**
   * How many distinct terms the texts hold, stop words and bracketed parts left out: a name's
   * length for name-first ranking ("Technology Development Fund (TDF)" is three words long).
   * Called after the texts were indexed, so every word is found in the spelling table.
   */
  private nameLength(...texts: (string | undefined)[]): number {
    const ids = this.nameIds;
    ids.length = 0;
    for (const text of texts) {
      if (text === undefined) continue;
      let depth = 0;
      let scanned = 0;
      scanWords(text, (start, end) => {
        // Brackets are never word characters: they are met between words.
        for (; scanned < start; scanned++) {
          const code = text.charCodeAt(scanned);
          if (code === 0x28 /* ( */) depth += 1;
          else if (code === 0x29 /* ) */) depth = Math.max(0, depth - 1);
        }
        scanned = end;
        if (depth > 0) return;
        const id = this.idOfSpelling.get(text, start, end) ?? this.idOfWord(text.slice(start, end));
        if (id >= 0 && !ids.includes(id)) ids.push(id);
      });
    }
    return Math.min(MAX_NAME_LENGTH, ids.length);
  }

  /** The term id of a word as written (-1: a stop word), remembered in the spelling table. */
  private idOfWord(spelling: string): number {
    const term = analyseTerm(normaliseText(spelling)).slice(0, MAX_TERM_LENGTH);
    const id = term.length === 0 || STOP_WORDS.has(term) ? -1 : this.idOf(term);
    this.idOfSpelling.set(spelling, id);
    return id;
  }

  private appendRememberedIds(text: string): void {
    const remembered = this.idsOfString.get(text);
    if (remembered !== undefined) {
      this.fieldIds.append(remembered, 0, remembered.length);
      return;
    }
    const from = this.fieldIds.length;
    this.appendIds(text);
    if (this.idsOfString.size < MAX_REMEMBERED_STRINGS) this.idsOfString.set(text, this.fieldIds.values.slice(from, this.fieldIds.length));
  }

  /** Appends the term id of every word of `text` (stop words left out): one pass finds and hashes each word. */
  private appendIds(text: string): void {
    const length = text.length;
    let index = 0;
    // A run of words joined by hyphens ("start-up", "MIL-STD-810") is also indexed as one word
    // ("startup", "milstd810"), so the closed and the hyphenated spellings find each other; the
    // joined word goes after the run's last part, keeping the parts adjacent for synonym phrases.
    let runStart = -1;
    let runEnd = -1;
    let runParts = 0;
    while (index < length) {
      let step = wordUnitLength(text, index);
      if (step === 0) {
        index += 1;
        continue;
      }
      const start = index;
      if (runParts > 0 && this.joinHyphens && start === runEnd + 1 && text.charCodeAt(runEnd) === 0x2d /* - */) runParts += 1;
      else {
        if (runParts > 1) this.appendJoinedId(text, runStart, runEnd);
        runStart = start;
        runParts = 1;
      }
      let hash = SpellingTable.HASH_SEED;
      while (step > 0) {
        hash = Math.imul(hash ^ text.charCodeAt(index), SpellingTable.HASH_PRIME);
        if (step === 2) hash = Math.imul(hash ^ text.charCodeAt(index + 1), SpellingTable.HASH_PRIME);
        index += step;
        step = index < length ? wordUnitLength(text, index) : 0;
      }
      const id = this.idOfSpelling.getHashed(text, start, index, hash >>> 0) ?? this.idOfWord(text.slice(start, index));
      if (id >= 0) this.fieldIds.push(id);
      runEnd = index;
    }
    if (runParts > 1) this.appendJoinedId(text, runStart, runEnd);
  }

  private appendJoinedId(text: string, start: number, end: number): void {
    let id = this.idOfSpelling.get(text, start, end);
    if (id === undefined) {
      const spelling = text.slice(start, end);
      const term = analyseTerm(normaliseText(spelling.replaceAll('-', ''))).slice(0, MAX_TERM_LENGTH);
      id = term.length === 0 ? -1 : this.idOf(term);
      this.idOfSpelling.set(spelling, id);
    }
    if (id >= 0) this.fieldIds.push(id);
  }
}

export function averageFieldLengths(entries: readonly CatalogueEntry[]): number[] {
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

/** Every glossary group as term sequences, found by the first term of each member. */
export function compileSynonyms(glossary: readonly GlossaryGroup[]): { membersByFirstTerm: Map<string, SynonymMember[]>; groupTerms: string[][] } {
  const membersByFirstTerm = new Map<string, SynonymMember[]>();
  const groupTerms = glossary.map((glossaryGroup, group) => {
    const all = new Set<string>();
    for (const member of glossaryGroup.terms) {
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

class GrowableInt32Array {
  values: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.values = new Int32Array(capacity);
  }
  push(value: number): void {
    if (this.length === this.values.length) this.values = grow(this.values, this.length * 2);
    this.values[this.length++] = value;
  }
  append(source: Int32Array, from: number, to: number): void {
    const needed = this.length + to - from;
    if (needed > this.values.length) this.values = grow(this.values, Math.max(needed, this.values.length * 2));
    this.values.set(source.subarray(from, to), this.length);
    this.length = needed;
  }
}

/** Slots per chunk: 1 MB for each of term ids and weights. */
const CHUNK_LENGTH = 1 << 18;

function grow<T extends Int32Array | Float32Array | Float64Array | Uint8Array>(array: T, length: number): T {
  const grown = new (array.constructor as new (length: number) => T)(length);
  grown.set(array);
  return grown;
}
