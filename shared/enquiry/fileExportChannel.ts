// The desktop shell's own export channel: it asks where to save (the system's save dialog) and
// writes the file itself, so the text never passes through the page. The browser host has no
// dialog: there the page calls enquiry:export and downloads the text it gets back.
import { exportEnquiriesArgumentSchema, type ExportEnquiriesArgument } from './channels';

/** `saved: false` when the user closed the save dialog without choosing a file. */
export type ExportToFileOutcome = { saved: true; fileName: string; count: number } | { saved: false };

export interface EnquiryFileExportContract {
  'enquiry:exportToFile': (argument: ExportEnquiriesArgument) => ExportToFileOutcome;
}

export const enquiryFileExportSchemas = {
  'enquiry:exportToFile': exportEnquiriesArgumentSchema,
};
