// The ways an update can be refused before the sync service sees it: the page turns the file down
// itself, or the host does not run the call at all. Beside the sync's own codes (./syncErrorCodes.ts);
// the two lists share no code, so one table of words can cover both.
import type { SyncFailureCode } from './syncErrorCodes';

export const PAGE_REFUSAL_CODES = [
  'file-too-large',
  'file-empty',
  'file-unreadable',
  /** The browser host went away, or answered with something that is not a result. */
  'host-unreachable',
  /** A kiosk, or a host started on a spreadsheet folder: no updates here. */
  'updates-not-offered',
  /** The host turned the request down as malformed (its schema or body limit). */
  'request-refused',
  'host-failed',
] as const;
export type PageRefusalCode = (typeof PAGE_REFUSAL_CODES)[number];
export type UpdateRefusalCode = SyncFailureCode | PageRefusalCode;

type Disjoint<A, B> = [Extract<A, B>] extends [never] ? true : false;
const noSharedCode: Disjoint<PageRefusalCode, SyncFailureCode> = true;
void noSharedCode;

const BY_HOST_ERROR = new Map<string, PageRefusalCode>([
  ['unreachable', 'host-unreachable'],
  ['bad-response', 'host-unreachable'],
  ['unsupported', 'updates-not-offered'],
  ['channel-not-allowed', 'updates-not-offered'],
  ['unknown-channel', 'updates-not-offered'],
  ['forbidden-sender', 'updates-not-offered'],
  ['invalid-argument', 'request-refused'],
  ['bad-request', 'request-refused'],
]);

/** The refusal staff are told of for a host's error code (a failed Result's `error.code`). */
export function pageRefusalOfHostError(code: string): PageRefusalCode {
  return BY_HOST_ERROR.get(code) ?? 'host-failed';
}
