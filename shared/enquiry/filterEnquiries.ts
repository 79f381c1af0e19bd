// Finding enquiries again: words anywhere in the record (its reference number too), a date range,
// the kind of visitor, the status, the officer, and the follow-ups due by a date.
import { z } from 'zod';
import { isoDateSchema } from '../catalogue/entry';
import { statusSchema, visitorTypeSchema, type Enquiry } from './enquiry';

export const enquiryFilterSchema = z
  .object({
    /** Every word must appear somewhere in the enquiry (any case; Hindi compared in NFC). */
    text: z.string().max(500).optional(),
    /** Enquiry dates from this day, inclusive. */
    from: isoDateSchema.optional(),
    /** Enquiry dates up to this day, inclusive. */
    to: isoDateSchema.optional(),
    visitorType: visitorTypeSchema.optional(),
    status: statusSchema.optional(),
    /** The officer's name, any case. */
    officer: z.string().trim().max(200).optional(),
    /** Only open follow-ups dated on or before this day, soonest first. */
    followUpsDueBy: isoDateSchema.optional(),
  })
  .refine((filter) => filter.from === undefined || filter.to === undefined || filter.from <= filter.to, {
    message: '"from" must not be after "to"',
    path: ['to'],
  });
export type EnquiryFilter = z.infer<typeof enquiryFilterSchema>;

function normalise(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

function searchableText(enquiry: Enquiry): string {
  return normalise(
    [
      enquiry.reference,
      enquiry.visitorName,
      enquiry.organisation,
      enquiry.phone,
      enquiry.email,
      enquiry.question,
      enquiry.followUpAction,
      enquiry.officer,
      ...enquiry.entryIds,
    ].join('\n'),
  );
}

export function matchesEnquiryFilter(enquiry: Enquiry, filter: EnquiryFilter): boolean {
  if (filter.from !== undefined && enquiry.enquiryDate < filter.from) return false;
  if (filter.to !== undefined && enquiry.enquiryDate > filter.to) return false;
  if (filter.visitorType !== undefined && enquiry.visitorType !== filter.visitorType) return false;
  if (filter.status !== undefined && enquiry.status !== filter.status) return false;
  if (filter.officer !== undefined && filter.officer.trim() !== '' && normalise(enquiry.officer.trim()) !== normalise(filter.officer.trim())) return false;
  if (filter.followUpsDueBy !== undefined) {
    if (enquiry.followUpDone || enquiry.followUpDate === undefined || enquiry.followUpDate > filter.followUpsDueBy) return false;
  }
  const words = normalise(filter.text ?? '').split(/\s+/u).filter((word) => word !== '');
  if (words.length > 0) {
    const haystack = searchableText(enquiry);
    if (!words.every((word) => haystack.includes(word))) return false;
  }
  return true;
}

function byNewestFirst(a: Enquiry, b: Enquiry): number {
  if (a.enquiryDate !== b.enquiryDate) return a.enquiryDate < b.enquiryDate ? 1 : -1;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function bySoonestFollowUp(a: Enquiry, b: Enquiry): number {
  const dateA = a.followUpDate ?? '';
  const dateB = b.followUpDate ?? '';
  if (dateA !== dateB) return dateA < dateB ? -1 : 1;
  return byNewestFirst(a, b);
}

/** The enquiries that match, newest first — or, when asking for follow-ups due, soonest due first. */
export function filterEnquiries(enquiries: Iterable<Enquiry>, filter: EnquiryFilter = {}): Enquiry[] {
  const matches = [...enquiries].filter((enquiry) => matchesEnquiryFilter(enquiry, filter));
  return matches.sort(filter.followUpsDueBy !== undefined ? bySoonestFollowUp : byNewestFirst);
}
