// The enquiry log as a table for a spreadsheet: a header row in the reader's language, then one row
// per enquiry. Turning the table into CSV bytes is the exporter's job (electron/enquiry/exportCsv.ts).
import type { Language } from '../ipc/contract';
import { chooseText } from '../i18n/localisedText';
import type { Enquiry } from './enquiry';
import { guardedCell, phoneCell } from './csvPhone';
import { enquiryMessages } from './enquiryMessages';

const PHONE_CELL = Symbol('phone');

/** An entry's title in both languages, by id: from the catalogue in use when the log is exported. */
export type EntryTitles = ReadonlyMap<string, { en: string; hi?: string }>;

/**
 * Header and rows, every cell a string ready for the CSV writer: every cell passes the formula
 * guard except the phone, written as a constant text formula (see ./csvPhone.ts). The entries
 * shown are listed by title in the reader's language (the id of one the catalogue no longer
 * holds), joined with "; ", and by id in a column of their own, for joining tables.
 */
export function enquiryCsvRows(enquiries: readonly Enquiry[], language: Language, titles: EntryTitles = new Map()): string[][] {
  const titleOf = (id: string) => chooseText(titles.get(id), language)?.text ?? id;
  const words = enquiryMessages[language];
  const header = [
    words.columnReference,
    words.columnEnquiryDate,
    words.columnVisitorName,
    words.columnOrganisation,
    words.columnVisitorType,
    words.columnChannel,
    words.columnStatus,
    words.columnOutcome,
    words.columnPhone,
    words.columnEmail,
    words.columnQuestion,
    words.columnEntriesShown,
    words.columnEntryIds,
    words.columnFollowUpAction,
    words.columnFollowUpDate,
    words.columnFollowUpDone,
    words.columnOfficer,
    words.columnId,
    words.columnCreatedAt,
    words.columnUpdatedAt,
    words.columnRevision,
  ];
  const rows = enquiries.map((enquiry) => [
    enquiry.reference,
    enquiry.enquiryDate,
    enquiry.visitorName,
    enquiry.organisation,
    words[`visitor:${enquiry.visitorType}`],
    words[`channel:${enquiry.channel}`],
    words[`status:${enquiry.status}`],
    enquiry.outcome === undefined ? '' : words[`outcome:${enquiry.outcome}`],
    PHONE_CELL,
    enquiry.email,
    enquiry.question,
    enquiry.entryIds.map(titleOf).join('; '),
    enquiry.entryIds.join('; '),
    enquiry.followUpAction,
    enquiry.followUpDate ?? '',
    enquiry.followUpDate === undefined ? '' : enquiry.followUpDone ? words.yes : words.no,
    enquiry.officer,
    enquiry.id,
    enquiry.createdAt,
    enquiry.updatedAt,
    String(enquiry.revision),
  ]);
  return [header, ...rows].map((row, index) =>
    row.map((cell) => (cell === PHONE_CELL ? phoneCell(enquiries[index - 1]!.phone) : guardedCell(cell as string))),
  );
}
