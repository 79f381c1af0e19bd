// A built search index as bytes, so it is tokenised once per catalogue version (when installed)
// and then only loaded: at start-up, in the renderer's worker, loading is a few copies of typed
// arrays instead of seconds of tokenising. Layout (little-endian, 4-byte aligned):
//   magic "DTTCIDX" + format byte, then six uint32 counts (terms, documents, slots, terms bytes,
//   ids bytes, checksum), then documentFrequency, postingStart, postingDocuments, postingScores,
//   then the terms and the entry ids as UTF-8, each list joined by "\n" (neither holds one).
import { isEntryVisible } from '../catalogue/catalogue';
import type { CatalogueEntry, IsoDate } from '../catalogue/entry';
import { buildIndex, type IndexBasis } from './indexBasis';
import type { InvertedIndex } from './invertedIndex';
import type { PrebuiltIndex } from './types';

const MAGIC = 'DTTCIDX';
/** Bump when the index layout or its scoring changes: an older file is then rebuilt, not misread. */
export const INDEX_FORMAT = 1;
const HEADER_BYTES = 8 + 6 * 4;

export type IndexSnapshotResult = { ok: true; prebuilt: PrebuiltIndex } | { ok: false; message: string };

/** The index over the entries visible on `today`, as the engine would build it. */
export function buildPrebuiltIndex(entries: readonly CatalogueEntry[], today: IsoDate): PrebuiltIndex {
  return buildPrebuiltIndexFrom(entries, today, undefined).prebuilt;
}

/**
 * The same, reusing an earlier build's term vectors for unchanged entries (after an update only the
 * changed ones are tokenised); `basis` is what the next build can reuse.
 */
export function buildPrebuiltIndexFrom(entries: readonly CatalogueEntry[], today: IsoDate, previous: IndexBasis | undefined): { prebuilt: PrebuiltIndex; basis: IndexBasis; reused: number } {
  const documents = entries.filter((entry) => isEntryVisible(entry, today));
  const built = buildIndex(documents, previous);
  return { prebuilt: { documentIds: documents.map((entry) => entry.id), index: built.index }, basis: built.basis, reused: built.reused };
}

export function serialiseIndex({ documentIds, index }: PrebuiltIndex): Uint8Array {
  const encoder = new TextEncoder();
  const termBytes = encoder.encode(index.terms.join('\n'));
  const idBytes = encoder.encode(documentIds.join('\n'));
  const termCount = index.terms.length;
  const slots = index.postingDocuments.length;
  const numbersBytes = 4 * (termCount + (termCount + 1) + slots + slots);
  const bytes = new Uint8Array(HEADER_BYTES + numbersBytes + termBytes.length + idBytes.length);
  const view = new DataView(bytes.buffer);
  for (let index = 0; index < MAGIC.length; index++) bytes[index] = MAGIC.charCodeAt(index);
  bytes[7] = INDEX_FORMAT;
  let offset = HEADER_BYTES;
  const put = (values: Int32Array | Float32Array) => {
    new (values.constructor as Int32ArrayConstructor)(bytes.buffer, offset, values.length).set(values as Int32Array);
    offset += 4 * values.length;
  };
  put(index.documentFrequency);
  put(index.postingStart);
  put(index.postingDocuments);
  put(index.postingScores);
  bytes.set(termBytes, offset);
  bytes.set(idBytes, offset + termBytes.length);
  const counts = [termCount, documentIds.length, slots, termBytes.length, idBytes.length, 0];
  counts.forEach((count, position) => view.setUint32(8 + 4 * position, count, true));
  view.setUint32(8 + 20, checksum(bytes), true);
  return bytes;
}

/** Reads an index written by serialiseIndex, checking its layout; never throws. */
export function parseIndex(bytes: Uint8Array): IndexSnapshotResult {
  if (bytes.length < HEADER_BYTES) return { ok: false, message: `the search index file is too short (${bytes.length} bytes)` };
  const magic = String.fromCharCode(...bytes.subarray(0, MAGIC.length));
  if (magic !== MAGIC) return { ok: false, message: 'the file is not a search index (wrong signature bytes)' };
  if (bytes[7] !== INDEX_FORMAT) return { ok: false, message: `the search index has format ${bytes[7]}, this app reads format ${INDEX_FORMAT}` };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const [termCount, documentCount, slots, termBytes, idBytes, storedChecksum] = [0, 1, 2, 3, 4, 5].map((position) => view.getUint32(8 + 4 * position, true)) as [number, number, number, number, number, number];
  const numbersBytes = 4 * (termCount + (termCount + 1) + slots + slots);
  if (HEADER_BYTES + numbersBytes + termBytes + idBytes !== bytes.length) return { ok: false, message: 'the search index is truncated or has extra bytes' };
  if (checksum(bytes) !== storedChecksum) return { ok: false, message: 'the search index is damaged (checksum mismatch)' };

  // A copy aligned to 4 bytes, so the typed arrays below can view it without copying each.
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const buffer = aligned.buffer;
  let offset = aligned.byteOffset + HEADER_BYTES;
  const take = <T extends Int32Array | Float32Array>(Type: new (buffer: ArrayBufferLike, offset: number, length: number) => T, length: number): T => {
    const array = new Type(buffer, offset, length);
    offset += 4 * length;
    return array;
  };
  const documentFrequency = take(Int32Array, termCount);
  const postingStart = take(Int32Array, termCount + 1);
  const postingDocuments = take(Int32Array, slots);
  const postingScores = take(Float32Array, slots);
  const decoder = new TextDecoder();
  const textStart = offset - aligned.byteOffset;
  const terms = termCount === 0 ? [] : decoder.decode(aligned.subarray(textStart, textStart + termBytes)).split('\n');
  const documentIds = documentCount === 0 ? [] : decoder.decode(aligned.subarray(textStart + termBytes, textStart + termBytes + idBytes)).split('\n');
  if (terms.length !== termCount || documentIds.length !== documentCount) return { ok: false, message: 'the search index lists a different number of terms or entries than it declares' };
  if (postingStart[termCount] !== slots || postingDocuments.some((document) => document < 0 || document >= documentCount)) {
    return { ok: false, message: 'the search index points outside its own entries' };
  }
  const termIds = new Map(terms.map((term, termId) => [term, termId]));
  const index: InvertedIndex = { terms, termIds, documentFrequency, postingStart, postingDocuments, postingScores };
  return { ok: true, prebuilt: { documentIds, index } };
}

/** FNV-1a over every byte but the checksum field's own. */
function checksum(bytes: Uint8Array): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < 8 + 20; index++) hash = Math.imul(hash ^ bytes[index]!, 0x01000193);
  for (let index = HEADER_BYTES; index < bytes.length; index++) hash = Math.imul(hash ^ bytes[index]!, 0x01000193);
  return hash >>> 0;
}
