// The enquiry log as a table for a spreadsheet: a header row in the reader's language, then one row
// per enquiry. Turning the table into CSV bytes is the exporter's job (electron/enquiry/exportCsv.ts).
import type { Language } from '../ipc/contract';
import type { Enquiry } from './enquiry';
import { guardedCell, phoneCell } from './csvPhone';
import { enquiryMessages } from './enquiryMessages';

const PHONE_CELL = Symbol('phone');

/**
 * Header and rows, every cell a string ready for the CSV writer: every cell passes the formula
 * guard except the phone, written as a constant text formula (see ./csvPhone.ts). Entries shown
 * are joined with "; ".
 */
export function enquiryCsvRows(enquiries: readonly Enquiry[], language: Language): string[][] {
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
