// What the desk app's shell (Electron main, or the browser host in desk mode) calls once at start:
// open the journal in the user-data folder, compact it when old revisions have piled up, and make
// the handlers to register. Never called in kiosk mode or by the LAN kiosk host.
import { join } from 'node:path';
import type { Timestamp } from '../../shared/enquiry/enquiry';
import { isPastRetention } from '../../shared/enquiry/personalData';
import { failure } from '../../shared/ipc/result';
import { DEFAULT_RETENTION_DAYS, loadDeskSettings, writeDeskSettings, type DeskSettings } from './deskSettings';
import { toEnquiryStoreError } from './enquiryStoreError';
import { EnquiryJournal, type PersonalDataCopies } from './enquiryJournal';
import { createEnquiryHandlers, type EnquiryHandlerOptions, type EnquiryHandlers } from './handlers';

export const ENQUIRY_JOURNAL_FILE = 'enquiries.jsonl';

export interface EnquiryLog {
  journal: EnquiryJournal;
  /** This desk's code in every reference number it gives. */
  deskCode: string;
  /** Days a visitor's details are kept after the case was last touched (desk.json). */
  retentionDays: number;
  handlers: EnquiryHandlers;
  /** Stops the daily retention sweep (the journal is closed separately). */
  stop(): void;
}

const SWEEP_INTERVAL_MS = 6 * 60 * 60 * 1000;

/**
 * Erases the details of every enquiry past its retention period (DPDP Act 2023 s. 8(7)), keeping
 * the statistics. A failure (disk full, another copy holds the log) is tried again at the next sweep.
 */
export async function sweepRetention(journal: EnquiryJournal, now: Date, retentionDays: number): Promise<number> {
  if (!journal.status.writable) return 0;
  const due = journal.list().filter((enquiry) => isPastRetention(enquiry, now, retentionDays));
  if (due.length === 0) {
    // An erasure whose last step (the compaction) failed, on a full disk, left older revisions in
    // the file: the sweep finishes it once there is room, without waiting for a restart.
    if (journal.holdsErasedLeftovers) await journal.compact();
    return 0;
  }
  const erased = await journal.erase(due.map((enquiry) => enquiry.id), now.toISOString() as Timestamp, 'retention');
  return erased.length;
}

/**
 * A desk code generated at a start with no room to write desk.json (a desk upgraded on a full
 * disk) is written before the first new enquiry takes a reference from it, so the code a caller
 * quotes is the one the desk keeps; until then a new enquiry is "not saved" with the reason.
 */
function savingDeskCodeFirst(handlers: EnquiryHandlers, folder: string, settings: DeskSettings): EnquiryHandlers {
  let pending: DeskSettings | undefined = settings;
  const save = handlers['enquiry:save'];
  return {
    ...handlers,
    'enquiry:save': async (argument) => {
      if (pending !== undefined && argument.id === undefined) {
        try {
          await writeDeskSettings(folder, pending);
          pending = undefined;
        } catch (error) {
          const problem = toEnquiryStoreError(error, 'saving the desk code in desk.json');
          return failure(problem.code, problem.message);
        }
      }
      return save(argument);
    },
  };
}

export interface EnquiryLogOptions extends EnquiryHandlerOptions {
  /** Stores erased with a person's enquiries, at their request or when retention ends (the desk's search-miss log). */
  otherCopies?: readonly PersonalDataCopies[];
}

export async function openEnquiryLog(userDataFolder: string, options: EnquiryLogOptions = {}): Promise<EnquiryLog> {
  const folder = join(userDataFolder, 'enquiries');
  const journal = await EnquiryJournal.open(join(folder, ENQUIRY_JOURNAL_FILE));
  // Before the first sweep below, so that a retention erasure at start forgets them there too.
  for (const copies of options.otherCopies ?? []) journal.alsoEraseFrom(copies);
  if (journal.status.writable && (journal.worthCompacting || journal.holdsErasedLeftovers)) {
    // An erasure cut short by a crash finishes here: its older revisions go from the file.
    // Also rewrites format-1 lines in today's shape (the migration). A failed compaction leaves
    // the old journal whole (still read through the migration); it is tried again at the next start.
    await journal.compact().catch(() => undefined);
  }
  let deskCode: string;
  let retentionDays = options.retentionDays ?? DEFAULT_RETENTION_DAYS;
  let unsavedSettings: DeskSettings | undefined;
  try {
    if (options.deskCode === undefined) {
      const { settings, saved } = await loadDeskSettings(folder);
      deskCode = settings.deskCode;
      retentionDays = options.retentionDays ?? settings.retentionDays;
      if (!saved) unsavedSettings = settings;
    } else deskCode = options.deskCode;
  } catch (error) {
    await journal.close();
    throw error;
  }
  const now = options.now ?? (() => new Date());
  await sweepRetention(journal, now(), retentionDays).catch(() => 0);
  const timer = setInterval(() => void sweepRetention(journal, now(), retentionDays).catch(() => 0), SWEEP_INTERVAL_MS);
  timer.unref();
  const handlers = createEnquiryHandlers(journal, { ...options, deskCode, retentionDays });
  return {
    journal,
    deskCode,
    retentionDays,
    handlers: unsavedSettings === undefined ? handlers : savingDeskCodeFirst(handlers, folder, unsavedSettings),
    stop: () => clearInterval(timer),
  };
}
