// Every way a sync can fail, as a code the UI translates (English and Hindi) and an English message
// for logs and the command line. The feed's own verification codes (shared/feed/errors.ts) pass
// through unchanged; the transport and the client add theirs.
import type { FeedError, FeedErrorCode } from '../../shared/feed/errors';

export const TRANSPORT_ERROR_CODES = [
  /** No connection could be made (DNS, refused, offline). */
  'network-unreachable',
  /** The connection broke mid-download and retries ran out. */
  'connection-dropped',
  /** The server sent nothing for longer than the stall timeout. */
  'download-stalled',
  /** The body ended before the length it promised (or the object's declared length). */
  'download-incomplete',
  /** More bytes than the declared length (endless response, lying Content-Length, gzip bomb). */
  'download-too-large',
  'not-found',
  /** 503 (or 429, 502, 504) on every retry. */
  'server-busy',
  /** Any other unexpected HTTP status. */
  'http-error',
  'redirect-loop',
  /** A redirect to anything but http: or https: (file:, data:, ...). */
  'redirect-refused',
  'invalid-feed-url',
] as const;
export type TransportErrorCode = (typeof TRANSPORT_ERROR_CODES)[number];

export const CLIENT_ERROR_CODES = [
  'catalogue-invalid',
  'withdrawal-not-confirmed',
  'expired-bundle-not-confirmed',
  'bundles-not-accepted',
  'bundle-unreadable',
  'storage-failed',
  'sync-in-progress',
  'no-catalogue-installed',
  /** Staff set updates to "None" (or no feed address is configured). */
  'sync-disabled',
] as const;
export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[number];

export type SyncErrorCode = FeedErrorCode | TransportErrorCode | ClientErrorCode;

export interface SyncFailure {
  code: SyncErrorCode;
  /** Plain English with the technical detail (names, numbers); the UI shows its own text per code. */
  message: string;
}

export class SyncError extends Error {
  override readonly name = 'SyncError';
  constructor(
    readonly code: SyncErrorCode,
    message: string,
    /** Worth another attempt (a dropped connection, a busy server), and after how long if the server said. */
    readonly retry: { retryable: boolean; afterMs?: number } = { retryable: false },
  ) {
    super(message);
  }

  toFailure(): SyncFailure {
    return { code: this.code, message: this.message };
  }
}

export function fromFeedError(error: FeedError): SyncError {
  return new SyncError(error.code, error.message);
}

/** Anything thrown, as a failure a user can be shown: never a stack trace. */
export function toSyncFailure(error: unknown, fallback: SyncErrorCode = 'storage-failed'): SyncFailure {
  if (error instanceof SyncError) return error.toFailure();
  const message = error instanceof Error ? error.message : String(error);
  return { code: fallback, message };
}
