// The enquiry form's values and the rules that turn them into a draft for enquiry:save, kept free
// of React (and of zod, which stays out of the page bundle) so they are tested in Node.
import type { Enquiry, EnquiryDraft, VisitorType } from '../../../shared/enquiry/enquiry';
import type { EntryId, IsoDate } from '../../../shared/catalogue/entry';

export const VISITOR_TYPE_OPTIONS: readonly VisitorType[] = ['msme', 'start-up', 'other'];

/** What the form holds: every field as the user typed it (dates '' when not chosen). */
export interface EnquiryFormValues {
  enquiryDate: string;
  visitorName: string;
  organisation: string;
  visitorType: VisitorType;
  phone: string;
  email: string;
  question: string;
  entryIds: string[];
  followUpAction: string;
  followUpDate: string;
  followUpDone: boolean;
  officer: string;
}

export type EnquiryField = Exclude<keyof EnquiryFormValues, 'entryIds'> | 'entryIds';

/** An edit remembers which enquiry and which revision it started from (for the conflict check). */
export interface EditTarget {
  id: string;
  baseRevision: number;
}

export function emptyForm(today: string, officer: string): EnquiryFormValues {
  return {
    enquiryDate: today,
    visitorName: '',
    organisation: '',
    visitorType: 'msme',
    phone: '',
    email: '',
    question: '',
    entryIds: [],
    followUpAction: '',
    followUpDate: '',
    followUpDone: false,
    officer,
  };
}

export function formFromEnquiry(enquiry: Enquiry): EnquiryFormValues {
  return {
    enquiryDate: enquiry.enquiryDate,
    visitorName: enquiry.visitorName,
    organisation: enquiry.organisation,
    visitorType: enquiry.visitorType,
    phone: enquiry.phone,
    email: enquiry.email,
    question: enquiry.question,
    entryIds: [...enquiry.entryIds],
    followUpAction: enquiry.followUpAction,
    followUpDate: enquiry.followUpDate ?? '',
    followUpDone: enquiry.followUpDone,
    officer: enquiry.officer,
  };
}

/** The draft sent to enquiry:save: text trimmed, an empty follow-up date left out. The host checks the rest. */
export function draftFromForm(form: EnquiryFormValues): EnquiryDraft {
  return {
    enquiryDate: form.enquiryDate as IsoDate,
    visitorName: form.visitorName.trim(),
    organisation: form.organisation.trim(),
    visitorType: form.visitorType,
    phone: form.phone.trim(),
    email: form.email.trim(),
    question: form.question.trim(),
    entryIds: form.entryIds as EntryId[],
    followUpAction: form.followUpAction.trim(),
    ...(form.followUpDate === '' ? {} : { followUpDate: form.followUpDate as IsoDate }),
    followUpDone: form.followUpDone,
    officer: form.officer.trim(),
  } as EnquiryDraft;
}

/** Adds ids not linked yet, in order, keeping the ones already there first. */
export function linkEntries(linked: readonly string[], more: readonly string[]): string[] {
  const result = [...linked];
  for (const id of more) if (!result.includes(id)) result.push(id);
  return result;
}

/** True when the form holds something worth keeping (anything typed beyond the defaults). */
export function hasTypedText(form: EnquiryFormValues): boolean {
  return [form.visitorName, form.organisation, form.phone, form.email, form.question, form.followUpAction].some((value) => value.trim() !== '') || form.entryIds.length > 0;
}

const FIELDS: readonly EnquiryField[] = ['enquiryDate', 'visitorName', 'organisation', 'visitorType', 'phone', 'email', 'question', 'entryIds', 'followUpAction', 'followUpDate', 'followUpDone', 'officer'];

/**
 * The fields a refusal names. The host's message lists problems as "draft.<field>: …" (invalid
 * argument) — the form marks those fields and says so in the reader's language.
 */
export function fieldsNamedIn(message: string): EnquiryField[] {
  const named = new Set<EnquiryField>();
  for (const match of message.matchAll(/draft\.([A-Za-z]+)/g)) {
    const field = match[1] as EnquiryField;
    if (FIELDS.includes(field)) named.add(field);
  }
  return FIELDS.filter((field) => named.has(field));
}

/** Quick checks before asking the host, so an empty question is marked at once. */
export function missingFields(form: EnquiryFormValues): EnquiryField[] {
  const missing: EnquiryField[] = [];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.enquiryDate)) missing.push('enquiryDate');
  if (form.question.trim() === '') missing.push('question');
  return missing;
}
