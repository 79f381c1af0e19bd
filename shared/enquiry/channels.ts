// The enquiry log's IPC channels, proposed for shared/ipc/contract.ts: their signatures and the
// runtime schemas of their arguments. Only the desk app registers them; kiosk mode and the LAN
// kiosk host never do, so no public screen can reach a visitor's details.
import { z } from 'zod';
import { isoDateSchema } from '../catalogue/entry';
import { enquiryDraftSchema, enquiryIdSchema, type Enquiry } from './enquiry';
import type { EnquiryErrorCode } from './enquiryErrors';
import { enquiryFilterSchema, type EnquiryFilter } from './filterEnquiries';
import { isUsablePersonKey, type PersonKey } from './personalData';

/** A new enquiry (no id) or an edit of `id`, made from the revision the form was opened at. */
export const saveEnquiryArgumentSchema = z
  .object({
    id: enquiryIdSchema.optional(),
    baseRevision: z.number().int().min(1).optional(),
    draft: enquiryDraftSchema,
  })
  .strict()
  .refine((argument) => (argument.id === undefined) === (argument.baseRevision === undefined), {
    message: 'an edit gives both "id" and "baseRevision"; a new enquiry gives neither',
    path: ['baseRevision'],
  });
export type SaveEnquiryArgument = z.infer<typeof saveEnquiryArgumentSchema>;

export const exportEnquiriesArgumentSchema = z
  .object({
    format: z.enum(['csv', 'json']),
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    /** The language of the CSV header and labels. */
    language: z.enum(['en', 'hi']),
  })
  .strict()
  .refine((argument) => argument.from === undefined || argument.to === undefined || argument.from <= argument.to, {
    message: '"from" must not be after "to"',
    path: ['to'],
  });
export type ExportEnquiriesArgument = z.infer<typeof exportEnquiriesArgumentSchema>;

/** Hand-over files are small (a year of a busy desk is a few MB); the cap bounds memory. */
export const MAX_IMPORT_CHARACTERS = 50_000_000;
export const importEnquiriesArgumentSchema = z.object({ text: z.string().max(MAX_IMPORT_CHARACTERS, 'the file is larger than 50 MB') }).strict();

/** One person, named by phone or e-mail; a key that would match strangers is refused. */
export const personKeySchema = z
  .object({ phone: z.string().max(40).optional(), email: z.string().max(254).optional() })
  .strict()
  .refine(isUsablePersonKey, { message: 'give a phone number of at least 6 digits or an e-mail address' });

export interface PrivacySettings {
  retentionDays: number;
}

export const getEnquiryArgumentSchema = z.object({ id: enquiryIdSchema }).strict();

export interface EnquiryLogStatus {
  /** False when saving is impossible (read-only disk, log held by another copy); `reason` says why. */
  writable: boolean;
  reason?: EnquiryErrorCode;
  count: number;
  /** Damaged journal lines found when the log was read (each kept in the file, left out of the log). */
  damagedLines: { lineNumber: number; reason: string }[];
}

export interface ExportedEnquiries {
  /** Suggested file name, e.g. enquiries-2026-11-01-to-2026-11-30.csv. */
  fileName: string;
  mediaType: 'text/csv;charset=utf-8' | 'application/json';
  /** The file's whole text; a CSV starts with the byte order mark U+FEFF so Excel reads UTF-8. */
  text: string;
  count: number;
}

export interface ImportSummary {
  added: number;
  updated: number;
  unchanged: number;
}

export interface EnquiryApiContract {
  'enquiry:status': (argument: void) => EnquiryLogStatus;
  'enquiry:list': (argument: EnquiryFilter | undefined) => Enquiry[];
  'enquiry:get': (argument: { id: string }) => Enquiry;
  'enquiry:save': (argument: SaveEnquiryArgument) => Enquiry;
  'enquiry:export': (argument: ExportEnquiriesArgument) => ExportedEnquiries;
  'enquiry:import': (argument: { text: string }) => ImportSummary;
  'enquiry:privacy': (argument: void) => PrivacySettings;
  'enquiry:findPerson': (argument: PersonKey) => Enquiry[];
  'enquiry:exportPerson': (argument: PersonKey) => ExportedEnquiries;
  'enquiry:erasePerson': (argument: PersonKey) => { erased: number };
}

export const enquiryChannelSchemas = {
  'enquiry:status': z.undefined(),
  'enquiry:list': enquiryFilterSchema.optional(),
  'enquiry:get': getEnquiryArgumentSchema,
  'enquiry:save': saveEnquiryArgumentSchema,
  'enquiry:export': exportEnquiriesArgumentSchema,
  'enquiry:import': importEnquiriesArgumentSchema,
  'enquiry:privacy': z.undefined(),
  'enquiry:findPerson': personKeySchema,
  'enquiry:exportPerson': personKeySchema,
  'enquiry:erasePerson': personKeySchema,
} satisfies { [C in keyof EnquiryApiContract]: z.ZodType<Parameters<EnquiryApiContract[C]>[0]> };

export type EnquiryChannel = keyof EnquiryApiContract;
export const ENQUIRY_CHANNELS = Object.keys(enquiryChannelSchemas) as EnquiryChannel[];
