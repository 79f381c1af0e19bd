// What a result row shows of an entry, and all the engine needs of it once its index is built:
// facets, filters, browsing order and highlights read only these fields. A worker can then search
// the whole catalogue holding previews alone; the full entry is read when one is opened.
import type { CatalogueEntry, ConsultancyService, Course, FundingScheme, Technology } from '../catalogue/entry';

type PreviewFields = 'id' | 'kind' | 'title' | 'summary' | 'lab' | 'domains' | 'updated';

export type EntryPreview =
  | Pick<Technology, PreviewFields | 'trl'>
  | Pick<ConsultancyService, PreviewFields | 'turnaroundDays'>
  | Pick<Course, PreviewFields | 'batches' | 'durationDays' | 'mode' | 'feeInr' | 'seats'>
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
      return entry.turnaroundDays === undefined ? { ...common, kind: entry.kind } : { ...common, kind: entry.kind, turnaroundDays: entry.turnaroundDays };
    case 'course': {
      const { batches, durationDays, mode, feeInr, seats } = entry;
      return { ...common, kind: entry.kind, batches, durationDays, mode, ...(feeInr === undefined ? {} : { feeInr }), ...(seats === undefined ? {} : { seats }) };
    }
    case 'scheme':
      return entry.maxFundingInr === undefined ? { ...common, kind: entry.kind } : { ...common, kind: entry.kind, maxFundingInr: entry.maxFundingInr };
  }
}

/**
 * Whether a value read back from a stored index has the shape of an entry's texts. The file's
 * checksum already caught damage; this catches a file written by something else.
 */
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
