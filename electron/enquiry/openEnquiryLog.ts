// What the desk app's shell (Electron main, or the browser host in desk mode) calls once at start:
// open the journal in the user-data folder, compact it when old revisions have piled up, and make
// the handlers to register. Never called in kiosk mode or by the LAN kiosk host.
import { join } from 'node:path';
import { EnquiryJournal } from './enquiryJournal';
import { createEnquiryHandlers, type EnquiryHandlerOptions, type EnquiryHandlers } from './handlers';

export const ENQUIRY_JOURNAL_FILE = 'enquiries.jsonl';

export interface EnquiryLog {
  journal: EnquiryJournal;
  handlers: EnquiryHandlers;
}

export async function openEnquiryLog(userDataFolder: string, options: EnquiryHandlerOptions = {}): Promise<EnquiryLog> {
  const journal = await EnquiryJournal.open(join(userDataFolder, 'enquiries', ENQUIRY_JOURNAL_FILE));
  if (journal.status.writable && journal.worthCompacting) {
    // A failed compaction leaves the old journal whole; it is tried again at the next start.
    await journal.compact().catch(() => undefined);
  }
  return { journal, handlers: createEnquiryHandlers(journal, options) };
}
