// Every code a sync can fail with: the feed's verification codes (../feed/errors.ts) and the
// transport's and client's. This is the one list; electron/sync/syncError.ts derives its types from it.
import { FEED_ERROR_CODES } from '../feed/errors';

export const SYNC_TRANSPORT_CODES = [
  'network-unreachable',
  'connection-dropped',
  /** The server sent nothing for longer than the stall timeout. */
  'download-stalled',
  /** The body came slower than the floor under its average speed (a feed dripping a byte every few seconds). */
  'download-too-slow',
  /** The server answered a resumed download wrongly again after the file had been started again from byte 0. */
  'download-resume-broken',
  'download-incomplete',
  /** More bytes than the declared length (endless response, lying Content-Length, gzip bomb). */
  'download-too-large',
  'not-found',
  /** 503 (or 429, 502, 504) on every retry. */
  'server-busy',
  'http-error',
  'redirect-loop',
  /** A redirect to anything but http: or https: (file:, data:, ...). */
  'redirect-refused',
  'invalid-feed-url',
] as const;

export const SYNC_CLIENT_CODES = [
  'catalogue-invalid',
  'withdrawal-not-confirmed',
  /** Staff saw the update's preview and chose not to apply it. */
  'preview-not-confirmed',
  'expired-bundle-not-confirmed',
  'bundles-not-accepted',
  'bundle-unreadable',
  'storage-failed',
  'sync-in-progress',
  'no-catalogue-installed',
  /** Staff set updates to "None" (or no feed address is configured). */
  'sync-disabled',
] as const;

export const SYNC_ERROR_CODES = [...FEED_ERROR_CODES, ...SYNC_TRANSPORT_CODES, ...SYNC_CLIENT_CODES] as const;
export type SyncFailureCode = (typeof SYNC_ERROR_CODES)[number];

/** What a too-slow download brought: `bytes` in the last window of `seconds`. */
export interface SyncFailureFigures {
  bytes: number;
  seconds: number;
}
