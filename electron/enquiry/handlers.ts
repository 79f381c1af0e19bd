// The enquiry log's IPC handlers, free of Electron: the desk app's main process and the browser
// host (desk mode only) register them. Kiosk mode and the LAN kiosk host must never register them.
// Each takes an argument already checked against enquiryChannelSchemas (or use handleEnquiryChannel,
// which checks it) and returns a Result, never a throw, so the UI can show "not saved" and keep the text.
import { randomUUID } from 'node:crypto';
import {
  enquiryChannelSchemas,
  type EnquiryApiContract,
  type EnquiryChannel,
  type ExportEnquiriesArgument,
  type ExportedEnquiries,
  type ImportSummary,
} from '../../shared/enquiry/channels';
import { describeIssues } from '../../shared/enquiry/describeIssues';
import type { Enquiry, EnquiryId, Timestamp } from '../../shared/enquiry/enquiry';
import { filterEnquiries } from '../../shared/enquiry/filterEnquiries';
import { createHandover, handoverToText, parseHandover } from '../../shared/enquiry/handover';
import { compareEnquiryVersions } from '../../shared/enquiry/merge';
import { nextReference } from '../../shared/enquiry/reference';
import { reviseEnquiry } from '../../shared/enquiry/reviseEnquiry';
import { holdsPersonalData, type PersonKey } from '../../shared/enquiry/personalData';
import { todayIso } from '../../shared/catalogue/catalogue';
import { failure, success, type Result } from '../../shared/ipc/result';
import type { EnquiryJournal } from './enquiryJournal';
import { EnquiryStoreError } from './enquiryStoreError';
import { enquiriesToCsv } from './exportCsv';
import type { EntryTitles } from '../../shared/enquiry/csvRows';
import { DEFAULT_RETENTION_DAYS } from './deskSettings';
import { PersonIndex } from './personIndex';
import { enquiryLogMessages } from '../../shared/i18n/messages/enquiryLog';

/**
 * What an export of one person's data says the data is for (DPDP Act 2023 s. 11(1)(a)), in both
 * languages: the export is asked for by phone or e-mail, not in a language, and goes to the visitor.
 */
const PERSONAL_DATA_PURPOSE = { en: enquiryLogMessages.en.personalDataPurpose, hi: enquiryLogMessages.hi.personalDataPurpose };

export type EnquiryHandlers = {
  [C in EnquiryChannel]: (argument: Parameters<EnquiryApiContract[C]>[0]) => Promise<Result<ReturnType<EnquiryApiContract[C]>>>;
};

export interface EnquiryHandlerOptions {
  now?: () => Date;
  newId?: () => string;
  /** This installation's code in reference numbers (see shared/enquiry/reference.ts). */
  deskCode?: string;
  /** How long a visitor's details are kept (desk.json; DPDP Act 2023 s. 8(7)). */
  retentionDays?: number;
  /** The titles of the catalogue in use, so the CSV export lists entries by title (ids only without it). */
  entryTitles?: () => Promise<EntryTitles>;
}

/** Tests and tools that make no references of their own use this code. */
export const TEST_DESK_CODE = 'TEST';

function failed(error: unknown): Result<never> {
  if (error instanceof EnquiryStoreError) return failure(error.code, error.message);
  return failure('enquiry/io', `Not saved: ${error instanceof Error ? error.message : String(error)}`);
}

