// A built search index as bytes, with what the engine needs of its entries, so the catalogue is
// tokenised once per version and day (when installed) and the renderer's worker can search from
// this one file without reading the catalogue. Only what every search needs is decoded at load:
// the index's numbers, the terms, and each entry's attributes (kind, lab, domains, TRL, funding,
// batches, date) for filters and facets; an entry's title and summary are decoded when it is first
// returned as a hit, so start-up does not pay for decoding 50,000 Hindi and English summaries.
//
// Layout (little-endian, every section 4-byte aligned, the whole a multiple of 4 bytes):
//   magic "DTTCIDX" + format byte; seven uint32: terms, documents, posting slots, and the byte
//   lengths of the terms, attributes and texts sections, then the checksum;
//   int32 documentFrequency[terms], int32 postingStart[terms + 1], int32 postingDocuments[slots],
//   float32 postingScores[slots], int32 browseOrder[documents], uint32 textStart[documents + 1];
//   the terms as UTF-8 joined by "\n" (no term holds one); the attributes as a UTF-8 JSON array;
//   the texts: per entry a UTF-8 JSON object {title, summary}, from textStart[d] to textStart[d + 1].
import { isEntryVisible } from '../catalogue/catalogue';
import type { CatalogueEntry, IsoDate } from '../catalogue/entry';
import { browsingOrder } from './browsingOrder';
import { entryPreview, looksLikeAttributes, looksLikeTexts, type EntryAttributes, type EntryPreview } from './entryPreview';
import { buildIndex, type IndexBasis } from './indexBasis';
import type { InvertedIndex } from './invertedIndex';
import type { SearchPack } from './types';

const MAGIC = 'DTTCIDX';
/** Bump when the index layout or its scoring changes: an older file is then rebuilt, not misread. */
export const INDEX_FORMAT = 3;
const COUNTS = 7;
const HEADER_BYTES = 8 + COUNTS * 4;
const CHECKSUM_AT = 8 + (COUNTS - 1) * 4;

export type IndexSnapshotResult = { ok: true; prebuilt: SearchPack } | { ok: false; message: string };

/** The index over the entries visible on `today`, as the engine would build it. */
export function buildPrebuiltIndex(entries: readonly CatalogueEntry[], today: IsoDate): SearchPack {
  return buildPrebuiltIndexFrom(entries, today, undefined).prebuilt;
}

/**
 * The same, reusing an earlier build's term vectors for unchanged entries (after an update only the
 * changed ones are tokenised); `basis` is what the next build can reuse.
 */
export function buildPrebuiltIndexFrom(entries: readonly CatalogueEntry[], today: IsoDate, previous: IndexBasis | undefined): { prebuilt: SearchPack; basis: IndexBasis; reused: number } {
  const documents = entries.filter((entry) => isEntryVisible(entry, today));
  const built = buildIndex(documents, previous);
  const previews = documents.map(entryPreview);
  const prebuilt: SearchPack = {
    documentIds: documents.map((entry) => entry.id),
    index: built.index,
    attributes: previews.map(attributesOf),
    browseOrder: browsingOrder(previews),
    preview: (document) => previews[document]!,
  };
  return { prebuilt, basis: built.basis, reused: built.reused };
}

