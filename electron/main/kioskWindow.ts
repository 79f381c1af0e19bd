// The kiosk half of the Electron shell, over the plain decisions in ../kiosk/: refuse debugging
// switches at start, lock the window (no menu, no dev tools, no shortcuts that reload, print,
// save or leave full screen, no closing), and leave kiosk mode only after kiosk:exit accepted the
// staff PIN — by starting the app again without --kiosk.
import { app, type BrowserWindow } from 'electron';
import { findForbiddenSwitches, forbiddenSwitchesMessage } from '../kiosk/forbiddenSwitches';
import { isBlockedKioskShortcut } from '../kiosk/kioskPolicy';

/** The message to exit with instead of starting a kiosk, or undefined when it may start. */
export function kioskStartRefusal(): string | undefined {
  const found = findForbiddenSwitches(process.argv, process.env);
  return found.length > 0 ? forbiddenSwitchesMessage(found) : undefined;
}

let leaving = false;

export function lockKioskWindow(window: BrowserWindow, log: (message: string) => void): void {
  window.setMenu(null);
  const contents = window.webContents;
  contents.on('before-input-event', (event, input) => {
    if (isBlockedKioskShortcut(input)) event.preventDefault();
  });
  contents.on('devtools-opened', () => {
    log('kiosk: dev tools were opened; closing them');
    contents.closeDevTools();
  });
  window.on('leave-full-screen', () => window.setKiosk(true));
  window.on('close', (event) => {
    if (!leaving) event.preventDefault();
  });
}

/** After an accepted PIN: let the answer reach the page, then restart as the help-desk app. */
export function leaveKioskModeSoon(): void {
  leaving = true;
  setTimeout(() => {
    app.relaunch({ args: process.argv.slice(1).filter((argument) => argument !== '--kiosk') });
    app.exit(0);
  }, 1500);
}
