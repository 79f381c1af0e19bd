// The hand-over file: the whole enquiry log as JSON, for another machine to import and merge.
import { z } from 'zod';
import { enquirySchema, timestampSchema, type Enquiry, type Timestamp } from './enquiry';
import { describeIssues } from './describeIssues';

export const HANDOVER_FORMAT = 'dttc-enquiry-handover';

export const handoverSchema = z.object({
  format: z.literal(HANDOVER_FORMAT, `must be "${HANDOVER_FORMAT}" (this is not an enquiry hand-over file)`),
  version: z.literal(1, 'must be 1 (this file was written by a newer version of the app)'),
  exportedAt: timestampSchema,
  enquiries: z.array(enquirySchema),
});
export type Handover = z.infer<typeof handoverSchema>;

export function createHandover(enquiries: readonly Enquiry[], exportedAt: Timestamp): Handover {
  return { format: HANDOVER_FORMAT, version: 1, exportedAt, enquiries: [...enquiries] };
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
  const parsed = handoverSchema.safeParse(json);
  if (!parsed.success) return { ok: false, message: `The hand-over file has problems:\n${describeIssues(parsed.error)}` };
  return { ok: true, handover: parsed.data };
}
