// The one place where the handlers are wired to their stores, for both the Electron shell and the
// browser host. The catalogue is the signed, installed feed (the bundled one installed at first start
// through the same checks as every update); a spreadsheet folder is only a test/dev override.
import { todayIso } from '../../shared/catalogue/catalogue';
import type { CatalogueDataSources } from '../catalogueData/answerCatalogueData';
import { createSearchIndexCache } from '../catalogueData/searchIndexCache';
import { join } from 'node:path';
import type { CatalogueInfo, CatalogueSnapshot, HostMode } from '../../shared/ipc/contract';
import { offeredCounts } from '../../shared/catalogue/offeredCounts';
import { catalogueHindiWords } from '../../shared/kiosk/phoneticHindi';
import { isAllowedExternalUrl } from '../../shared/ipc/externalLinks';
import { DEFAULT_IDLE_SETTINGS, type IdleSettings } from '../../shared/kiosk/idleTimer';
import type { KioskExitAnswer } from '../../shared/kiosk/kioskExit';
import { openEnquiryLog, type EnquiryLog } from '../enquiry/openEnquiryLog';
import type { EntryTitles } from '../../shared/enquiry/csvRows';
import { openSettingsStore, type SettingsStore } from '../store/settingsStore';
import { makeFolderPrivate } from '../store/privateFolder';
import { closedEntries } from '../../shared/catalogue/closedEntries';
import { entriesById } from '../../shared/catalogue/entriesById';
import { HandlerError, type ApiHandlers } from './apiHandlers';
import type { CatalogueProvider } from './catalogueProvider';
import { createSpreadsheetCatalogueProvider } from './spreadsheetCatalogueProvider';
import { createEnquiryApiHandlers, type ChooseExportPath } from './enquiryApiHandlers';
import { loadTrustAnchor } from '../feed/loadTrustAnchor';
import { openDeskSync, type DeskSync } from '../deskSync/deskSync';
import { createInstalledCatalogueProvider } from '../sync/installedCatalogueProvider';
import type { HttpTransportOptions } from '../sync/httpTransport';
import type { SyncMode } from '../sync/syncScheduler';
import { createSyncApiHandlers } from './syncApiHandlers';
import { openSearchMissLog, type SearchMissLog } from '../reports/searchMissLog';
import { createReportApiHandlers } from '../reports/reportApiHandlers';

export interface AppHandlerOptions {
  shell: 'electron' | 'browser';
  mode: HostMode;
  appVersion: string;
  /** The user-data folder: settings (and later the installed catalogue) live here. */
  dataFolder: string;
  /** Test/dev override: a spreadsheet folder read as the catalogue instead of the installed feed (no sync then). */
  catalogueFolder?: string;
  /** Holds keys/trust.json (the pinned root key) and feed/ (the bundled signed feed). */
  resourcesFolder: string;
  /** Start-up overrides of the staff update settings (not saved). */
  feedUrl?: string;
  syncMode?: SyncMode;
  /** In Electron: `{ fetch: net.fetch }`, so the system proxy applies. */
  syncTransport?: HttpTransportOptions;
  /** Opens an allowed link outside the app; absent where the shell cannot (the browser host). */
  openExternal?: (url: string) => Promise<void>;
  /** Kiosk mode: idle and countdown times reported by host:info (DEFAULT_IDLE_SETTINGS when absent). */
  kioskIdle?: IdleSettings;
  /** Checks the staff PIN to leave kiosk mode; absent where kiosk mode cannot be left (the browser host). */
  kioskExit?: (pin: string) => Promise<KioskExitAnswer>;
  /** Desk mode in Electron: the save dialog for enquiry exports (the browser host downloads instead). */
  chooseExportPath?: ChooseExportPath;
}

export interface AppServices {
  handlers: ApiHandlers;
  settings: SettingsStore;
  catalogue: CatalogueProvider;
  /** Desk mode only: kiosk mode never opens the enquiry log (nor takes its lock). */
  enquiryLog?: EnquiryLog;
  /** Desk mode only: the zero-result search log (a kiosk records nothing). */
  searchMisses?: SearchMissLog;
  /** The signed-feed sync; absent with a spreadsheet override, or when no root key could be loaded. */
  sync?: DeskSync;
  /** What the operator should be told about the catalogue at start (in English, for the log). */
  catalogueNotices: string[];
  /** The catalogue and its search index for the page's worker, at shared/ipc/catalogueDataPaths.ts. */
  catalogueData: CatalogueDataSources;
}

export async function createAppServices(options: AppHandlerOptions): Promise<AppServices> {
  // Before anything is read or written: the folder holds visitors' personal data.
  const tightened = await makeFolderPrivate(options.dataFolder);
  const settings = await openSettingsStore(options.dataFolder);
  const { catalogue, sync, notices } = await openCatalogue(options);
  const searchMisses = options.mode === 'desk' ? await openSearchMissLog(options.dataFolder) : undefined;
  // A visitor's name typed into the search box by mistake is erased with their enquiries (DPDP Act 2023 s. 12).
  const enquiryLog = options.mode === 'desk' ? await openEnquiryLog(options.dataFolder, { entryTitles: () => catalogueTitles(catalogue), otherCopies: searchMisses ? [searchMisses] : [] }) : undefined;
  const searchIndex = createSearchIndexCache({ folder: join(options.dataFolder, 'search-index'), today: todayIso, log: (message) => console.error(`search index: ${message}`) });
  return {
    settings,
    catalogue,
    enquiryLog,
    searchMisses,
    sync,
    catalogueNotices: tightened > 0 ? [...notices, `${tightened} files and folders in ${options.dataFolder} could be read by other users of this computer; they are now readable by their owner only.`] : notices,
    catalogueData: { catalogue, searchIndex },
    handlers: createApiHandlers({ ...options, settings, catalogue, enquiryLog, searchMisses, sync }),
  };
}

