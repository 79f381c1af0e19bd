// What the desk app's shell (Electron main, or the browser host in desk mode) calls once at start:
// open the journal in the user-data folder, compact it when old revisions have piled up, and make
// the handlers to register. Never called in kiosk mode or by the LAN kiosk host.
import { join } from 'node:path';
import { loadDeskSettings } from './deskSettings';
import { EnquiryJournal } from './enquiryJournal';
import { createEnquiryHandlers, type EnquiryHandlerOptions, type EnquiryHandlers } from './handlers';

export const ENQUIRY_JOURNAL_FILE = 'enquiries.jsonl';

export interface EnquiryLog {
  journal: EnquiryJournal;
  /** This desk's code in every reference number it gives. */
  deskCode: string;
  handlers: EnquiryHandlers;
}

export async function openEnquiryLog(userDataFolder: string, options: EnquiryHandlerOptions = {}): Promise<EnquiryLog> {
  const folder = join(userDataFolder, 'enquiries');
  const journal = await EnquiryJournal.open(join(folder, ENQUIRY_JOURNAL_FILE));
  if (journal.status.writable && journal.worthCompacting) {
    // Also rewrites format-1 lines in today's shape (the migration). A failed compaction leaves
    // the old journal whole (still read through the migration); it is tried again at the next start.
    await journal.compact().catch(() => undefined);
  }
  let deskCode: string;
  try {
    deskCode = options.deskCode ?? (await loadDeskSettings(folder)).deskCode;
  } catch (error) {
    await journal.close();
    throw error;
  }
  return { journal, deskCode, handlers: createEnquiryHandlers(journal, { ...options, deskCode }) };
}
