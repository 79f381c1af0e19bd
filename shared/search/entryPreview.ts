// What a result row shows of an entry, and all the engine needs of it once its index is built:
// facets, filters, browsing order and highlights read only these fields. A worker can then search
// the whole catalogue holding previews alone; the full entry is read when one is opened.
import type { CatalogueEntry, ConsultancyService, Course, FundingScheme, Technology } from '../catalogue/entry';
import { ENTRY_KINDS } from '../catalogue/entryKinds';

type PreviewFields = 'id' | 'kind' | 'title' | 'summary' | 'lab' | 'domains' | 'updated';

export type EntryPreview =
  | Pick<Technology, PreviewFields | 'trl'>
  | Pick<ConsultancyService, PreviewFields>
  | Pick<Course, PreviewFields | 'batches'>
  | Pick<FundingScheme, PreviewFields | 'maxFundingInr'>;

/** What filters, facets and browsing read of every entry: a preview without its texts. */
export type EntryAttributes = EntryPreview extends infer Preview ? (Preview extends unknown ? Omit<Preview, 'title' | 'summary'> : never) : never;

/** The preview of an entry; it shares the entry's objects (title, summary, lists) rather than copying them. */
export function entryPreview(entry: CatalogueEntry): EntryPreview {
  const { id, title, summary, lab, domains, updated } = entry;
  const common = { id, title, summary, lab, domains, updated };
  switch (entry.kind) {
    case 'technology':
      return entry.trl === undefined ? { ...common, kind: entry.kind } : { ...common, kind: entry.kind, trl: entry.trl };
    case 'consultancy':
      return { ...common, kind: entry.kind };
    case 'course':
      return { ...common, kind: entry.kind, batches: entry.batches };
    case 'scheme':
      return entry.maxFundingInr === undefined ? { ...common, kind: entry.kind } : { ...common, kind: entry.kind, maxFundingInr: entry.maxFundingInr };
  }
}

/**
 * Whether values read back from a stored index have the shape of an entry's attributes or texts
 * (the fields the engine and the result rows use, with their types). The file's checksum already
 * caught damage; these catch a file written by something else, without validating entries in full.
 */
export function looksLikeAttributes(value: unknown): value is EntryAttributes {
  if (typeof value !== 'object' || value === null) return false;
  const attributes = value as Record<string, unknown>;
  return (
    typeof attributes.id === 'string' &&
    ENTRY_KINDS.includes(attributes.kind as never) &&
    typeof attributes.lab === 'string' &&
    Array.isArray(attributes.domains) &&
    attributes.domains.every((domain) => typeof domain === 'string') &&
    typeof attributes.updated === 'string' &&
    (attributes.trl === undefined || typeof attributes.trl === 'number') &&
    (attributes.maxFundingInr === undefined || typeof attributes.maxFundingInr === 'number') &&
    (attributes.kind !== 'course' || (Array.isArray(attributes.batches) && attributes.batches.every(isDateRange)))
  );
}

export function looksLikeTexts(value: unknown): value is Pick<EntryPreview, 'title' | 'summary'> {
  if (typeof value !== 'object' || value === null) return false;
  const texts = value as Record<string, unknown>;
  return isLocalised(texts.title) && isLocalised(texts.summary);
}

function isLocalised(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const text = value as Record<string, unknown>;
  return typeof text.en === 'string' && (text.hi === undefined || typeof text.hi === 'string');
}

function isDateRange(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const range = value as Record<string, unknown>;
  return typeof range.start === 'string' && typeof range.end === 'string';
}
