// Every way a sync can fail, as a code the UI translates (English and Hindi) and an English message
// for logs and the command line. The feed's own verification codes (shared/feed/errors.ts) pass
// through unchanged; the transport and the client add theirs.
import type { FeedError, FeedErrorCode } from '../../shared/feed/errors';
import type { SYNC_CLIENT_CODES, SYNC_TRANSPORT_CODES, SyncFailureFigures } from '../../shared/sync/syncErrorCodes';

export type TransportErrorCode = (typeof SYNC_TRANSPORT_CODES)[number];
export type ClientErrorCode = (typeof SYNC_CLIENT_CODES)[number];

export type SyncErrorCode = FeedErrorCode | TransportErrorCode | ClientErrorCode;

export interface SyncFailure {
  code: SyncErrorCode;
  /** Plain English with the technical detail (names, numbers); the UI shows its own text per code. */
  message: string;
  /** The numbers the UI puts in its own words (download-too-slow: what arrived in how long). */
  figures?: SyncFailureFigures;
}

export class SyncError extends Error {
  override readonly name = 'SyncError';
  constructor(
    readonly code: SyncErrorCode,
    message: string,
    /** Worth another attempt (a dropped connection, a busy server), and after how long if the server said. */
    readonly retry: { retryable: boolean; afterMs?: number } = { retryable: false },
    readonly figures?: SyncFailureFigures,
  ) {
    super(message);
  }

  toFailure(): SyncFailure {
    return { code: this.code, message: this.message, ...(this.figures ? { figures: this.figures } : {}) };
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
