// The order in which entries are listed when nothing is typed (an idle kiosk, a cleared search box),
// and how ties in score are broken. Computed when an index is built and stored with it.
import { ENTRY_KINDS } from '../catalogue/entryKinds';
import type { EntryPreview } from './entryPreview';

/**
 * Browsing order: by kind (as listed in ENTRY_KINDS), then most recently updated, then title
 * (lower case, code-unit order), then catalogue order. Kind and date are packed into one number so
 * that most comparisons need no string.
 */
export function browsingOrder(documents: readonly EntryPreview[]): Int32Array {
  const rank = new Float64Array(documents.length);
  const titles = documents.map((entry, document) => {
    // `updated` is a validated YYYY-MM-DD date: as the number YYYYMMDD it orders as it reads.
    const date = Number(entry.updated.slice(0, 4)) * 10_000 + Number(entry.updated.slice(5, 7)) * 100 + Number(entry.updated.slice(8, 10));
    rank[document] = ENTRY_KINDS.indexOf(entry.kind) * 1e8 + (99_999_999 - date);
    return entry.title.en.toLowerCase();
  });
  return Int32Array.from(documents.keys()).sort((left, right) => {
    if (rank[left] !== rank[right]) return rank[left]! - rank[right]!;
    const leftTitle = titles[left]!;
    const rightTitle = titles[right]!;
    return leftTitle === rightTitle ? left - right : leftTitle < rightTitle ? -1 : 1;
  });
}
