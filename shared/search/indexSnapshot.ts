// A built search index as bytes, with what the engine needs of its entries, so the catalogue is
// tokenised once per version and day (when installed) and the renderer's worker can search from
// this one file without reading the catalogue. Only what every search needs is decoded at load:
// the index's numbers, the terms, and each entry's attributes (kind, lab, domains, TRL, turnaround,
// funding, batches, date) for filters and facets; an entry's title and summary are decoded when it is first
// returned as a hit, so start-up does not pay for decoding 50,000 Hindi and English summaries.
//
// The texts come last and in browsing order, with their own checksum: a reader streaming the file
// can search as soon as everything before them has arrived, and the first screen of browsing (the
// empty query) needs only the first texts. See parseIndex's `received`.
//
// Layout (little-endian, every section 4-byte aligned, the whole a multiple of 4 bytes):
//   magic "DTTCIDX" + format byte; nine uint32: terms, documents, posting slots, the byte lengths
//   of the postings, terms, attributes and texts sections, the checksum of everything before the
//   texts, and the checksum of the texts;
//   int32 documentFrequency[terms] (each term's postings start where the ones before end),
//   int32 browseOrder[documents],
//   uint32 textLength[documents + 1] (0 first; the reader sums them into each text's start);
//   uint16 postingScores[slots] (invertedIndex.ts: SCORE_STEPS), all their low bytes, then all their
//   high bytes (the high bytes take few values, so the file gzips some 300 KB smaller at 50,000
//   entries, as the lengths do 80 KB: what a LAN kiosk host sends every kiosk page);
//   uint8 postingNames[slots], then uint8 nameLengths[3 × documents] (titleName.ts);
//   the postings' entry numbers, per term ascending, each as its gap from the one before (from -1)
//   in LEB128 (mostly one or two bytes instead of four: a fifth of the file at 50,000 entries);
//   the terms as UTF-8 joined by "\n" (no term holds one); the attributes as UTF-8 JSON (attributeTable.ts);
//   the texts: for the entry at browsing position r, a UTF-8 JSON array [title.en, title.hi or null,
//   summary.en, summary.hi or null] at the start its length gives in the texts section.
import { isEntryVisible } from '../catalogue/entryVisibility';
import type { CatalogueEntry, IsoDate } from '../catalogue/entry';
import type { GlossaryGroup } from '../catalogue/glossary';
import { browsingOrder } from './browsingOrder';
import { decodeAttributes, encodeAttributes } from './attributeTable';
import { entryPreview, looksLikeTexts, type EntryAttributes, type EntryPreview } from './entryPreview';
import { buildIndex, type IndexBasis } from './indexBasis';
import type { InvertedIndex } from './invertedIndex';
import { NAME_LENGTHS } from './titleName';
import type { SearchPack } from './types';

const MAGIC = 'DTTCIDX';
/** Bump when the index layout or its scoring changes: an older file is then rebuilt, not misread. */
export const INDEX_FORMAT = 14;
const COUNTS = 9;
const HEADER_BYTES = 8 + COUNTS * 4;
const CORE_CHECKSUM_AT = 8 + 7 * 4;
const TEXTS_CHECKSUM_AT = 8 + 8 * 4;

/** Thrown by a streamed pack's preview() for an entry whose texts have not arrived yet. */
export class TextsNotYetReceived extends Error {
  constructor() {
    super('the texts of this entry are still arriving');
    this.name = 'TextsNotYetReceived';
  }
}

export type IndexSnapshotResult = { ok: true; prebuilt: SearchPack } | { ok: false; message: string };

/** The index over the entries visible on `today`, as the engine would build it. */
export function buildPrebuiltIndex(entries: readonly CatalogueEntry[], today: IsoDate, glossary: readonly GlossaryGroup[] = []): SearchPack {
  return buildPrebuiltIndexFrom(entries, today, undefined, glossary).prebuilt;
}

/**
 * The same, reusing an earlier build's term vectors for unchanged entries (after an update only the
 * changed ones are tokenised); `basis` is what the next build can reuse.
 */
