// The one place where the handlers are wired to their stores, for both the Electron shell and the
// browser host. To serve the signed, installed feed instead of a spreadsheet folder, change the
// catalogue provider here (and only here).
import type { HostMode } from '../../shared/ipc/contract';
import { isAllowedExternalUrl } from '../../shared/ipc/externalLinks';
import { DEFAULT_IDLE_SETTINGS, type IdleSettings } from '../../shared/kiosk/idleTimer';
import type { KioskExitAnswer } from '../../shared/kiosk/kioskExit';
import { openEnquiryLog, type EnquiryLog } from '../enquiry/openEnquiryLog';
import { openSettingsStore, type SettingsStore } from '../store/settingsStore';
import { HandlerError, type ApiHandlers } from './apiHandlers';
import type { CatalogueProvider } from './catalogueProvider';
import { createSpreadsheetCatalogueProvider } from './spreadsheetCatalogueProvider';
import { createEnquiryApiHandlers, type ChooseExportPath } from './enquiryApiHandlers';

export interface AppHandlerOptions {
  shell: 'electron' | 'browser';
  mode: HostMode;
  appVersion: string;
  /** The user-data folder: settings (and later the installed catalogue) live here. */
  dataFolder: string;
  /** Spreadsheet folder read as the catalogue (the bundled sample, or a test fixture). */
  catalogueFolder: string;
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
}

export async function createAppServices(options: AppHandlerOptions): Promise<AppServices> {
  const settings = await openSettingsStore(options.dataFolder);
  const catalogue = createSpreadsheetCatalogueProvider(options.catalogueFolder);
  const enquiryLog = options.mode === 'desk' ? await openEnquiryLog(options.dataFolder) : undefined;
  return { settings, catalogue, enquiryLog, handlers: createApiHandlers({ ...options, settings, catalogue, enquiryLog }) };
}

export function createApiHandlers(
  options: Pick<AppHandlerOptions, 'shell' | 'mode' | 'appVersion' | 'openExternal' | 'kioskIdle' | 'kioskExit' | 'chooseExportPath'> & { settings: SettingsStore; catalogue: CatalogueProvider; enquiryLog?: EnquiryLog },
): ApiHandlers {
  const { settings, catalogue, openExternal } = options;
  return {
    ...createEnquiryApiHandlers(options.mode === 'desk' ? options.enquiryLog?.handlers : undefined, options.mode === 'desk' ? options.chooseExportPath : undefined),
    'host:info': () => ({
      shell: options.shell,
      mode: options.mode,
      appVersion: options.appVersion,
      notices: [...settings.notices],
      ...(options.mode === 'kiosk' ? { kiosk: { ...(options.kioskIdle ?? DEFAULT_IDLE_SETTINGS) } } : {}),
    }),
    'catalogue:snapshot': () => catalogue.snapshot(),
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
