// The exact bytes of a snapshot object, equal to utf8(canonicalJson({ format, feedId, version,
// entries, glossary? })) but built from each entry's cached canonical text, so a client that applied a delta
// can check the result against the signed snapshot hash without re-serialising 50,000 entries
// from scratch, and a publisher writing ten deltas serialises each entry once.
import type { CatalogueEntry } from '../catalogue/entry';
import { isEmptyGlossary, type Glossary } from '../catalogue/glossary';
import { canonicalJson } from './canonicalJson';
import { utf8 } from './encoding';
import { SNAPSHOT_FORMAT } from './format';

// Entries are never mutated once built (they come from zod or JSON.parse and are passed along), so
// an entry object's canonical text can be remembered for as long as the object lives.
const canonicalTextOf = new WeakMap<CatalogueEntry, string>();

export function canonicalEntryJson(entry: CatalogueEntry): string {
  let text = canonicalTextOf.get(entry);
  if (text === undefined) {
    text = canonicalJson(entry);
    canonicalTextOf.set(entry, text);
  }
  return text;
}

/** Keys in sorted order, as canonicalJson writes them: entries, feedId, format, glossary (when not empty), version. */
export function encodeSnapshot(feedId: string, version: number, entries: readonly CatalogueEntry[], glossary?: Glossary): Uint8Array {
  const parts: string[] = new Array<string>(entries.length);
  for (let index = 0; index < entries.length; index += 1) parts[index] = canonicalEntryJson(entries[index]!);
  return utf8(`{"entries":[${parts.join(',')}${snapshotSuffixText(feedId, version, glossary)}`);
}

/** What follows the entries' closing bracket; a catalogue without a glossary keeps the bytes it always had. */
export function snapshotSuffixText(feedId: string, version: number, glossary: Glossary | undefined): string {
  const glossaryMember = isEmptyGlossary(glossary) ? '' : `"glossary":${canonicalJson(glossary)},`;
  return `],"feedId":${JSON.stringify(feedId)},"format":${JSON.stringify(SNAPSHOT_FORMAT)},${glossaryMember}"version":${canonicalJson(version)}}`;
}
