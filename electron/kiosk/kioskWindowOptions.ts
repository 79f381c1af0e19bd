// The kiosk window's options as a plain object (no electron import, so Node tests read them): a
// full-screen kiosk window with no menu and no dev tools, over the same locked-down web preferences
// as every window of the app. Whatever the base options say, the security flags are forced here.
export interface KioskWebPreferences {
  preload?: string;
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  webviewTag: false;
  devTools: false;
  spellcheck: false;
  navigateOnDragDrop: false;
  safeDialogs: true;
  /** No alert/confirm/prompt: a stray dialog would sit over the kiosk with nobody to close it. */
  disableDialogs: true;
  [other: string]: unknown;
}

export interface KioskWindowOptions {
  kiosk: true;
  fullscreen: true;
  frame: false;
  autoHideMenuBar: true;
  resizable: false;
  movable: false;
  minimizable: false;
  maximizable: false;
  fullscreenable: true;
  show: false;
  title: string;
  backgroundColor: string;
  webPreferences: KioskWebPreferences;
  [other: string]: unknown;
}

export interface BaseWindowOptions {
  title?: string;
  backgroundColor?: string;
  webPreferences?: Record<string, unknown>;
  [other: string]: unknown;
}

export function kioskWindowOptions(base: BaseWindowOptions = {}): KioskWindowOptions {
  return {
    ...base,
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
    title: base.title ?? 'DTTC Knowledge Desk',
    backgroundColor: base.backgroundColor ?? '#ffffff',
    webPreferences: {
      ...base.webPreferences,
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
      disableDialogs: true,
    },
  };
}
