// Bytes → a schema-checked value, or a typed error naming what is wrong; never throws.
import type { z } from 'zod';
import { decodeUtf8 } from './encoding';
import { feedError, feedOk, type FeedErrorCode, type FeedResult } from './errors';

export function parseJsonBytes<Schema extends z.ZodType>(
  bytes: Uint8Array,
  schema: Schema,
  code: FeedErrorCode,
  what: string,
  maxBytes: number,
): FeedResult<z.infer<Schema>> {
  if (bytes.length > maxBytes) return feedError(code, `${what} is ${bytes.length} bytes; at most ${maxBytes} are accepted`);
  const text = decodeUtf8(bytes);
  if (text === undefined) return feedError(code, `${what} is not UTF-8 text`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return feedError(code, `${what} is not valid JSON`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) return feedError(code, `${what} is malformed: ${describeIssues(parsed.error)}`);
  return feedOk(parsed.data);
}

export function describeIssues(error: z.ZodError): string {
  const shown = error.issues.slice(0, 3).map((issue) => `${issue.path.length ? issue.path.join('.') : '(top)'} ${issue.message}`);
  const more = error.issues.length - shown.length;
  return shown.join('; ') + (more > 0 ? `; and ${more} more` : '');
}