async function openCatalogue(options: AppHandlerOptions): Promise<{ catalogue: CatalogueProvider; sync?: DeskSync; notices: string[] }> {
  if (options.catalogueFolder) return { catalogue: createSpreadsheetCatalogueProvider(options.catalogueFolder), notices: [] };
  const trust = await loadTrustAnchor(options.resourcesFolder);
  if (!trust.ok) {
    const message = `No catalogue can be trusted: the pinned root key could not be loaded (${trust.message}).`;
    return { catalogue: { snapshot: () => Promise.reject(new HandlerError('catalogue-unavailable', message)) }, notices: [message] };
  }
  const { sync, notices } = await openDeskSync({
    dataFolder: options.dataFolder,
    bundledFeedFolder: join(options.resourcesFolder, 'feed'),
    trust: trust.anchor,
    appVersion: options.appVersion,
    acceptBundles: options.mode === 'desk',
    ...(options.feedUrl ? { feedUrl: options.feedUrl } : {}),
    ...(options.syncMode ? { mode: options.syncMode } : {}),
    ...(options.syncTransport ? { transport: options.syncTransport } : {}),
  });
  if (trust.isSample) notices.push('The catalogue is verified against the SAMPLE root key (resources/sample-keys): fine for trying the app, not for a real installation.');
  return { catalogue: createInstalledCatalogueProvider(sync.service), sync, notices };
}

/** Every entry's title by id, closed and withdrawn ones too (an old enquiry may name them). */
async function catalogueTitles(catalogue: CatalogueProvider): Promise<EntryTitles> {
  const { entries } = await catalogue.snapshot();
  return new Map(entries.map((entry) => [entry.id, entry.title]));
}

/** Counted once per catalogue object and day: 50 kiosks asking at once cost one pass over the entries. */
const countedInfo = new WeakMap<CatalogueSnapshot, CatalogueInfo>();

function infoWithOfferedCounts(snapshot: CatalogueSnapshot, today: string, withHindiWords: boolean): CatalogueInfo {
  const kept = countedInfo.get(snapshot);
  if (kept?.offered?.today === today) return kept;
  const offered = offeredCounts(snapshot.entries, today);
  const info = { ...snapshot.info, offered: withHindiWords ? { ...offered, hindiWords: catalogueHindiWords(snapshot.entries) } : offered };
  countedInfo.set(snapshot, info);
  return info;
}

export function createApiHandlers(
  options: Pick<AppHandlerOptions, 'shell' | 'mode' | 'appVersion' | 'openExternal' | 'kioskIdle' | 'kioskExit' | 'chooseExportPath'> & { settings: SettingsStore; catalogue: CatalogueProvider; enquiryLog?: EnquiryLog; searchMisses?: SearchMissLog; sync?: DeskSync },
): ApiHandlers {
  const { settings, catalogue, openExternal } = options;
  return {
    ...createEnquiryApiHandlers(options.mode === 'desk' ? options.enquiryLog?.handlers : undefined, options.mode === 'desk' ? options.chooseExportPath : undefined),
    ...createSyncApiHandlers(options.sync, options.mode),
    ...createReportApiHandlers(
      options.mode === 'desk'
        ? { journal: options.enquiryLog?.journal, searchMisses: options.searchMisses, catalogue, ...(options.chooseExportPath ? { chooseExportPath: options.chooseExportPath } : {}) }
        : { catalogue },
    ),
    'host:info': () => ({
      shell: options.shell,
      mode: options.mode,
      appVersion: options.appVersion,
      notices: [...settings.notices],
      ...(options.mode === 'kiosk' ? { kiosk: { ...(options.kioskIdle ?? DEFAULT_IDLE_SETTINGS) } } : {}),
    }),
    'catalogue:info': async () => infoWithOfferedCounts(await catalogue.snapshot(), todayIso(), options.mode === 'kiosk'),
    'catalogue:snapshot': () => catalogue.snapshot(),
    'catalogue:entry': async ({ id }) => {
      const entry = entriesById(await catalogue.snapshot()).get(id);
      if (!entry) throw new HandlerError('entry-not-found', `The catalogue in use has no entry "${id}".`);
      return entry;
    },
    'catalogue:closed': async () => closedEntries((await catalogue.snapshot()).entries, todayIso()),
    'catalogue:vocabulary': async () => {
      const glossary = (await catalogue.snapshot()).glossary;
      return { subjectAreas: glossary?.subjectAreas ?? [], labs: glossary?.labs ?? [] };
    },
    'settings:get': () => settings.get(),
    'settings:update': (patch) => settings.update(patch),
    'shell:openExternal': async ({ url }) => {
      if (!isAllowedExternalUrl(url)) throw new HandlerError('link-refused', 'Only https: and mailto: links can be opened outside the app.');
      if (!openExternal) throw new HandlerError('unsupported', 'This window cannot open other programs; open the link from the page itself.');
      await openExternal(url);
    },
    'kiosk:exit': async ({ pin }) => {
      if (options.mode !== 'kiosk' || !options.kioskExit) throw new HandlerError('unsupported', "Kiosk mode can be left only on the kiosk's own screen.");
      return options.kioskExit(pin);
    },
  };
}
