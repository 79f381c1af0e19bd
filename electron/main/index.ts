// The Electron shell: app lifecycle only. Windows, protocol, guards, IPC, menus and storage live in
// their own modules; the handlers are the same as the browser host's (../ipc/createAppHandlers.ts).
import { app, BrowserWindow, net, session, shell } from 'electron';
import { isChannelAllowedInKiosk } from '../../shared/kiosk/kioskChannels';
import { createAppServices } from '../ipc/createAppHandlers';
import type { CatalogueDataSources } from '../catalogueData/answerCatalogueData';
import { createChannelInvoker } from '../ipc/invokeChannel';
import { isAppUrl } from './appOrigin';
import { appPaths } from './appPaths';
import { registerAppScheme, serveRendererOverAppProtocol } from './appProtocol';
import { setApplicationMenu } from './applicationMenu';
import { openKioskPinStore } from '../kiosk/kioskPinStore';
import { installGuards } from './installGuards';
import { kioskStartRefusal, leaveKioskModeSoon } from './kioskWindow';
import { registerIpcHandlers } from './ipcRegistration';
import { openMainWindow } from './mainWindow';
import { chooseEnquiryExportPath } from './enquiryExportDialog';
import { importUpdateFromDialog } from './importUpdateDialog';

const log = (message: string) => console.error(`dttc: ${message}`);
const kiosk = process.argv.includes('--kiosk');
// Tests (tests/electron/shell.spec.ts) give each run its own user-data folder.
if (process.env.DTTC_USER_DATA) app.setPath('userData', process.env.DTTC_USER_DATA);

const kioskRefusal = kiosk ? kioskStartRefusal() : undefined;

// One process owns the user-data folder (and its files): a second start focuses the first window.
if (kioskRefusal !== undefined) {
  console.error(`dttc: ${kioskRefusal}`);
  app.exit(2);
} else if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  let mainWindow: BrowserWindow | undefined;

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app
    .whenReady()
    .then(async () => {
      const paths = appPaths();
      installGuards(session.defaultSession, log, { kiosk });
      // The protocol must answer before the services exist (the page may load first): they are read per request.
      const started: { catalogueData?: CatalogueDataSources } = {};
      serveRendererOverAppProtocol(session.defaultSession, paths.renderer, () => started.catalogueData);
      const services = await createAppServices({
        shell: 'electron',
        mode: kiosk ? 'kiosk' : 'desk',
        appVersion: app.getVersion(),
        dataFolder: paths.userData,
        // The installed signed feed (the bundled one at first start); the scheduler starts with it.
        resourcesFolder: paths.resources,
        syncTransport: { fetch: (url, init) => net.fetch(url, init) },
        openExternal: (url) => shell.openExternal(url),
        // Desk mode only (createAppServices ignores it in kiosk mode: no file dialogs on a kiosk).
        chooseExportPath: kiosk ? undefined : (suggestedFileName) => chooseEnquiryExportPath(mainWindow, suggestedFileName),
        kioskExit: kiosk
          ? async (pin) => {
              const answer = await openKioskPinStore(paths.userData).tryExit(pin);
              if (answer.outcome === 'accepted') leaveKioskModeSoon();
              return answer;
            }
          : undefined,
      });
      for (const notice of services.settings.notices) log(`${notice.code}: ${notice.detail}`);
      for (const notice of services.catalogueNotices) log(notice);
      started.catalogueData = services.catalogueData;
      const sync = kiosk ? undefined : services.sync;
      app.on('before-quit', () => services.sync?.stop());
      const menu = () =>
        setApplicationMenu({
          language: services.settings.get().language,
          kiosk,
          appVersion: app.getVersion(),
          window: () => mainWindow,
          importUpdate: sync ? () => void importUpdateFromDialog(sync, mainWindow, services.settings.get().language).catch((error: unknown) => log(`import update: ${String(error)}`)) : undefined,
        });
      const handlers = {
        ...services.handlers,
        'settings:update': async (patch: Parameters<typeof services.handlers['settings:update']>[0]) => {
          const updated = await services.handlers['settings:update'](patch);
          menu();
          return updated;
        },
      };
      registerIpcHandlers(
        createChannelInvoker({
          handlers,
          isTrustedSender: isAppUrl,
          isChannelAllowed: kiosk ? (channel) => isChannelAllowedInKiosk(channel, 'kiosk-window') : undefined,
          log,
        }),
      );
      menu();
      const open = async () => {
        mainWindow = await openMainWindow({ preloadPath: paths.preload, settings: services.settings, kiosk, log });
        mainWindow.on('closed', () => {
          mainWindow = undefined;
        });
      };
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) void open();
      });
      await open();
    })
    .catch((error: unknown) => {
      log(`could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      app.exit(1);
    });
}
