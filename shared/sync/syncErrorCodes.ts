// Every code a sync can fail with, as the renderer sees it: the feed's verification codes
// (../feed/errors.ts) and the transport's and client's (electron/sync/syncError.ts, which shared/
// cannot import). electron/ipc/syncApiHandlers.ts fails to compile when the two lists drift apart.
import { FEED_ERROR_CODES } from '../feed/errors';

export const SYNC_TRANSPORT_CODES = [
  'network-unreachable',
  'connection-dropped',
  'download-stalled',
  'download-incomplete',
  'download-too-large',
  'not-found',
  'server-busy',
  'http-error',
  'redirect-loop',
  'redirect-refused',
  'invalid-feed-url',
] as const;

export const SYNC_CLIENT_CODES = [
  'catalogue-invalid',
  'withdrawal-not-confirmed',
  'expired-bundle-not-confirmed',
  'bundles-not-accepted',
  'bundle-unreadable',
  'storage-failed',
  'sync-in-progress',
  'no-catalogue-installed',
  'sync-disabled',
] as const;

export const SYNC_ERROR_CODES = [...FEED_ERROR_CODES, ...SYNC_TRANSPORT_CODES, ...SYNC_CLIENT_CODES] as const;
export type SyncFailureCode = (typeof SYNC_ERROR_CODES)[number];
