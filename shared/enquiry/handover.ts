// The hand-over file: the whole enquiry log as JSON, for another machine to import and merge.
import { z } from 'zod';
import { enquirySchema, timestampSchema, type Enquiry, type Timestamp } from './enquiry';
import { describeIssues } from './describeIssues';
import { legacyEnquirySchema, migrateLegacyEnquiry } from './migrateEnquiry';

export const HANDOVER_FORMAT = 'dttc-enquiry-handover';

const formatSchema = z.literal(HANDOVER_FORMAT, `must be "${HANDOVER_FORMAT}" (this is not an enquiry hand-over file)`);

/** Version 2 holds cases (reference, channel, status, outcome). */
export const handoverSchema = z.object({
  format: formatSchema,
  version: z.literal(2, 'must be 1 or 2 (this file was written by a newer version of the app)'),
  exportedAt: timestampSchema,
  enquiries: z.array(enquirySchema),
});
export type Handover = z.infer<typeof handoverSchema>;

/** Version 1, from desks not yet updated: read and migrated like a format-1 journal. */
const legacyHandoverSchema = z
  .object({
    format: formatSchema,
    version: z.literal(1),
    exportedAt: timestampSchema,
    enquiries: z.array(legacyEnquirySchema.strict()),
  })
  .transform((legacy): Handover => ({ format: HANDOVER_FORMAT, version: 2, exportedAt: legacy.exportedAt, enquiries: legacy.enquiries.map(migrateLegacyEnquiry) }));

export function createHandover(enquiries: readonly Enquiry[], exportedAt: Timestamp): Handover {
  return { format: HANDOVER_FORMAT, version: 2, exportedAt, enquiries: [...enquiries] };
}

export function handoverToText(handover: Handover): string {
  return `${JSON.stringify(handover, null, 2)}\n`;
}

export type ParsedHandover = { ok: true; handover: Handover } | { ok: false; message: string };

/** Reads a hand-over file's text; a wrong file gives a message naming what is wrong, never a throw. */
export function parseHandover(text: string): ParsedHandover {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, message: `The file is not JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  const version = typeof json === 'object' && json !== null ? (json as { version?: unknown }).version : undefined;
  const parsed = (version === 1 ? legacyHandoverSchema : handoverSchema).safeParse(json);
  if (!parsed.success) return { ok: false, message: `The hand-over file has problems:\n${describeIssues(parsed.error)}` };
  return { ok: true, handover: parsed.data };
}
