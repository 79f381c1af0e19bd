// Every way the feed can be refused, as a code the UI translates and an English message for logs
// and the command line. Nothing in shared/feed throws for bad input: it returns one of these.
export const FEED_ERROR_CODES = [
  'keys-malformed',
  'keys-signature-invalid',
  'keys-wrong-feed',
  'manifest-malformed',
  'manifest-format-unsupported',
  'manifest-signature-invalid',
  'manifest-unknown-key',
  'manifest-key-expired',
  'manifest-wrong-feed',
  'manifest-rollback',
  'manifest-expired',
  'manifest-future-dated',
  'manifest-schema-unsupported',
  'app-too-old',
  'object-length-mismatch',
  'object-hash-mismatch',
  'object-malformed',
  'object-wrong-feed',
  'object-wrong-version',
  'object-not-listed',
  'delta-base-mismatch',
  'bundle-malformed',
  'bundle-too-large',
  'bundle-member-unsafe',
  'bundle-member-unexpected',
  'bundle-member-duplicate',
  'bundle-member-missing',
] as const;
export type FeedErrorCode = (typeof FEED_ERROR_CODES)[number];

export interface FeedError {
  code: FeedErrorCode;
  message: string;
}

export type FeedResult<T> = { ok: true; value: T } | { ok: false; error: FeedError };

export const feedOk = <T>(value: T): FeedResult<T> => ({ ok: true, value });
export const feedError = (code: FeedErrorCode, message: string): { ok: false; error: FeedError } => ({ ok: false, error: { code, message } });