function inExportOrder(a: Enquiry, b: Enquiry): number {
  if (a.enquiryDate !== b.enquiryDate) return a.enquiryDate < b.enquiryDate ? -1 : 1;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function exportFileName(argument: ExportEnquiriesArgument, today: string): string {
  const range = argument.from === undefined && argument.to === undefined ? `all-${today}` : `${argument.from ?? 'start'}-to-${argument.to ?? today}`;
  return `enquiries-${range}.${argument.format}`;
}

export function createEnquiryHandlers(journal: EnquiryJournal, options: EnquiryHandlerOptions = {}): EnquiryHandlers {
  const now = options.now ?? (() => new Date());
  const newId = (options.newId ?? randomUUID) as () => EnquiryId;
  const deskCode = options.deskCode ?? TEST_DESK_CODE;
  const people = new PersonIndex(journal);
  const heldAbout = (key: PersonKey): Enquiry[] => people.find(key).sort(inExportOrder);
  // References handed out but maybe not yet in the journal (two saves at once), so none repeats.
  const issued = new Set<string>();
  const newReference = (): string => {
    const reference = nextReference(deskCode, todayIso(now()), [...journal.list().map((enquiry) => enquiry.reference), ...issued]);
    issued.add(reference);
    return reference;
  };

  return {
    async 'enquiry:status'() {
      const status = journal.status;
      return success({
        writable: status.writable,
        ...(status.reason === undefined ? {} : { reason: status.reason }),
        count: status.count,
        damagedLines: status.damagedLines,
      });
    },

    async 'enquiry:list'(filter) {
      return success(filterEnquiries(journal.list(), filter ?? {}));
    },

    async 'enquiry:get'({ id }) {
      const enquiry = journal.get(id);
      return enquiry === undefined ? failure('enquiry/not-found', `No enquiry with id ${id} in the log`) : success(enquiry);
    },

    async 'enquiry:save'(argument) {
      const current = argument.id === undefined ? undefined : journal.get(argument.id);
      const at = now().toISOString() as Timestamp;
      const revised = reviseEnquiry(current, argument, at, { newId, newReference });
      if (!revised.ok) return failure(revised.code, revised.message);
      try {
        // DPDP Act 2023 s. 6(4) and 8(7): consent withdrawn means the details are erased from every
        // file the log keeps, not only left out of the new revision (older ones would still hold them).
        if (current && current.consent === 'given' && holdsPersonalData(current) && revised.enquiry.consent !== 'given') {
          const [erased] = await journal.erase([current.id], at, 'withdrawal', new Map([[current.id, revised.enquiry]]));
          return success(erased ?? revised.enquiry);
        }
        await journal.append([revised.enquiry]);
      } catch (error) {
        return failed(error);
      }
      return success(revised.enquiry);
    },

    async 'enquiry:export'(argument) {
      const today = todayIso(now());
      const chosen = filterEnquiries(journal.list(), { from: argument.from, to: argument.to }).sort(inExportOrder);
      // Without the catalogue (it failed to load) the export still goes out, with entry ids.
      const titles = argument.format === 'csv' && options.entryTitles ? await options.entryTitles().catch(() => undefined) : undefined;
      const exported: ExportedEnquiries =
        argument.format === 'csv'
          ? { fileName: exportFileName(argument, today), mediaType: 'text/csv;charset=utf-8', text: enquiriesToCsv(chosen, argument.language, titles), count: chosen.length }
          : { fileName: exportFileName(argument, today), mediaType: 'application/json', text: handoverToText(createHandover(chosen, now().toISOString() as Timestamp)), count: chosen.length };
      return success(exported);
    },

    async 'enquiry:privacy'() {
      return success({ retentionDays: options.retentionDays ?? DEFAULT_RETENTION_DAYS });
    },

    // DPDP Act 2023 s. 11: everything held about one person, found by phone or e-mail (also how
    // the enquiry dialog recognises a returning visitor).
    async 'enquiry:findPerson'(key) {
      return success(heldAbout(key));
    },

    async 'enquiry:exportPerson'(key) {
      const held = heldAbout(key);
      const at = now().toISOString();
      const text = `${JSON.stringify({ format: 'dttc-personal-data', version: 1, exportedAt: at, purpose: PERSONAL_DATA_PURPOSE, retentionDays: options.retentionDays ?? DEFAULT_RETENTION_DAYS, sharedWith: [], enquiries: held }, null, 2)}\n`;
      return success({ fileName: `personal-data-${todayIso(now())}.json`, mediaType: 'application/json', text, count: held.length });
    },

    // DPDP Act 2023 s. 12: erased from the journal and from every copy the log keeps.
    async 'enquiry:erasePerson'(key) {
      const held = heldAbout(key);
      try {
        const erased = await journal.erase(held.map((enquiry) => enquiry.id), now().toISOString() as Timestamp, 'request');
        // Asked again after "disk full": an erasure recorded but not yet compacted is finished now.
        if (held.length === 0 && journal.holdsErasedLeftovers) await journal.compact();
        return success({ erased: erased.length });
      } catch (error) {
        return failed(error);
      }
    },

    async 'enquiry:import'({ text }) {
      const parsed = parseHandover(text);
      if (!parsed.ok) return failure('enquiry/invalid', parsed.message);
      const summary: ImportSummary = { added: 0, updated: 0, unchanged: 0 };
      const winners = new Map<string, Enquiry>();
      for (const incoming of parsed.handover.enquiries) {
        const best = winners.get(incoming.id) ?? journal.get(incoming.id);
        if (best === undefined || compareEnquiryVersions(incoming, best) > 0) winners.set(incoming.id, incoming);
      }
      for (const winner of winners.values()) {
        if (journal.get(winner.id) === undefined) summary.added += 1;
        else summary.updated += 1;
      }
      summary.unchanged = new Set(parsed.handover.enquiries.map((enquiry) => enquiry.id)).size - winners.size;
      try {
        await journal.append([...winners.values()]);
      } catch (error) {
        return failed(error);
      }
      return success(summary);
    },
  };
}

/** Checks a raw argument against the channel's schema, then runs its handler. */
export async function handleEnquiryChannel(handlers: EnquiryHandlers, channel: EnquiryChannel, argument: unknown): Promise<Result<unknown>> {
  const parsed = enquiryChannelSchemas[channel].safeParse(argument);
  if (!parsed.success) return failure('enquiry/invalid', describeIssues(parsed.error));
  const handler = handlers[channel] as (value: unknown) => Promise<Result<unknown>>;
  return handler(parsed.data);
}
