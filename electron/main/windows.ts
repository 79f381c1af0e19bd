// The options of every window the shell opens, as plain data so they are tested in Node.
// Electron security checklist: https://www.electronjs.org/docs/latest/tutorial/security
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

export const DEFAULT_WINDOW_SIZE = { width: 1200, height: 800 } as const;
export const MINIMUM_WINDOW_SIZE = { width: 480, height: 400 } as const;

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
  };
}

export function mainWindowOptions(options: { preloadPath: string; bounds: WindowBounds; title: string; kiosk?: boolean }): BrowserWindowConstructorOptions {
  return {
    ...options.bounds,
    minWidth: MINIMUM_WINDOW_SIZE.width,
    minHeight: MINIMUM_WINDOW_SIZE.height,
    title: options.title,
    // Shown once the page has painted, so the user never sees a blank white frame.
    show: false,
    kiosk: options.kiosk ?? false,
    autoHideMenuBar: options.kiosk ?? false,
    webPreferences: secureWebPreferences(options.preloadPath),
  };
}

/**
 * What is wrong with a window's web preferences, as readable lines (empty when secure). Used by the
 * shell to refuse an insecure window, and by the tests on the real shell.
 */
export function insecureWebPreferences(preferences: WebPreferences): string[] {
  const problems: string[] = [];
  const expect = <K extends keyof WebPreferences>(key: K, wanted: WebPreferences[K], defaultValue: WebPreferences[K]) => {
    const actual = preferences[key] ?? defaultValue;
    if (actual !== wanted) problems.push(`${key} is ${String(actual)}, must be ${String(wanted)}`);
  };
  // Defaults as Electron applies them when a key is absent (contextIsolation and sandbox default on since 20).
  expect('contextIsolation', true, true);
  expect('sandbox', true, true);
  expect('nodeIntegration', false, false);
  expect('nodeIntegrationInWorker', false, false);
  expect('nodeIntegrationInSubFrames', false, false);
  expect('webSecurity', true, true);
  expect('allowRunningInsecureContent', false, false);
  expect('webviewTag', false, false);
  expect('experimentalFeatures', false, false);
  if (preferences.enableBlinkFeatures) problems.push(`enableBlinkFeatures is "${preferences.enableBlinkFeatures}", must be unset`);
  return problems;
}
