// The enquiry log's model: what help-desk staff and field officers record about a visitor's
// question — a case with a reference number, a channel, a status and (once closed) an outcome.
// zod schemas first; the TypeScript types are derived from them so the shape is written once.
import { z } from 'zod';
import { entryIdSchema, isoDateSchema } from '../catalogue/entry';
import { referenceSchema } from './reference';

export const enquiryIdSchema = z.uuid('must be a UUID').brand<'EnquiryId'>();
export type EnquiryId = z.infer<typeof enquiryIdSchema>;

/** Who asked. There is no default: the officer must choose (IIT Kanpur is not an MSME). */
export const VISITOR_TYPES = ['msme', 'start-up', 'large-industry', 'academia', 'government', 'individual', 'other'] as const;
export const visitorTypeSchema = z.enum(VISITOR_TYPES, { message: 'must say what kind of visitor asked' });
export type VisitorType = z.infer<typeof visitorTypeSchema>;

/** How the enquiry reached the desk. */
export const CHANNELS = ['walk-in', 'phone', 'email', 'event', 'field-visit'] as const;
export const channelSchema = z.enum(CHANNELS, { message: 'must say how the enquiry came in' });
export type EnquiryChannelKind = z.infer<typeof channelSchema>;
/** Enquiries recorded before channels existed (migrated from a format-1 journal) say so. */
export const STORED_CHANNELS = [...CHANNELS, 'not-recorded'] as const;
export type StoredChannel = (typeof STORED_CHANNELS)[number];

export const STATUSES = ['open', 'waiting-for-visitor', 'referred-to-lab', 'closed'] as const;
export const statusSchema = z.enum(STATUSES, { message: 'must be open, waiting for the visitor, referred to a lab or closed' });
export type EnquiryStatus = z.infer<typeof statusSchema>;

export const OUTCOMES = ['tot-taken-up', 'tdf-proposal', 'course-enrolment', 'test-booked', 'information-only', 'no-fit'] as const;
export const outcomeSchema = z.enum(OUTCOMES, { message: 'must say how the closed enquiry ended' });
export type EnquiryOutcome = z.infer<typeof outcomeSchema>;
export const STORED_OUTCOMES = [...OUTCOMES, 'not-recorded'] as const;
export type StoredOutcome = (typeof STORED_OUTCOMES)[number];

/**
 * The visitor's answer to the privacy notice (DPDP Act 2023 s. 6: consent, free and specific, for
 * this purpose only). Without it the name, phone and e-mail are not kept; the question, the kind of
 * visitor and the entries shown are kept, as statistics. Asked every time: there is no default.
 */
export const CONSENTS = ['given', 'refused'] as const;
export const consentSchema = z.enum(CONSENTS, { message: 'must say whether the visitor agreed to their name and contact details being kept' });
export type Consent = z.infer<typeof consentSchema>;
/** Enquiries saved before consent was asked say so; they keep their details until the retention period ends. */
export const STORED_CONSENTS = [...CONSENTS, 'not-recorded'] as const;
export type StoredConsent = (typeof STORED_CONSENTS)[number];

/** Why a person's details were erased: at their request (DPDP s. 12), or their retention period ended (s. 8(7)). */
/** Why a visitor's details were erased: asked to (s. 12), retention over (s. 8(7)), consent withdrawn (s. 6(4)). */
export const ERASURE_REASONS = ['request', 'retention', 'withdrawal'] as const;

/** A moment written by `Date.prototype.toISOString()` (UTC, "Z"). */
export const timestampSchema = z.iso.datetime({ message: 'must be a UTC timestamp like 2026-11-25T10:30:00.000Z' }).brand<'Timestamp'>();
export type Timestamp = z.infer<typeof timestampSchema>;

const PHONE_PATTERN = /^[0-9+()\-\s./]*$/;

/** The fields typed as free text, with the longest each may be: where a visitor's details may be written in passing. */
export const FREE_TEXT_LIMITS = { organisation: 300, question: 10_000, followUpAction: 2_000, officer: 200 } as const;
export type FreeTextField = keyof typeof FREE_TEXT_LIMITS;

