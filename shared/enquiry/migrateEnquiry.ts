// Reading enquiries written before case fields existed (journal and hand-over format 1): no
// reference, channel or status, and only three visitor types. They are brought to the current
// shape the same way on every desk, so two desks migrating the same hand-over agree.
import { z } from 'zod';
import { entryIdSchema, isoDateSchema } from '../catalogue/entry';
import { enquirySchema, timestampSchema, type Enquiry } from './enquiry';
import { migratedReference } from './reference';

/** The format-1 enquiry, as the journal and hand-over files held it. */
export const legacyEnquirySchema = z.object({
  id: z.uuid(),
  revision: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  enquiryDate: isoDateSchema,
  visitorName: z.string(),
  organisation: z.string(),
  visitorType: z.enum(['msme', 'start-up', 'other']),
  phone: z.string(),
  email: z.string(),
  question: z.string(),
  entryIds: z.array(entryIdSchema),
  followUpAction: z.string(),
  followUpDate: isoDateSchema.optional(),
  followUpDone: z.boolean(),
  officer: z.string(),
});
export type LegacyEnquiry = z.infer<typeof legacyEnquirySchema>;

/**
 * A format-1 enquiry in today's shape. Its channel and outcome were never asked, so they say
 * 'not-recorded' rather than guessing; one whose follow-up was done (or had none) is closed.
 */
export function migrateLegacyEnquiry(legacy: LegacyEnquiry): Enquiry {
  const settled = legacy.followUpDone || legacy.followUpDate === undefined;
  return enquirySchema.parse({
    ...legacy,
    reference: migratedReference(legacy.id, legacy.enquiryDate),
    channel: 'not-recorded',
    status: settled ? 'closed' : 'open',
    ...(settled ? { outcome: 'not-recorded' } : {}),
  });
}

/** A stored enquiry of either format, or the zod error of the current one. */
export function parseStoredEnquiry(value: unknown): { ok: true; enquiry: Enquiry; migrated: boolean } | { ok: false; error: z.ZodError } {
  const current = enquirySchema.safeParse(value);
  if (current.success) return { ok: true, enquiry: current.data, migrated: false };
  const legacy = legacyEnquirySchema.strict().safeParse(value);
  if (legacy.success) return { ok: true, enquiry: migrateLegacyEnquiry(legacy.data), migrated: true };
  return { ok: false, error: current.error };
}
