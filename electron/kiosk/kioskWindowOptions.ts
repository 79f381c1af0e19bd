// The kiosk window's options as a plain object (no electron import, so Node tests read them): a
// full-screen kiosk window with no menu and no dev tools, over the same locked-down web preferences
// as every window of the app. Whatever the base options say, the security flags are forced here.
export const KIOSK_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  devTools: false,
  spellcheck: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  /** No alert/confirm/prompt: a stray dialog would sit over the kiosk with nobody to close it. */
  disableDialogs: true,
} as const;

export const KIOSK_WINDOW_FLAGS = {
  kiosk: true,
  fullscreen: true,
  frame: false,
  autoHideMenuBar: true,
  resizable: false,
  movable: false,
  minimizable: false,
  maximizable: false,
  fullscreenable: true,
  show: false,
} as const;

type WebPreferencesOf<T> = T extends { webPreferences?: infer W } ? NonNullable<W> : object;

export type KioskWindowOptions<T> = Omit<T, keyof typeof KIOSK_WINDOW_FLAGS | 'webPreferences'> &
  typeof KIOSK_WINDOW_FLAGS & { webPreferences: Omit<WebPreferencesOf<T>, keyof typeof KIOSK_WEB_PREFERENCES> & typeof KIOSK_WEB_PREFERENCES };

/** The shell's own window options (bounds, title, preload…) with the kiosk flags laid over them. */
export function kioskWindowOptions<T extends object>(base: T): KioskWindowOptions<T> {
  const { webPreferences } = base as { webPreferences?: object };
  return {
    ...base,
    ...KIOSK_WINDOW_FLAGS,
    webPreferences: { ...webPreferences, ...KIOSK_WEB_PREFERENCES },
  } as KioskWindowOptions<T>;
}