export function buildPrebuiltIndexFrom(entries: readonly CatalogueEntry[], today: IsoDate, previous: IndexBasis | undefined, glossary: readonly GlossaryGroup[] = []): { prebuilt: SearchPack; basis: IndexBasis; reused: number } {
  const documents = entries.filter((entry) => isEntryVisible(entry, today));
  const built = buildIndex(documents, previous, glossary);
  const previews = documents.map(entryPreview);
  const prebuilt: SearchPack = {
    documentIds: documents.map((entry) => entry.id),
    index: built.index,
    attributes: previews.map(attributesOf),
    browseOrder: browsingOrder(previews),
    preview: (document) => previews[document]!,
    glossary,
  };
  return { prebuilt, basis: built.basis, reused: built.reused };
}

export function serialiseIndex(pack: SearchPack): Uint8Array {
  const { index, attributes, browseOrder } = pack;
  const encoder = new TextEncoder();
  const termBytes = encoder.encode(index.terms.join('\n'));
  const attributeBytes = encoder.encode(encodeAttributes(attributes, pack.glossary));
  const textParts = Array.from(browseOrder, (document) => {
    const { title, summary } = pack.preview(document);
    return encoder.encode(JSON.stringify([title.en, title.hi ?? null, summary.en, summary.hi ?? null]));
  });
  const textStart = new Uint32Array(attributes.length + 1);
  textParts.forEach((part, rank) => (textStart[rank + 1] = textStart[rank]! + part.length));
  const textBytes = textStart[attributes.length]!;
  const termCount = index.terms.length;
  const slots = index.postingDocuments.length;
  const postingBytes = encodePostings(index);
  const scoreBytes = splitScoreBytes(index.postingScores);
  const bytes = new Uint8Array(HEADER_BYTES + numbersBytes(termCount, attributes.length) + padded(scoreBytes.length) + nameBytes(slots, attributes.length) + padded(postingBytes.length) + padded(termBytes.length) + padded(attributeBytes.length) + padded(textBytes));
  for (let position = 0; position < MAGIC.length; position++) bytes[position] = MAGIC.charCodeAt(position);
  bytes[7] = INDEX_FORMAT;
  let offset = HEADER_BYTES;
  const putNumbers = (values: Int32Array | Float32Array | Uint32Array) => {
    new Uint8Array(bytes.buffer, offset, values.byteLength).set(new Uint8Array(values.buffer, values.byteOffset, values.byteLength));
    offset += values.byteLength;
  };
  const putText = (text: Uint8Array) => {
    bytes.set(text, offset);
    offset += padded(text.length);
  };
  putNumbers(index.documentFrequency);
  putNumbers(browseOrder);
  putNumbers(Uint32Array.from(textStart, (start, rank) => (rank === 0 ? 0 : start - textStart[rank - 1]!)));
  putText(scoreBytes);
  putText(index.postingNames);
  const nameLengths = new Uint8Array(NAME_LENGTHS * attributes.length);
  nameLengths.set(index.nameLengths.subarray(0, nameLengths.length));
  putText(nameLengths);
  putText(postingBytes);
  putText(termBytes);
  putText(attributeBytes);
  for (const part of textParts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  const view = new DataView(bytes.buffer);
  [termCount, attributes.length, slots, postingBytes.length, termBytes.length, attributeBytes.length, textBytes].forEach((count, position) => view.setUint32(8 + 4 * position, count, true));
  const textsAt = bytes.length - padded(textBytes);
  view.setUint32(CORE_CHECKSUM_AT, coreChecksum(bytes, textsAt), true);
  view.setUint32(TEXTS_CHECKSUM_AT, checksum(bytes, textsAt, bytes.length), true);
  return bytes;
}

/** Where the texts section starts, once the header has arrived; undefined for a file this app cannot read. */
export function indexTextsOffset(header: Uint8Array): number | undefined {
  if (header.length < HEADER_BYTES || header[7] !== INDEX_FORMAT) return undefined;
  const [termCount, documentCount, slots, postingBytes, termBytes, attributeBytes] = readCounts(header);
  return HEADER_BYTES + numbersBytes(termCount, documentCount) + padded(2 * slots) + nameBytes(slots, documentCount) + padded(postingBytes) + padded(termBytes) + padded(attributeBytes);
}

/**
 * Reads an index written by serialiseIndex, checking its layout; never throws. `received`, for a
 * file still streaming in: how many of its bytes have arrived in `bytes` (sized for the whole file)
 * so far. Everything before the texts must have arrived; preview() of an entry whose texts have not
 * throws TextsNotYetReceived, and the texts are checked against their checksum once all are there.
 */
export function parseIndex(bytes: Uint8Array, received: () => number = () => bytes.length): IndexSnapshotResult {
  if (bytes.length < HEADER_BYTES) return { ok: false, message: `the search index file is too short (${bytes.length} bytes)` };
  const magic = String.fromCharCode(...bytes.subarray(0, MAGIC.length));
  if (magic !== MAGIC) return { ok: false, message: 'the file is not a search index (wrong signature bytes)' };
  if (bytes[7] !== INDEX_FORMAT) return { ok: false, message: `the search index has format ${bytes[7]}, this app reads format ${INDEX_FORMAT}` };
  const [termCount, documentCount, slots, postingBytes, termBytes, attributeBytes, textBytes, storedCoreChecksum, storedTextsChecksum] = readCounts(bytes);
  const textsAt = HEADER_BYTES + numbersBytes(termCount, documentCount) + padded(2 * slots) + nameBytes(slots, documentCount) + padded(postingBytes) + padded(termBytes) + padded(attributeBytes);
  if (textsAt + padded(textBytes) !== bytes.length) return { ok: false, message: 'the search index is truncated or has extra bytes' };
  if (received() < textsAt) return { ok: false, message: 'the search index has not arrived in full' };
  // A copy aligned to 4 bytes, so the typed arrays below can view it without copying each.
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  if (coreChecksum(aligned, textsAt) !== storedCoreChecksum) return { ok: false, message: 'the search index is damaged (checksum mismatch)' };

  const buffer = aligned.buffer;
  let offset = aligned.byteOffset + HEADER_BYTES;
  const take = <T extends Int32Array | Float32Array | Uint32Array>(Type: new (buffer: ArrayBufferLike, offset: number, length: number) => T, length: number): T => {
    const array = new Type(buffer, offset, length);
    offset += 4 * length;
    return array;
  };
  const documentFrequency = take(Int32Array, termCount);
  const postingStart = new Int32Array(termCount + 1);
  for (let term = 0; term < termCount; term++) postingStart[term + 1] = postingStart[term]! + documentFrequency[term]!;
  const browseOrder = take(Int32Array, documentCount);
  const textStart = sumsOf(take(Uint32Array, documentCount + 1));
  const decoder = new TextDecoder();
  const section = (length: number) => {
    const start = offset - aligned.byteOffset;
    offset += padded(length);
    return aligned.subarray(start, start + length);
  };
  const scoreSection = section(2 * slots);
  const postingScores = joinScoreBytes(scoreSection, slots);
  const postingNames = section(slots);
  const nameLengths = section(NAME_LENGTHS * documentCount);
  const postingSection = section(postingBytes);
  const terms = termCount === 0 ? [] : decoder.decode(section(termBytes)).split('\n');
  const decoded = decodeAttributes(decoder.decode(section(attributeBytes)));
  if (!decoded) return { ok: false, message: 'the search index holds no readable list of entries' };
  const { attributes, glossary } = decoded;
  if (terms.length !== termCount || attributes.length !== documentCount) return { ok: false, message: 'the search index lists a different number of terms or entries than it declares' };
  const postingDocuments = postingStart[0] === 0 && postingStart[termCount] === slots && ascending(postingStart) ? decodePostings(postingSection, postingStart, documentCount) : undefined;
  if (!postingDocuments || !allWithin(browseOrder, documentCount)) return { ok: false, message: 'the search index points outside its own entries' };
  if (textStart[documentCount] !== textBytes || !ascending(textStart)) {
    return { ok: false, message: 'the search index has its entry texts out of order' };
  }
  const rankOf = new Int32Array(documentCount).fill(-1);
  browseOrder.forEach((document, rank) => (rankOf[document] = rank));
  if (rankOf.includes(-1)) return { ok: false, message: 'the search index lists an entry twice in its browsing order' };

  // A file read whole is checked whole; a streaming one when its last byte arrives (textsReady).
  const whole = received() >= aligned.length;
  if (whole && checksum(aligned, textsAt, aligned.length) !== storedTextsChecksum) {
    return { ok: false, message: 'the search index has damaged entry texts (checksum mismatch)' };
  }
  const texts = aligned.subarray(textsAt, textsAt + textBytes);
  // Until every text has arrived and matched its checksum: 'arriving'; a mismatch is kept as a message.
  let textsState: 'arriving' | 'checked' | string = whole ? 'checked' : 'arriving';
  const textsReady = (end: number): boolean => {
    if (textsState === 'checked') return true;
    if (textsState !== 'arriving') throw new Error(textsState);
    if (received() >= aligned.length) {
      textsState = checksum(aligned, textsAt, aligned.length) === storedTextsChecksum ? 'checked' : 'the search index has damaged entry texts (checksum mismatch)';
      return textsReady(end);
    }
    return received() >= textsAt + end;
  };
  const previews: EntryPreview[] = [];
  const preview = (document: number): EntryPreview => {
    const known = previews[document];
    if (known) return known;
    const rank = rankOf[document]!;
    if (!textsReady(textStart[rank + 1]!)) throw new TextsNotYetReceived();
    let parsed: unknown;
    try {
      parsed = textsOf(JSON.parse(decoder.decode(texts.subarray(textStart[rank], textStart[rank + 1]))));
    } catch {
      parsed = undefined;
    }
    if (!looksLikeTexts(parsed)) throw new Error(`the search index holds unreadable texts for entry ${document + 1}`);
    return (previews[document] = { ...attributes[document]!, title: parsed.title, summary: parsed.summary } as EntryPreview);
  };
  const termIds = new Map(terms.map((term, termId) => [term, termId]));
  const index: InvertedIndex = { terms, termIds, documentFrequency, postingStart, postingDocuments, postingScores, postingNames, nameLengths };
  return { ok: true, prebuilt: { documentIds: attributes.map((entry) => entry.id), index, attributes, browseOrder, preview, glossary } };
}

/** The scores' low bytes, then their high bytes. */
function splitScoreBytes(scores: Uint16Array): Uint8Array {
  const bytes = new Uint8Array(2 * scores.length);
  for (let slot = 0; slot < scores.length; slot++) {
    bytes[slot] = scores[slot]! & 0xff;
    bytes[scores.length + slot] = scores[slot]! >>> 8;
  }
  return bytes;
}

function joinScoreBytes(bytes: Uint8Array, slots: number): Uint16Array {
  const scores = new Uint16Array(slots);
  for (let slot = 0; slot < slots; slot++) scores[slot] = bytes[slot]! | (bytes[slots + slot]! << 8);
  return scores;
}

/** Running sums of the texts' lengths: where each text starts (and, last, where the texts end). */
function sumsOf(lengths: Uint32Array): Uint32Array {
  const sums = new Uint32Array(lengths.length);
  for (let rank = 1; rank < lengths.length; rank++) sums[rank] = sums[rank - 1]! + lengths[rank]!;
  return sums;
}

type Counts = [terms: number, documents: number, slots: number, postingBytes: number, termBytes: number, attributeBytes: number, textBytes: number, coreChecksum: number, textsChecksum: number];

function readCounts(bytes: Uint8Array): Counts {
  const header = new DataView(bytes.buffer, bytes.byteOffset, HEADER_BYTES);
  return Array.from({ length: COUNTS }, (_, position) => header.getUint32(8 + 4 * position, true)) as Counts;
}

const numbersBytes = (termCount: number, documentCount: number) => 4 * (termCount + documentCount + (documentCount + 1));
const nameBytes = (slots: number, documentCount: number) => padded(slots) + padded(NAME_LENGTHS * documentCount);

/** The stored array [title.en, title.hi, summary.en, summary.hi] as {title, summary}; anything else as is (looksLikeTexts refuses it). */
function textsOf(stored: unknown): unknown {
  if (!Array.isArray(stored) || stored.length !== 4) return stored;
  const [titleEn, titleHi, summaryEn, summaryHi] = stored as unknown[];
  const localised = (en: unknown, hi: unknown) => (hi === null ? { en } : { en, hi });
  return { title: localised(titleEn, titleHi), summary: localised(summaryEn, summaryHi) };
}

/** Exported for its tests: each term's entry numbers as LEB128 gaps. */
export function encodePostings({ postingStart, postingDocuments }: Pick<InvertedIndex, 'postingStart' | 'postingDocuments'>): Uint8Array {
  const bytes = new Uint8Array(5 * postingDocuments.length);
  let at = 0;
  for (let term = 0; term + 1 < postingStart.length; term++) {
    let previous = -1;
    for (let slot = postingStart[term]!; slot < postingStart[term + 1]!; slot++) {
      let gap = postingDocuments[slot]! - previous;
      if (gap <= 0) throw new Error('the index lists a term\'s entries out of order');
      previous = postingDocuments[slot]!;
      while (gap >= 0x80) {
        bytes[at++] = (gap & 0x7f) | 0x80;
        gap >>>= 7;
      }
      bytes[at++] = gap;
    }
  }
  return bytes.subarray(0, at);
}

/** The postings' entry numbers, or undefined when the bytes do not decode to exactly them (each below `documentCount`). */
export function decodePostings(bytes: Uint8Array, postingStart: Int32Array, documentCount: number): Int32Array | undefined {
  const documents = new Int32Array(postingStart[postingStart.length - 1]!);
  let at = 0;
  for (let term = 0; term + 1 < postingStart.length; term++) {
    let previous = -1;
    const end = postingStart[term + 1]!;
    for (let slot = postingStart[term]!; slot < end; slot++) {
      // Past the last byte a read gives undefined, which ends the number as 0 bits: the checks below
      // and the final length check refuse it, so the hot loop needs no bounds test of its own.
      let byte = bytes[at++]!;
      let gap = byte & 0x7f;
      for (let shift = 7; byte & 0x80; shift += 7) {
        if (shift > 28) return undefined;
        byte = bytes[at++]!;
        gap |= (byte & 0x7f) << shift;
      }
      // A gap past 2^31 wraps negative: refused with the zero gap.
      if (gap <= 0) return undefined;
      previous += gap;
      if (previous >= documentCount) return undefined;
      documents[slot] = previous;
    }
  }
  return at === bytes.length ? documents : undefined;
}

function attributesOf(preview: EntryPreview): EntryAttributes {
  const { title: _title, summary: _summary, ...attributes } = preview;
  return attributes;
}

function allWithin(documents: Int32Array, count: number): boolean {
  for (let slot = 0; slot < documents.length; slot++) if (documents[slot]! < 0 || documents[slot]! >= count) return false;
  return true;
}

function ascending(values: Uint32Array | Int32Array): boolean {
  for (let position = 1; position < values.length; position++) if (values[position]! < values[position - 1]!) return false;
  return true;
}

const padded = (length: number) => Math.ceil(length / 4) * 4;

/** FNV-1a over the 32-bit words of bytes [start, end) (both multiples of 4), `hash` carried on. */
function checksum(bytes: Uint8Array, start: number, end: number, hash = 0x811c9dc5): number {
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset + start, (end - start) / 4);
  for (let word = 0; word < words.length; word++) hash = Math.imul(hash ^ words[word]!, 0x01000193);
  return hash >>> 0;
}

/** The checksum of everything before the texts, but the header's own two checksum fields. */
function coreChecksum(bytes: Uint8Array, textsAt: number): number {
  return checksum(bytes, HEADER_BYTES, textsAt, checksum(bytes, 0, CORE_CHECKSUM_AT));
}
