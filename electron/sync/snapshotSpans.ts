// Rebuilding a snapshot's exact bytes after a delta without serialising 50,000 entries again.
// A snapshot object is canonical JSON (shared/feed/canonicalJson.ts): `{"entries":[e1,e2,…],"feedId":…,
// "format":…,"version":…}` with each entry's own canonical bytes between the commas. Knowing where
// each entry's bytes lie in the verified snapshot, the next snapshot is the unchanged entries' bytes
// copied across and only the upserted entries serialised — and its SHA-256 is then checked against
// the signed manifest, so a mistake here can only cost a full download, never a wrong catalogue.
import type { CatalogueEntry, EntryId } from '../../shared/catalogue/entry';
import { canonicalJson } from '../../shared/feed/canonicalJson';
import { utf8 } from '../../shared/feed/encoding';
import type { ChangeList } from '../../shared/feed/format';
import { snapshotSuffixText } from '../../shared/feed/snapshotBytes';
import type { Glossary } from '../../shared/catalogue/glossary';

export interface EntrySpan {
  start: number;
  end: number;
}

const ENTRIES_PREFIX = utf8('{"entries":[');
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const CLOSE_BRACKET = 0x5d;

/** Where each entry's bytes lie in a canonical snapshot; undefined when the bytes are not laid out so. */
export function findEntrySpans(bytes: Uint8Array): EntrySpan[] | undefined {
  if (bytes.length < ENTRIES_PREFIX.length || ENTRIES_PREFIX.some((byte, index) => bytes[index] !== byte)) return undefined;
  const spans: EntrySpan[] = [];
  let position = ENTRIES_PREFIX.length;
  if (bytes[position] === CLOSE_BRACKET) return spans;
  for (;;) {
    if (bytes[position] !== OPEN_BRACE) return undefined;
    const start = position;
    let depth = 0;
    let inString = false;
    for (; position < bytes.length; position += 1) {
      const byte = bytes[position];
      if (inString) {
        if (byte === BACKSLASH) position += 1;
        else if (byte === QUOTE) inString = false;
      } else if (byte === QUOTE) inString = true;
      else if (byte === OPEN_BRACE) depth += 1;
      else if (byte === CLOSE_BRACE) {
        depth -= 1;
        if (depth === 0) break;
      }
    }
    if (position >= bytes.length) return undefined;
    position += 1;
    spans.push({ start, end: position });
    if (bytes[position] === CLOSE_BRACKET) return spans;
    if (bytes[position] !== COMMA) return undefined;
    position += 1;
  }
}

export function snapshotSuffix(feedId: string, version: number, glossary?: Glossary): Uint8Array {
  // The members after "entries", in canonical (sorted) key order.
  return utf8(snapshotSuffixText(feedId, version, glossary));
}

export interface MergedSnapshot {
  /** Sorted by id, as shared/feed/delta.ts's applyDelta gives them. */
  entries: CatalogueEntry[];
  bytes: Uint8Array;
  spans: EntrySpan[];
  /** Relative to the base. */
  changes: ChangeList;
  /** The delta's glossary when it carries one, else the base's. */
  glossary: Glossary | undefined;
}

/**
 * Applies a delta to a sorted base in one merge pass, producing the entries, the snapshot bytes
 * (unchanged runs of entries copied as whole byte ranges, upserts serialised) and the changes.
 * With `base.spans` undefined every entry is serialised afresh: slower, the same bytes.
 */
export function mergeDelta(
  base: { entries: readonly CatalogueEntry[]; bytes: Uint8Array; spans: readonly EntrySpan[] | undefined; glossary?: Glossary },
  delta: { upserts: readonly CatalogueEntry[]; withdrawn: readonly EntryId[]; glossary?: Glossary },
  header: { feedId: string; version: number },
): MergedSnapshot {
  const withdrawnIds = new Set<string>(delta.withdrawn);
  const upserts = [...delta.upserts].sort((left, right) => compareIds(left.id, right.id));
  const entries: CatalogueEntry[] = [];
  const pieces: { bytes: Uint8Array; entryCount: number; entryStarts: number[]; entryEnds: number[] }[] = [];
  const changes: ChangeList = { added: [], updated: [], withdrawn: [] };
  let run: { first: number; last: number } | undefined;

  const flushRun = () => {
    if (!run || !base.spans) return;
    const from = base.spans[run.first]!.start;
    const to = base.spans[run.last]!.end;
    const starts: number[] = [];
    const ends: number[] = [];
    for (let index = run.first; index <= run.last; index += 1) {
      starts.push(base.spans[index]!.start - from);
      ends.push(base.spans[index]!.end - from);
    }
    pieces.push({ bytes: base.bytes.subarray(from, to), entryCount: run.last - run.first + 1, entryStarts: starts, entryEnds: ends });
    run = undefined;
  };
  const keep = (index: number) => {
    const entry = base.entries[index]!;
    entries.push(entry);
    if (!base.spans) return pushFresh(entry);
    if (run && run.last === index - 1) run.last = index;
    else {
      flushRun();
      run = { first: index, last: index };
    }
  };
  const pushFresh = (entry: CatalogueEntry) => {
    const bytes = utf8(canonicalJson(entry));
    pieces.push({ bytes, entryCount: 1, entryStarts: [0], entryEnds: [bytes.length] });
  };
  const upsert = (entry: CatalogueEntry) => {
    flushRun();
    entries.push(entry);
    pushFresh(entry);
  };

  let next = 0;
  base.entries.forEach((entry, index) => {
    while (next < upserts.length && compareIds(upserts[next]!.id, entry.id) < 0) {
      changes.added.push(upserts[next]!.id);
      upsert(upserts[next++]!);
    }
    if (next < upserts.length && upserts[next]!.id === entry.id) {
      changes.updated.push(entry.id);
      upsert(upserts[next++]!);
    } else if (withdrawnIds.has(entry.id)) {
      changes.withdrawn.push(entry.id);
      flushRun();
    } else keep(index);
  });
  while (next < upserts.length) {
    changes.added.push(upserts[next]!.id);
    upsert(upserts[next++]!);
  }
  flushRun();

  const glossary = delta.glossary ?? base.glossary;
  const suffix = snapshotSuffix(header.feedId, header.version, glossary);
  const entryCount = entries.length;
  const size = ENTRIES_PREFIX.length + pieces.reduce((total, piece) => total + piece.bytes.length, 0) + Math.max(0, pieces.length - 1) + suffix.length;
  const bytes = new Uint8Array(size);
  const spans: EntrySpan[] = new Array(entryCount);
  bytes.set(ENTRIES_PREFIX, 0);
  let offset = ENTRIES_PREFIX.length;
  let spanIndex = 0;
  pieces.forEach((piece, index) => {
    if (index > 0) bytes[offset++] = COMMA;
    bytes.set(piece.bytes, offset);
    for (let member = 0; member < piece.entryCount; member += 1) spans[spanIndex++] = { start: offset + piece.entryStarts[member]!, end: offset + piece.entryEnds[member]! };
    offset += piece.bytes.length;
  });
  bytes.set(suffix, offset);
  return { entries, bytes, spans, changes, glossary };
}

// Plain code-unit order, as shared/feed/delta.ts sorts: the same on every machine.
function compareIds(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}