export function serialiseIndex(pack: SearchPack): Uint8Array {
  const { index, attributes, browseOrder } = pack;
  const encoder = new TextEncoder();
  const termBytes = encoder.encode(index.terms.join('\n'));
  const attributeBytes = encoder.encode(JSON.stringify(attributes));
  const textParts = attributes.map((_, document) => {
    const { title, summary } = pack.preview(document);
    return encoder.encode(JSON.stringify({ title, summary }));
  });
  const textStart = new Uint32Array(attributes.length + 1);
  textParts.forEach((part, document) => (textStart[document + 1] = textStart[document]! + part.length));
  const textBytes = textStart[attributes.length]!;
  const termCount = index.terms.length;
  const slots = index.postingDocuments.length;
  const numbersBytes = 4 * (termCount + (termCount + 1) + 2 * slots + attributes.length + (attributes.length + 1));
  const bytes = new Uint8Array(HEADER_BYTES + numbersBytes + padded(termBytes.length) + padded(attributeBytes.length) + padded(textBytes));
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
  putNumbers(index.postingStart);
  putNumbers(index.postingDocuments);
  putNumbers(index.postingScores);
  putNumbers(browseOrder);
  putNumbers(textStart);
  putText(termBytes);
  putText(attributeBytes);
  for (const part of textParts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  const view = new DataView(bytes.buffer);
  [termCount, attributes.length, slots, termBytes.length, attributeBytes.length, textBytes].forEach((count, position) => view.setUint32(8 + 4 * position, count, true));
  view.setUint32(CHECKSUM_AT, checksum(bytes), true);
  return bytes;
}

/** Reads an index written by serialiseIndex, checking its layout; never throws. */
export function parseIndex(bytes: Uint8Array): IndexSnapshotResult {
  if (bytes.length < HEADER_BYTES) return { ok: false, message: `the search index file is too short (${bytes.length} bytes)` };
  const magic = String.fromCharCode(...bytes.subarray(0, MAGIC.length));
  if (magic !== MAGIC) return { ok: false, message: 'the file is not a search index (wrong signature bytes)' };
  if (bytes[7] !== INDEX_FORMAT) return { ok: false, message: `the search index has format ${bytes[7]}, this app reads format ${INDEX_FORMAT}` };
  const header = new DataView(bytes.buffer, bytes.byteOffset, HEADER_BYTES);
  const [termCount, documentCount, slots, termBytes, attributeBytes, textBytes, storedChecksum] = Array.from({ length: COUNTS }, (_, position) => header.getUint32(8 + 4 * position, true)) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const numbersBytes = 4 * (termCount + (termCount + 1) + 2 * slots + documentCount + (documentCount + 1));
  if (HEADER_BYTES + numbersBytes + padded(termBytes) + padded(attributeBytes) + padded(textBytes) !== bytes.length) {
    return { ok: false, message: 'the search index is truncated or has extra bytes' };
  }
  // A copy aligned to 4 bytes, so the typed arrays below can view it without copying each.
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  if (checksum(aligned) !== storedChecksum) return { ok: false, message: 'the search index is damaged (checksum mismatch)' };

  const buffer = aligned.buffer;
  let offset = aligned.byteOffset + HEADER_BYTES;
  const take = <T extends Int32Array | Float32Array | Uint32Array>(Type: new (buffer: ArrayBufferLike, offset: number, length: number) => T, length: number): T => {
    const array = new Type(buffer, offset, length);
    offset += 4 * length;
    return array;
  };
  const documentFrequency = take(Int32Array, termCount);
  const postingStart = take(Int32Array, termCount + 1);
  const postingDocuments = take(Int32Array, slots);
  const postingScores = take(Float32Array, slots);
  const browseOrder = take(Int32Array, documentCount);
  const textStart = take(Uint32Array, documentCount + 1);
  const decoder = new TextDecoder();
  const section = (length: number) => {
    const start = offset - aligned.byteOffset;
    offset += padded(length);
    return aligned.subarray(start, start + length);
  };
  const termText = section(termBytes);
  const attributeText = section(attributeBytes);
  const texts = section(textBytes);

  const terms = termCount === 0 ? [] : decoder.decode(termText).split('\n');
  const attributes = parseAttributes(decoder.decode(attributeText));
  if (!attributes) return { ok: false, message: 'the search index holds no readable list of entries' };
  if (terms.length !== termCount || attributes.length !== documentCount) return { ok: false, message: 'the search index lists a different number of terms or entries than it declares' };
  if (postingStart[termCount] !== slots || !allWithin(postingDocuments, documentCount) || !allWithin(browseOrder, documentCount)) {
    return { ok: false, message: 'the search index points outside its own entries' };
  }
  if (textStart[documentCount] !== textBytes || textStart.some((start, document) => document > 0 && start < textStart[document - 1]!)) {
    return { ok: false, message: 'the search index has its entry texts out of order' };
  }

  const previews: EntryPreview[] = [];
  const preview = (document: number): EntryPreview => {
    const known = previews[document];
    if (known) return known;
    let parsed: unknown;
    try {
      parsed = JSON.parse(decoder.decode(texts.subarray(textStart[document], textStart[document + 1])));
    } catch {
      parsed = undefined;
    }
    if (!looksLikeTexts(parsed)) throw new Error(`the search index holds unreadable texts for entry ${document + 1}`);
    return (previews[document] = { ...attributes[document]!, title: parsed.title, summary: parsed.summary } as EntryPreview);
  };
  const termIds = new Map(terms.map((term, termId) => [term, termId]));
  const index: InvertedIndex = { terms, termIds, documentFrequency, postingStart, postingDocuments, postingScores };
  return { ok: true, prebuilt: { documentIds: attributes.map((entry) => entry.id), index, attributes, browseOrder, preview } };
}

function attributesOf(preview: EntryPreview): EntryAttributes {
  const { title: _title, summary: _summary, ...attributes } = preview;
  return attributes;
}

function parseAttributes(text: string): EntryAttributes[] | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  return Array.isArray(value) && value.every(looksLikeAttributes) ? value : undefined;
}

function allWithin(documents: Int32Array, count: number): boolean {
  for (let slot = 0; slot < documents.length; slot++) if (documents[slot]! < 0 || documents[slot]! >= count) return false;
  return true;
}

const padded = (length: number) => Math.ceil(length / 4) * 4;

/** FNV-1a over 32-bit words of everything but the checksum field (the length is a multiple of 4). */
function checksum(bytes: Uint8Array): number {
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
  const skipped = CHECKSUM_AT / 4;
  let hash = 0x811c9dc5;
  for (let word = 0; word < words.length; word++) if (word !== skipped) hash = Math.imul(hash ^ words[word]!, 0x01000193);
  return hash >>> 0;
}
