// What the Digital Personal Data Protection Act 2023 asks of the enquiry log, as pure functions:
// finding everything held about one person (s. 11, the right to access), erasing it on request
// (s. 12) or when the retention period ends (s. 8(7)), while the statistics stay.
import { PERSONAL_FIELDS, type ERASURE_REASONS, type Enquiry, type Timestamp } from './enquiry';

export type ErasureReason = (typeof ERASURE_REASONS)[number];

/** How staff name the person whose data is asked about: a phone number or an e-mail address. */
export interface PersonKey {
  phone?: string;
  email?: string;
}

/**
 * The digits that identify a phone line: "+91 98390 12345", "098390-12345" and "9839012345" are
 * the same mobile, so an Indian number is compared on its last ten digits; a shorter one (an
 * extension, a landline without its code) on all its digits.
 */
export function phoneDigits(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.length > 10 ? digits.slice(-10) : digits;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** A key is usable when its phone has at least 6 digits or its e-mail has an "@": fewer would match strangers. */
export function isUsablePersonKey(key: PersonKey): boolean {
  return phoneDigits(key.phone ?? '').length >= 6 || normaliseEmail(key.email ?? '').includes('@');
}

export function matchesPerson(enquiry: Enquiry, key: PersonKey): boolean {
  const phone = phoneDigits(key.phone ?? '');
  const email = normaliseEmail(key.email ?? '');
  if (phone.length >= 6 && phoneDigits(enquiry.phone) === phone) return true;
  return email.includes('@') && normaliseEmail(enquiry.email) === email;
}

export function holdsPersonalData(enquiry: Enquiry): boolean {
  return PERSONAL_FIELDS.some((field) => enquiry[field] !== '');
}

/** The same enquiry without the name, phone and e-mail: a new revision, so it wins every merge. */
export function erasePersonalData(enquiry: Enquiry, at: Timestamp, reason: ErasureReason): Enquiry {
  return { ...withoutPersonalData(enquiry), personalDataErased: enquiry.personalDataErased ?? { at, reason }, revision: enquiry.revision + 1, updatedAt: at };
}

export function withoutPersonalData(enquiry: Enquiry): Enquiry {
  return { ...enquiry, visitorName: '', phone: '', email: '' };
}

/** The exact texts that erasure must remove from every file: each personal value as stored. */
export function personalValues(enquiries: readonly Enquiry[]): string[] {
  const values = new Set<string>();
  for (const enquiry of enquiries) for (const field of PERSONAL_FIELDS) if (enquiry[field] !== '') values.add(enquiry[field]);
  return [...values];
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * An enquiry's details are kept for the retention period after the case was last touched: a
 * case still being followed up keeps its contacts; one left alone that long has served its purpose.
 */
export function isPastRetention(enquiry: Enquiry, now: Date, retentionDays: number): boolean {
  return holdsPersonalData(enquiry) && now.getTime() - Date.parse(enquiry.updatedAt) > retentionDays * DAY_MS;
}
