// Names of the kinds of entry in the reader's language, one entry ("Technology") or many ("Technologies").
import type { EntryKind } from '../catalogue/entry';
import type { Messages } from './messages/index';

export function kindPluralName(kind: EntryKind, text: Messages): string {
  const names = { technology: text.catalogue.kindTechnology, consultancy: text.catalogue.kindConsultancy, course: text.catalogue.kindCourse, scheme: text.catalogue.kindScheme };
  return names[kind];
}

export function kindName(kind: EntryKind, text: Messages): string {
  const names = { technology: text.catalogue.oneTechnology, consultancy: text.catalogue.oneConsultancy, course: text.catalogue.oneCourse, scheme: text.catalogue.oneScheme };
  return names[kind];
}
