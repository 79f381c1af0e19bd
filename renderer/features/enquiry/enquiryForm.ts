// The enquiry form's values and the rules that turn them into a draft for enquiry:save, kept free
// of React (and of zod, which stays out of the page bundle) so they are tested in Node.
import type { Enquiry, EnquiryChannelKind, EnquiryDraft, EnquiryOutcome, EnquiryStatus, StoredChannel, StoredOutcome, VisitorType } from '../../../shared/enquiry/enquiry';
import type { EntryId, IsoDate } from '../../../shared/catalogue/entry';

// The lists the selects offer (the same as the shared model's, kept here so zod stays out of the page).
export const VISITOR_TYPE_OPTIONS: readonly VisitorType[] = ['msme', 'start-up', 'large-industry', 'academia', 'government', 'individual', 'other'];
export const CHANNEL_OPTIONS: readonly EnquiryChannelKind[] = ['walk-in', 'phone', 'email', 'event', 'field-visit'];
export const STATUS_OPTIONS: readonly EnquiryStatus[] = ['open', 'waiting-for-visitor', 'referred-to-lab', 'closed'];
export const OUTCOME_OPTIONS: readonly EnquiryOutcome[] = ['tot-taken-up', 'tdf-proposal', 'course-enrolment', 'test-booked', 'information-only', 'no-fit'];

/** What the form holds: every field as the user typed it (dates '' when not chosen). */
export interface EnquiryFormValues {
  enquiryDate: string;
  visitorName: string;
  organisation: string;
  /** '' until the officer chooses: there is no default kind of visitor. */
  visitorType: VisitorType | '';
  /** '' until chosen; 'not-recorded' only on an enquiry migrated from before channels existed. */
  channel: StoredChannel | '';
  status: EnquiryStatus;
  /** '' unless closed. */
  outcome: StoredOutcome | '';
  phone: string;
  email: string;
  question: string;
  entryIds: string[];
  followUpAction: string;
  followUpDate: string;
  followUpDone: boolean;
  officer: string;
  /** The visitor agreed, after hearing the notice, that their name and contact details be kept (DPDP Act 2023 s. 6). Unticked until asked. */
  consent: boolean;
  /** The details were erased (on request or after the retention period); they cannot be typed again. */
  erased: boolean;
}

export type EnquiryField = Exclude<keyof EnquiryFormValues, 'entryIds' | 'erased'> | 'entryIds';

/** An edit remembers which enquiry and which revision it started from (for the conflict check). */
export interface EditTarget {
  id: string;
  reference: string;
  baseRevision: number;
  /** Saved before consent was asked: the form says to ask now. */
  consentNotRecorded?: boolean;
  /** Saved with consent: unticking it now is a withdrawal, and saving erases the details. */
  consentGiven?: boolean;
  /** When the visitor's details were erased, if they were. */
  erasedAt?: string;
}

export function emptyForm(today: string, officer: string): EnquiryFormValues {
  return {
    enquiryDate: today,
    visitorName: '',
    organisation: '',
    visitorType: '',
    channel: '',
    status: 'open',
    outcome: '',
    phone: '',
    email: '',
    question: '',
    entryIds: [],
    followUpAction: '',
    followUpDate: '',
    followUpDone: false,
    officer,
    consent: false,
    erased: false,
  };
}

export function formFromEnquiry(enquiry: Enquiry): EnquiryFormValues {
  return {
    enquiryDate: enquiry.enquiryDate,
    visitorName: enquiry.visitorName,
    organisation: enquiry.organisation,
    visitorType: enquiry.visitorType,
    channel: enquiry.channel,
    status: enquiry.status,
    outcome: enquiry.outcome ?? '',
    phone: enquiry.phone,
    email: enquiry.email,
    question: enquiry.question,
    entryIds: [...enquiry.entryIds],
    followUpAction: enquiry.followUpAction,
    followUpDate: enquiry.followUpDate ?? '',
    followUpDone: enquiry.followUpDone,
    officer: enquiry.officer,
    consent: enquiry.consent === 'given',
    erased: enquiry.personalDataErased !== undefined,
  };
}

/**
 * An earlier enquiry continued from a new draft (a returning visitor recognised while the officer
 * was typing): the earlier one's fields, with what the new draft adds kept rather than lost — its
 * question after the earlier one, its linked entries after the earlier ones, and any field the
 * earlier enquiry left empty filled from the draft.
 */
export function continuedWithDraft(earlier: EnquiryFormValues, draft: EnquiryFormValues): EnquiryFormValues {
  const addedQuestion = draft.question.trim();
  const question = addedQuestion === '' || earlier.question.includes(addedQuestion) ? earlier.question : earlier.question.trim() === '' ? addedQuestion : `${earlier.question.trim()}\n\n${addedQuestion}`;
  const filled = (field: 'organisation' | 'followUpAction' | 'followUpDate') => (earlier[field].trim() === '' ? draft[field] : earlier[field]);
  return {
    ...earlier,
    question,
    entryIds: [...earlier.entryIds, ...draft.entryIds.filter((id) => !earlier.entryIds.includes(id))],
    organisation: filled('organisation'),
    followUpAction: filled('followUpAction'),
    followUpDate: filled('followUpDate'),
  };
}

/** The draft sent to enquiry:save: text trimmed, an empty follow-up date left out. The host checks the rest. */
export function draftFromForm(form: EnquiryFormValues): EnquiryDraft {
  // Without consent only the question and the statistics travel (DPDP Act 2023 s. 6).
  const keepsDetails = form.consent && !form.erased;
  return {
    enquiryDate: form.enquiryDate as IsoDate,
    consent: form.consent ? 'given' : 'refused',
    visitorName: keepsDetails ? form.visitorName.trim() : '',
    organisation: form.organisation.trim(),
    visitorType: form.visitorType,
    channel: form.channel,
    status: form.status,
    // An outcome only travels with a closed status; changing the status back drops it.
    ...(form.status === 'closed' && form.outcome !== '' ? { outcome: form.outcome } : {}),
    phone: keepsDetails ? form.phone.trim() : '',
    email: keepsDetails ? form.email.trim() : '',
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

const FIELDS: readonly EnquiryField[] = ['enquiryDate', 'consent', 'visitorName', 'organisation', 'visitorType', 'channel', 'status', 'outcome', 'phone', 'email', 'question', 'entryIds', 'followUpAction', 'followUpDate', 'followUpDone', 'officer'];

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

/** Quick checks before asking the host, so an empty question, an unchosen visitor type or channel, or a closed case without an outcome is marked at once. */
export function missingFields(form: EnquiryFormValues): EnquiryField[] {
  const missing: EnquiryField[] = [];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.enquiryDate)) missing.push('enquiryDate');
  if (form.visitorType === '') missing.push('visitorType');
  if (form.channel === '' || form.channel === 'not-recorded') missing.push('channel');
  if (form.status === 'closed' && (form.outcome === '' || form.outcome === 'not-recorded')) missing.push('outcome');
  if (form.question.trim() === '') missing.push('question');
  return missing;
}
