// Names for the catalogue's fixed values in the reader's language.
import type { EntryKind } from '../../shared/catalogue/entry';
import type { Messages } from '../../shared/i18n/messages/index';

// The kinds in display order. Not ENTRY_KINDS from entry.ts: importing that module's values pulls
// zod into the page bundle. The record type makes a new kind fail to compile until it is listed.
const KIND_ORDER: Record<EntryKind, number> = { technology: 0, consultancy: 1, course: 2, scheme: 3 };
export const KINDS = (Object.keys(KIND_ORDER) as EntryKind[]).sort((a, b) => KIND_ORDER[a] - KIND_ORDER[b]);

export function kindPluralName(kind: EntryKind, text: Messages): string {
  const names = { technology: text.catalogue.kindTechnology, consultancy: text.catalogue.kindConsultancy, course: text.catalogue.kindCourse, scheme: text.catalogue.kindScheme };
  return names[kind];
}

export function kindName(kind: EntryKind, text: Messages): string {
  const names = { technology: text.catalogue.oneTechnology, consultancy: text.catalogue.oneConsultancy, course: text.catalogue.oneCourse, scheme: text.catalogue.oneScheme };
  return names[kind];
}
