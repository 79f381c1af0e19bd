// A whole catalogue as it is stored and shipped: the entries plus where they came from.
import { z } from 'zod';
import { catalogueEntrySchema, type IsoDate } from './entry';
import { glossarySchema } from './glossary';

export const catalogueSchema = z
  .object({
    entries: z.array(catalogueEntrySchema),
    /** Absent in catalogues published before the glossary was data (read as EMPTY_GLOSSARY). */
    glossary: glossarySchema.optional(),
  })
  .superRefine((catalogue, context) => {
    const seen = new Set<string>();
    catalogue.entries.forEach((entry, index) => {
      if (seen.has(entry.id)) context.addIssue({ code: 'custom', path: ['entries', index, 'id'], message: `duplicate id "${entry.id}"` });
      seen.add(entry.id);
    });
  });
export type Catalogue = z.infer<typeof catalogueSchema>;

export { isEntryVisible } from './entryVisibility';

export function todayIso(now: Date = new Date()): IsoDate {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10) as IsoDate;
}
