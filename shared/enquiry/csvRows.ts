// The enquiry log as a table for a spreadsheet: a header row in the reader's language, then one row
// per enquiry. Turning the table into CSV bytes is the exporter's job (electron/enquiry/exportCsv.ts).
import type { Language } from '../ipc/contract';
import type { Enquiry, VisitorType } from './enquiry';
import { enquiryMessages } from './enquiryMessages';

const VISITOR_TYPE_LABEL: Record<VisitorType, 'visitorMsme' | 'visitorStartUp' | 'visitorOther'> = {
  msme: 'visitorMsme',
  'start-up': 'visitorStartUp',
  other: 'visitorOther',
};

/** Header and rows, every cell a string; entries shown are joined with "; ". */
export function enquiryCsvRows(enquiries: readonly Enquiry[], language: Language): string[][] {
  const words = enquiryMessages[language];
  const header = [
    words.columnEnquiryDate,
    words.columnVisitorName,
    words.columnOrganisation,
    words.columnVisitorType,
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
    enquiry.enquiryDate,
    enquiry.visitorName,
    enquiry.organisation,
    words[VISITOR_TYPE_LABEL[enquiry.visitorType]],
    enquiry.phone,
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
  return [header, ...rows];
}
