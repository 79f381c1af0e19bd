// The catalogue model: one zod schema per kind of entry; the TypeScript types are derived
// from the schemas so the shape is written once.
import { z } from 'zod';

import { COURSE_MODES, ENTRY_KINDS } from './entryKinds';

export { COURSE_MODES, ENTRY_KINDS };
export const entryKindSchema = z.enum(ENTRY_KINDS);
export type EntryKind = z.infer<typeof entryKindSchema>;

export const entryIdSchema = z
  .string()
  .regex(/^[a-z0-9-]{3,80}$/, 'must be 3–80 lowercase letters, digits or "-"')
  .brand<'EntryId'>();
export type EntryId = z.infer<typeof entryIdSchema>;

/** A calendar date written YYYY-MM-DD that exists (no 2027-02-30). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine(isRealCalendarDate, 'is not a real calendar date')
  .brand<'IsoDate'>();
export type IsoDate = z.infer<typeof isoDateSchema>;

export function isRealCalendarDate(text: string): boolean {
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const httpsUrlSchema = z
  .string()
  .max(2000)
  .refine((text) => {
    try {
      return new URL(text).protocol === 'https:';
    } catch {
      return false;
    }
  }, 'must be an https:// link');

/** Whole Indian rupees. */
export const rupeesSchema = z.number().int().nonnegative().max(1e13).brand<'Rupees'>();
export type Rupees = z.infer<typeof rupeesSchema>;

const englishText = z.string().trim().min(1).max(20_000);
const hindiText = z.string().trim().min(1).max(20_000);

export const localisedTextSchema = z.object({ en: englishText, hi: hindiText.optional() });
export type LocalisedText = z.infer<typeof localisedTextSchema>;

export const contactSchema = z.object({
  name: z.string().max(300).optional(),
  email: z.email().max(300).optional(),
  phone: z.string().max(100).optional(),
});

export const ENTRY_STATUSES = ['active', 'withdrawn'] as const;

const commonFields = {
  id: entryIdSchema,
  title: z.object({ en: englishText.max(300), hi: hindiText.max(300).optional() }),
  summary: z.object({ en: englishText.max(400), hi: hindiText.max(1200).optional() }),
  details: z.object({ en: englishText.optional(), hi: hindiText.optional() }).optional(),
  lab: z.string().trim().min(2).max(20),
  domains: z.array(z.string().trim().min(1).max(100)).min(1).max(30),
  keywords: z.array(z.string().trim().min(1).max(100)).max(100),
  contact: contactSchema,
  sourceUrl: httpsUrlSchema.optional(),
  updated: isoDateSchema,
  validUntil: isoDateSchema.optional(),
  status: z.enum(ENTRY_STATUSES),
};

export const TECHNOLOGY_CATEGORIES = ['A', 'B'] as const;
export const technologySchema = z.object({
  ...commonFields,
  kind: z.literal('technology'),
  category: z.enum(TECHNOLOGY_CATEGORIES).optional(),
  trl: z.number().int().min(1).max(9).optional(),
  applications: z.array(z.string().min(1).max(300)).max(50),
  totTerms: z.string().max(4000).optional(),
  licensees: z.number().int().nonnegative().max(100_000).optional(),
});

export const SERVICE_TYPES = ['testing', 'design', 'simulation', 'certification', 'advisory', 'training'] as const;
export const consultancySchema = z.object({
  ...commonFields,
  kind: z.literal('consultancy'),
  serviceType: z.enum(SERVICE_TYPES),
  deliverables: z.array(z.string().min(1).max(300)).max(50),
  feeBasis: z.string().max(2000).optional(),
  turnaroundDays: z.number().int().positive().max(3650).optional(),
});

export const dateRangeSchema = z
  .object({ start: isoDateSchema, end: isoDateSchema })
  .refine((range) => range.end >= range.start, 'ends before it starts');
export type DateRange = z.infer<typeof dateRangeSchema>;

export const courseSchema = z.object({
  ...commonFields,
  kind: z.literal('course'),
  durationDays: z.number().int().positive().max(3650),
  mode: z.enum(COURSE_MODES),
  eligibility: z.string().max(2000).optional(),
  feeInr: rupeesSchema.optional(),
  seats: z.number().int().positive().max(100_000).optional(),
  batches: z.array(dateRangeSchema).max(100),
  venue: z.string().max(500).optional(),
});

export const schemeSchema = z.object({
  ...commonFields,
  kind: z.literal('scheme'),
  agency: z.string().trim().min(1).max(300),
  maxFundingInr: rupeesSchema.optional(),
  fundingShare: z.string().max(500).optional(),
  eligibility: z.string().max(4000).optional(),
  applyBy: isoDateSchema.optional(),
  howToApply: z.string().max(4000).optional(),
});

export const catalogueEntrySchema = z.discriminatedUnion('kind', [technologySchema, consultancySchema, courseSchema, schemeSchema]);
export type CatalogueEntry = z.infer<typeof catalogueEntrySchema>;
export type Technology = z.infer<typeof technologySchema>;
export type ConsultancyService = z.infer<typeof consultancySchema>;
export type Course = z.infer<typeof courseSchema>;
export type FundingScheme = z.infer<typeof schemeSchema>;
export type EntryOfKind<K extends EntryKind> = Extract<CatalogueEntry, { kind: K }>;
