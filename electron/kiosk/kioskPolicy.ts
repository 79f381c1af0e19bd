// What a kiosk window lets through, as plain decisions the Electron shell wires to its events:
// navigation only within the app, no new windows, no permissions, no downloads, no shortcuts that
// reload, open dev tools, print to a file or leave full screen, and printing (if enabled at all)
// only silently to the one configured printer.

/** `will-navigate`, `will-redirect`, `will-frame-navigate`: stay on the app's own origin. */
export function isKioskNavigationAllowed(targetUrl: string, appUrl: string): boolean {
  try {
    const target = new URL(targetUrl);
    const app = new URL(appUrl);
    return target.protocol === app.protocol && target.host === app.host;
  } catch {
    return false;
  }
}

/** `setWindowOpenHandler`: a kiosk opens nothing, not even the app's own pages, in a new window. */
export function kioskWindowOpenAnswer(): { action: 'deny' } {
  return { action: 'deny' };
}

/** `setPermissionRequestHandler` / `setPermissionCheckHandler`: camera, files, notifications… all no. */
export function isKioskPermissionGranted(_permission: string): false {
  return false;
}

/** `session.on('will-download')`: cancel, a visitor takes a QR code away, never a file. */
export function isKioskDownloadAllowed(): false {
  return false;
}

export interface KeyInput {
  type: string;
  key: string;
  control: boolean;
  meta: boolean;
  alt: boolean;
  shift: boolean;
}

const BLOCKED_PLAIN_KEYS = new Set(['F5', 'F7', 'F11', 'F12', 'BrowserBack', 'BrowserForward', 'BrowserRefresh', 'BrowserHome', 'PrintScreen']);
/** With Ctrl (or ⌘): reload, print (its dialog can save to a file), save, open, find, new window/tab, close, quit, zoom, address bar, history, downloads, view source, dev tools. */
const BLOCKED_WITH_CONTROL = new Set(['r', 'p', 's', 'o', 'f', 'g', 'n', 't', 'w', 'q', 'l', 'h', 'j', 'u', 'i', 'e', 'd', 'm', '+', '=', '-', '_', '0', 'tab']);

/** `before-input-event`: true means preventDefault. Letters, digits and editing keys still type. */
export function isBlockedKioskShortcut(input: KeyInput): boolean {
  if (input.type !== 'keyDown' && input.type !== 'rawKeyDown') return false;
  if (BLOCKED_PLAIN_KEYS.has(input.key)) return true;
  const key = input.key.toLowerCase();
  if ((input.control || input.meta) && BLOCKED_WITH_CONTROL.has(key)) return true;
  // Alt+Left/Right navigate history; Alt+F4 and Alt+Home are the window manager's.
  if (input.alt && (key === 'arrowleft' || key === 'arrowright' || key === 'f4' || key === 'home')) return true;
  return false;
}

export type KioskPrinting = { mode: 'disabled' } | { mode: 'printer'; deviceName: string };

export type PrintDecision =
  | { allowed: false; reason: string }
  | { allowed: true; options: { silent: true; deviceName: string; printBackground: true } };

/** Printers whose output is a file, not paper: a visitor could carry away a PDF of anything. */
const FILE_PRINTER_PATTERN = /pdf|xps|print to file|save as|onenote|fax|document writer/i;

/**
 * Printing in a kiosk goes only to the printer named at install time, silently (no dialog, so no
 * "Save as PDF"), and only if that printer exists now and does not write files.
 */
export function decideKioskPrint(printing: KioskPrinting, availablePrinters: readonly string[]): PrintDecision {
  if (printing.mode === 'disabled') return { allowed: false, reason: 'Printing is turned off on this kiosk.' };
  if (FILE_PRINTER_PATTERN.test(printing.deviceName)) return { allowed: false, reason: `"${printing.deviceName}" writes files, not paper; a kiosk prints only to paper.` };
  if (!availablePrinters.includes(printing.deviceName)) return { allowed: false, reason: `The kiosk printer "${printing.deviceName}" is not connected.` };
  return { allowed: true, options: { silent: true, deviceName: printing.deviceName, printBackground: true } };
}
