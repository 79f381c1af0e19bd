// One typed error for everything that can stop the enquiry log from saving, so the UI can say
// "not saved" (and why) and keep the user's text instead of showing a stack trace.
import type { EnquiryErrorCode } from '../../shared/enquiry/enquiryErrors';
import { isErrorCode } from '../store/durableFile';

export class EnquiryStoreError extends Error {
  override readonly name = 'EnquiryStoreError';
  constructor(
    readonly code: EnquiryErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Maps a file-system failure to its "not saved" kind: disk full, read-only, or any other I/O error. */
export function toEnquiryStoreError(error: unknown, doing: string): EnquiryStoreError {
  if (error instanceof EnquiryStoreError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  if (isErrorCode(error, 'ENOSPC', 'EDQUOT')) return new EnquiryStoreError('enquiry/disk-full', `Not saved: the disk is full (${doing}: ${detail})`, { cause: error });
  if (isErrorCode(error, 'EROFS', 'EACCES', 'EPERM')) return new EnquiryStoreError('enquiry/read-only', `Not saved: the enquiry log is read-only (${doing}: ${detail})`, { cause: error });
  return new EnquiryStoreError('enquiry/io', `Not saved: ${doing} failed (${detail})`, { cause: error });
}
