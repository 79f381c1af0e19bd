// Turning what the form holds into the next stored version of an enquiry: a new one starts at
// revision 1; an edit must be made from the revision now stored (else someone else saved first).
import type { Enquiry, EnquiryDraft, EnquiryId, Timestamp } from './enquiry';
import type { EnquiryErrorCode } from './enquiryErrors';

export interface Revision {
  /** Present for an edit: the enquiry and the revision the form was opened at. */
  id?: EnquiryId;
  baseRevision?: number;
  draft: EnquiryDraft;
}

export type Revised = { ok: true; enquiry: Enquiry } | { ok: false; code: EnquiryErrorCode; message: string };

/** A new enquiry gets its id and reference number from the caller (the host, which knows the desk code). */
export interface NewIdentity {
  newId: () => EnquiryId;
  newReference: () => string;
}

export function reviseEnquiry(current: Enquiry | undefined, revision: Revision, now: Timestamp, identity: NewIdentity): Revised {
  if (revision.id === undefined) {
    return { ok: true, enquiry: { ...revision.draft, id: identity.newId(), reference: identity.newReference(), revision: 1, createdAt: now, updatedAt: now } };
  }
  if (current === undefined) return { ok: false, code: 'enquiry/not-found', message: `No enquiry with id ${revision.id} in the log` };
  if (revision.baseRevision !== current.revision) {
    return { ok: false, code: 'enquiry/conflict', message: `Enquiry ${revision.id} is at revision ${current.revision}, but the form was opened at revision ${String(revision.baseRevision)}` };
  }
  // An update stamped earlier than the stored one (a clock set back) still sorts after it by revision.
  // The reference never changes: the caller may already have quoted it.
  // Erased details stay erased: an edit (from a form opened before the erasure, say) cannot bring them back.
  const erased = current.personalDataErased === undefined ? {} : { personalDataErased: current.personalDataErased, visitorName: '', phone: '', email: '' };
  return { ok: true, enquiry: { ...revision.draft, ...erased, id: current.id, reference: current.reference, revision: current.revision + 1, createdAt: current.createdAt, updatedAt: now } };
}
