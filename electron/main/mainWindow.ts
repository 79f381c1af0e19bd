// Opens the main window where the user left it, loads the app from app://desk/, and remembers its
// size, position and maximised state as it changes.
import { BrowserWindow, screen } from 'electron';
import type { SettingsStore } from '../store/settingsStore';
import { APP_ENTRY_URL } from './appOrigin';
import { boundsToRestore, windowStateFrom } from './windowPlacement';
import { kioskWindowOptions } from '../kiosk/kioskWindowOptions';
import { lockKioskWindow } from './kioskWindow';
import { insecureWebPreferences, mainWindowOptions } from './windows';

const SAVE_DELAY_MILLISECONDS = 500;

export async function openMainWindow(options: { preloadPath: string; settings: SettingsStore; kiosk: boolean; log: (message: string) => void }): Promise<BrowserWindow> {
  const saved = options.settings.windowState();
  const bounds = boundsToRestore(
    saved,
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const deskOptions = mainWindowOptions({ preloadPath: options.preloadPath, bounds, title: 'DTTC Knowledge Desk', kiosk: options.kiosk });
  const windowOptions = options.kiosk ? kioskWindowOptions(deskOptions) : deskOptions;
  const problems = insecureWebPreferences(windowOptions.webPreferences ?? {});
  if (problems.length > 0) throw new Error(`refusing to open an insecure window: ${problems.join('; ')}`);
  const window = new BrowserWindow(windowOptions);
  if (options.kiosk) lockKioskWindow(window, options.log);
  if (saved?.maximized && !options.kiosk) window.maximize();
  window.once('ready-to-show', () => window.show());

  let timer: NodeJS.Timeout | undefined;
  const save = () => {
    if (window.isDestroyed() || window.isMinimized() || window.isFullScreen() || options.kiosk) return;
    options.settings.saveWindowState(windowStateFrom(window.getNormalBounds(), window.isMaximized())).catch((error: unknown) => {
      options.log(`could not save the window position: ${error instanceof Error ? error.message : String(error)}`);
    });
  };
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MILLISECONDS);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) window.on(event as 'resize', saveSoon);
  window.on('close', () => {
    clearTimeout(timer);
    save();
  });

  await window.loadURL(APP_ENTRY_URL);
  return window;
}
