// One journal line: `{"sha256":"<hex>","record":<record JSON>}` + "\n". The checksum covers the
// record's exact UTF-8 bytes, so a torn write, a flipped bit or a hand edit is caught per line.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { enquirySchema, type Enquiry } from '../../shared/enquiry/enquiry';
import { parseStoredEnquiry } from '../../shared/enquiry/migrateEnquiry';

export const journalRecordSchema = z.object({
  type: z.literal('save'),
  /** The whole enquiry at its new revision: replaying the lines in any order gives the same log. */
  enquiry: enquirySchema,
});
export type JournalRecord = z.infer<typeof journalRecordSchema>;

const LINE_PATTERN = /^\{"sha256":"([0-9a-f]{64})","record":(.*)\}$/s;

function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function encodeJournalLine(enquiry: Enquiry): string {
  const record: JournalRecord = { type: 'save', enquiry };
  const body = JSON.stringify(record);
  return `{"sha256":"${sha256Hex(body)}","record":${body}}\n`;
}

/** `migrated`: the line holds a format-1 enquiry (no reference, channel or status), brought up to date. */
export type DecodedLine = { ok: true; record: JournalRecord; migrated: boolean } | { ok: false; reason: string };

/** Decodes one line (without its "\n"); a damaged line gives the reason, never a throw. */
export function decodeJournalLine(line: string): DecodedLine {
  const match = LINE_PATTERN.exec(line);
  if (match === null) return { ok: false, reason: 'not a journal line' };
  const [, checksum, body] = match as unknown as [string, string, string];
  if (sha256Hex(body) !== checksum) return { ok: false, reason: 'checksum does not match' };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, reason: 'record is not JSON' };
  }
  if (typeof json !== 'object' || json === null || (json as { type?: unknown }).type !== 'save') return { ok: false, reason: 'record is not a save' };
  const parsed = parseStoredEnquiry((json as { enquiry?: unknown }).enquiry);
  if (!parsed.ok) return { ok: false, reason: `record is not a valid enquiry (enquiry.${parsed.error.issues[0]?.path.join('.') ?? ''}: ${parsed.error.issues[0]?.message ?? ''})` };
  return { ok: true, record: { type: 'save', enquiry: parsed.enquiry }, migrated: parsed.migrated };
}
