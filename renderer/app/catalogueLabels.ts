// Names for the catalogue's fixed values in the reader's language.
import type { EntryKind } from '../../shared/catalogue/entry';

export { kindName, kindPluralName } from '../../shared/i18n/kindNames';

// The kinds in display order. Not ENTRY_KINDS from entry.ts: importing that module's values pulls
// zod into the page bundle. The record type makes a new kind fail to compile until it is listed.
const KIND_ORDER: Record<EntryKind, number> = { technology: 0, consultancy: 1, course: 2, scheme: 3 };
export const KINDS = (Object.keys(KIND_ORDER) as EntryKind[]).sort((a, b) => KIND_ORDER[a] - KIND_ORDER[b]);