const draftFields = {
  /** The day the visitor asked (local calendar date); the log's date range filters on it. */
  enquiryDate: isoDateSchema,
  visitorName: z.string().trim().max(200),
  organisation: z.string().trim().max(FREE_TEXT_LIMITS.organisation),
  visitorType: visitorTypeSchema,
  channel: channelSchema,
  status: statusSchema,
  phone: z.string().trim().max(40).regex(PHONE_PATTERN, 'may hold only digits, spaces and + ( ) - . /'),
  email: z.union([z.literal(''), z.email('must be an e-mail address like name@example.in').max(254)]),
  question: z.string().trim().min(1, 'must say what the visitor asked').max(FREE_TEXT_LIMITS.question),
  /** Catalogue entries shown to the visitor, in the order they were linked, without repeats. */
  entryIds: z
    .array(entryIdSchema)
    .max(100)
    .refine((ids) => new Set(ids).size === ids.length, 'must not list an entry twice'),
  followUpAction: z.string().trim().max(FREE_TEXT_LIMITS.followUpAction),
  followUpDate: isoDateSchema.optional(),
  followUpDone: z.boolean(),
  officer: z.string().trim().max(FREE_TEXT_LIMITS.officer),
};

/** The fields that identify a person (DPDP s. 2(t)); the rest of an enquiry is kept as statistics. */
export const PERSONAL_FIELDS = ['visitorName', 'phone', 'email'] as const;
export type PersonalField = (typeof PERSONAL_FIELDS)[number];

function holdsNoPersonalData(value: Record<PersonalField, string>): boolean {
  return PERSONAL_FIELDS.every((field) => value[field] === '');
}

/** Without consent (s. 6) or after erasure (ss. 8(7), 12) the name, phone and e-mail are empty. */
function personalDataMatchesConsent(value: { consent: string; visitorName: string; phone: string; email: string; personalDataErased?: unknown }): boolean {
  if (value.consent === 'refused' || value.personalDataErased !== undefined) return holdsNoPersonalData(value);
  return true;
}
const CONSENT_RULE = { message: 'without the visitor\'s consent (or after erasure) the name, phone and e-mail must be empty', path: ['consent'] };

/** A closed enquiry says how it ended; any other status has no outcome yet. */
function outcomeMatchesStatus(value: { status: string; outcome?: string | undefined }): boolean {
  return value.status === 'closed' ? value.outcome !== undefined : value.outcome === undefined;
}
const OUTCOME_RULE = { message: 'a closed enquiry needs an outcome, and only a closed one has one', path: ['outcome'] };

/** What a person types into the enquiry form. Optional text is '' rather than absent, as a form holds it. */
export const enquiryDraftSchema = z
  .object({ ...draftFields, consent: consentSchema, outcome: outcomeSchema.optional() })
  .refine(outcomeMatchesStatus, OUTCOME_RULE)
  .refine(personalDataMatchesConsent, CONSENT_RULE);
export type EnquiryDraft = z.infer<typeof enquiryDraftSchema>;

/**
 * One enquiry as stored: the draft plus identity, reference and version. Every save makes a new
 * revision. A stored enquiry may say 'not-recorded' for the channel or outcome (migrated from a
 * journal written before they existed); a save from the form may not.
 */
export const enquirySchema = z
  .object({
    ...draftFields,
    channel: z.enum(STORED_CHANNELS),
    outcome: z.enum(STORED_OUTCOMES).optional(),
    /** Lines written before consent was asked have none: they read as 'not-recorded'. */
    consent: z.enum(STORED_CONSENTS).default('not-recorded'),
    /** Set once the person's details are erased; kept, so no older copy (a hand-over file) brings them back. */
    personalDataErased: z.object({ at: timestampSchema, reason: z.enum(ERASURE_REASONS) }).strict().optional(),
    id: enquiryIdSchema,
    /** What the caller quotes: unique across desks without a server (see ./reference.ts). */
    reference: referenceSchema,
    /** 1 on creation, one more on every edit; merging keeps the higher revision. */
    revision: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .refine(outcomeMatchesStatus, OUTCOME_RULE)
  .refine(personalDataMatchesConsent, CONSENT_RULE);
export type Enquiry = z.infer<typeof enquirySchema>;
