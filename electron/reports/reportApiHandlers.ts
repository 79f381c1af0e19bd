// The report channels as ApiHandlers. The desk answers them: the report from the enquiry journal
// and the catalogue in this process (the page receives only counts), search misses into the log
// in the user-data folder. Kiosk mode opens neither, so both refuse there (as the kiosk allow-list
// already does before any handler runs).
import { todayIso } from '../../shared/catalogue/catalogue';
import type { CatalogueSnapshot } from '../../shared/ipc/contract';
import { buildEnquiryReport, reportEntryFacts, type ReportEntryFacts } from '../../shared/reports/enquiryReport';
import type { ReportApiContract } from '../../shared/reports/channels';
import type { EnquiryJournal } from '../enquiry/enquiryJournal';
import { HandlerError, type ApiHandlers } from '../ipc/apiHandlers';
import type { CatalogueProvider } from '../ipc/catalogueProvider';
import type { SearchMissLog } from './searchMissLog';
import type { ChooseExportPath } from '../ipc/enquiryApiHandlers';
import { writeFileDurably } from '../store/durableFile';
import { toEnquiryStoreError } from '../enquiry/enquiryStoreError';

export type ReportApiHandlers = Pick<ApiHandlers, keyof ReportApiContract>;

export interface ReportSources {
  /** Desk mode only. */
  journal?: EnquiryJournal;
  /** Desk mode only. */
  searchMisses?: SearchMissLog;
  catalogue: CatalogueProvider;
  /** The desktop shell's save dialog (desk mode); absent in the browser host, whose page downloads the CSV instead. */
  chooseExportPath?: ChooseExportPath;
  now?: () => Date;
}

/** The catalogue's facts, made once per catalogue object (a new version is a new object). */
const factsOfSnapshot = new WeakMap<CatalogueSnapshot, Map<string, ReportEntryFacts>>();

function entryFacts(snapshot: CatalogueSnapshot): Map<string, ReportEntryFacts> {
  let facts = factsOfSnapshot.get(snapshot);
  if (!facts) {
    facts = reportEntryFacts(snapshot.entries);
    factsOfSnapshot.set(snapshot, facts);
  }
  return facts;
}

export function createReportApiHandlers(sources: ReportSources): ReportApiHandlers {
  const now = sources.now ?? (() => new Date());
  return {
    'reports:build': async (request) => {
      if (!sources.journal) throw new HandlerError('unsupported', 'Reports are not available here.');
      const report = buildEnquiryReport(sources.journal.list(), entryFacts(await sources.catalogue.snapshot()), request);
      return { ...report, searchMisses: sources.searchMisses?.between(request.from, request.to) ?? [] };
    },
    'searchMiss:record': async ({ query }) => {
      if (!sources.searchMisses) throw new HandlerError('unsupported', 'Searches are not recorded here.');
      // The day only, in this machine's calendar: no time of day is kept.
      return sources.searchMisses.record(query, todayIso(now()));
    },
    'reports:saveCsv': async ({ fileName, text }) => {
      if (!sources.chooseExportPath) throw new HandlerError('unsupported', 'This window cannot show a save dialog; the page downloads the report instead.');
      const path = await sources.chooseExportPath(fileName);
      if (path === undefined) return { saved: false };
      try {
        await writeFileDurably(path, Buffer.from(text, 'utf8'));
      } catch (error) {
        const failure = toEnquiryStoreError(error, `writing ${path}`);
        throw new HandlerError(failure.code, failure.message);
      }
      return { saved: true, fileName: path };
    },
  };
}
