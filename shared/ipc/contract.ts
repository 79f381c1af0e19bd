// The one contract between the renderer and whatever hosts it (the Electron main process, or the
// browser host over HTTP). Types only here; runtime argument schemas live in ./schemas.ts, keyed
// by the same channel names, so a channel without a validator fails to compile.
import type { Glossary } from '../catalogue/glossary';
import type { ClosedEntry } from '../catalogue/closedEntries';
import type { CatalogueEntry, EntryId } from '../catalogue/entry';
import type { EnquiryApiContract } from '../enquiry/channels';
import type { EnquiryFileExportContract } from '../enquiry/fileExportChannel';
import type { KioskExitAnswer, KioskExitArgument } from '../kiosk/kioskExit';
import type { SyncApiContract } from '../sync/channels';
import type { OfferedCounts } from '../catalogue/offeredCounts';
import type { ReportApiContract } from '../reports/channels';

export type Language = 'en' | 'hi';
export type Theme = 'system' | 'light' | 'dark';

export interface CatalogueInfo {
  feedId: string;
  version: number;
  /** ISO timestamp the catalogue version was issued. */
  issuedAt: string;
  /** Set when an expired bundle was applied by staff: the catalogue is only "as of" this date. */
  asOf?: string;
  entryCount: number;
  /** Only in catalogue:info's answer: what is offered today, per kind and subject area (the kiosk's home screen). */
  offered?: OfferedCounts;
}

export interface CatalogueSnapshot {
  info: CatalogueInfo;
  entries: CatalogueEntry[];
  /** Synonyms, kind words and the Hindi names of subject areas and labs; absent in feeds published before it was data. */
  glossary?: Glossary;
}

/** The Hindi (and full English) names of the subject areas and labs entries name. */
export type CatalogueVocabulary = Pick<Glossary, 'subjectAreas' | 'labs'>;

export interface Settings {
  language: Language;
  theme: Theme;
}

export type HostMode = 'desk' | 'kiosk';

export interface HostInfo {
  mode: HostMode;
  /** 'electron' in the desktop app, 'browser' when served by the browser host. */
  shell: 'electron' | 'browser';
  appVersion: string;
  /** What the user should be told since start-up (e.g. a damaged settings file was set aside). */
  notices: StartupNotice[];
  /** Kiosk mode only: how long a visitor may be idle before the countdown, and how long it runs. */
  kiosk?: { idleSeconds: number; countdownSeconds: number };
}

/**
 * A start-up event the UI shows in the user's language (by `code`); `detail` is the English
 * technical detail (file names) for the help desk to pass on.
 */
export interface StartupNotice {
  code: 'settings-recovered' | 'settings-reset';
  detail: string;
}

/** Every channel: name `feature:verb` → (argument) => result value. The enquiry log's are desk-only. */
export interface ApiContract extends EnquiryApiContract, EnquiryFileExportContract, SyncApiContract, ReportApiContract {
  'host:info': (argument: void) => HostInfo;
  /** The catalogue's version and size without its entries: what the page shows at start-up. */
  'catalogue:info': (argument: void) => CatalogueInfo;
  'catalogue:snapshot': (argument: void) => CatalogueSnapshot;
  /** One entry in full, for its detail view: the search worker holds only previews. */
  'catalogue:entry': (argument: { id: EntryId }) => CatalogueEntry;
  /** The entries held but no longer offered (withdrawn, expired) by title: the desk names one asked for. */
  'catalogue:closed': (argument: void) => ClosedEntry[];
  /** Subject areas and labs by name in both languages, for rows, filters, detail, brief and kiosk tiles. */
  'catalogue:vocabulary': (argument: void) => CatalogueVocabulary;
  'settings:get': (argument: void) => Settings;
  'settings:update': (argument: Partial<Settings>) => Settings;
  'shell:openExternal': (argument: { url: string }) => void;
  /** Staff leave kiosk mode with the PIN set at install time. */
  'kiosk:exit': (argument: KioskExitArgument) => KioskExitAnswer;
}

export type Channel = keyof ApiContract;
export type ChannelArgument<C extends Channel> = Parameters<ApiContract[C]>[0];
export type ChannelValue<C extends Channel> = ReturnType<ApiContract[C]>;
