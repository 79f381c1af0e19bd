// Why an enquiry could not be saved, read or imported, as codes the UI turns into words
// (English and Hindi in ./enquiryMessages.ts). "Not saved" codes tell the UI to keep the form's text.
export const ENQUIRY_ERROR_CODES = [
  /** The disk is full: nothing was saved. */
  'enquiry/disk-full',
  /** The log's folder or disk is read-only (or not writable by this user): nothing was saved. */
  'enquiry/read-only',
  /** Another copy of the app holds the log: this window may read but not save. */
  'enquiry/locked',
  /** Someone saved this enquiry since it was opened: reload it, then edit again. */
  'enquiry/conflict',
  'enquiry/not-found',
  /** The form or the file has a wrong field; the message names it. */
  'enquiry/invalid',
  /** Any other input/output failure: nothing was saved. */
  'enquiry/io',
] as const;
export type EnquiryErrorCode = (typeof ENQUIRY_ERROR_CODES)[number];

/** The codes after which the UI shows "not saved" and keeps what the user typed. */
export const NOT_SAVED_CODES: ReadonlySet<EnquiryErrorCode> = new Set(['enquiry/disk-full', 'enquiry/read-only', 'enquiry/locked', 'enquiry/io']);
