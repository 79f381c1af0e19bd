// The enquiry log's model: what help-desk staff and field officers record about a visitor's
// question. zod schemas first; the TypeScript types are derived from them so the shape is written once.
import { z } from 'zod';
import { entryIdSchema, isoDateSchema } from '../catalogue/entry';

export const enquiryIdSchema = z.uuid('must be a UUID').brand<'EnquiryId'>();
export type EnquiryId = z.infer<typeof enquiryIdSchema>;

export const VISITOR_TYPES = ['msme', 'start-up', 'other'] as const;
export const visitorTypeSchema = z.enum(VISITOR_TYPES);
export type VisitorType = z.infer<typeof visitorTypeSchema>;

/** A moment written by `Date.prototype.toISOString()` (UTC, "Z"). */
export const timestampSchema = z.iso.datetime({ message: 'must be a UTC timestamp like 2026-11-25T10:30:00.000Z' }).brand<'Timestamp'>();
export type Timestamp = z.infer<typeof timestampSchema>;

const PHONE_PATTERN = /^[0-9+()\-\s./]*$/;

/** What a person types into the enquiry form. Optional text is '' rather than absent, as a form holds it. */
export const enquiryDraftSchema = z.object({
  /** The day the visitor asked (local calendar date); the log's date range filters on it. */
  enquiryDate: isoDateSchema,
  visitorName: z.string().trim().max(200),
  organisation: z.string().trim().max(300),
  visitorType: visitorTypeSchema,
  phone: z.string().trim().max(40).regex(PHONE_PATTERN, 'may hold only digits, spaces and + ( ) - . /'),
  email: z.union([z.literal(''), z.email('must be an e-mail address like name@example.in').max(254)]),
  question: z.string().trim().min(1, 'must say what the visitor asked').max(10_000),
  /** Catalogue entries shown to the visitor, in the order they were linked, without repeats. */
  entryIds: z
    .array(entryIdSchema)
    .max(100)
    .refine((ids) => new Set(ids).size === ids.length, 'must not list an entry twice'),
  followUpAction: z.string().trim().max(2_000),
  followUpDate: isoDateSchema.optional(),
  followUpDone: z.boolean(),
  officer: z.string().trim().max(200),
});
export type EnquiryDraft = z.infer<typeof enquiryDraftSchema>;

/** One enquiry as stored: the draft plus identity and version. Every save makes a new revision. */
export const enquirySchema = enquiryDraftSchema.extend({
  id: enquiryIdSchema,
  /** 1 on creation, one more on every edit; merging keeps the higher revision. */
  revision: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Enquiry = z.infer<typeof enquirySchema>;
