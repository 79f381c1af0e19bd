// Builds and sets the application menu from ./menuTemplate.ts, again whenever the language changes.
import { dialog, Menu, type BrowserWindow } from 'electron';
import type { Language } from '../../shared/ipc/contract';
import { buildMenuTemplate, type MenuHooks } from './menuTemplate';

export function setApplicationMenu(options: { language: Language; kiosk: boolean; appVersion: string; window: () => BrowserWindow | undefined; importUpdate?: MenuHooks['importUpdate'] }): void {
  const hooks: MenuHooks = {
    importUpdate: options.importUpdate,
    showAbout: () => {
      const about = { type: 'info' as const, title: 'DTTC Knowledge Desk', message: `DTTC Knowledge Desk ${options.appVersion}`, detail: 'Defence Technology and Test Centre, Lucknow — DRDO' };
      const window = options.window();
      void (window ? dialog.showMessageBox(window, about) : dialog.showMessageBox(about));
    },
  };
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ language: options.language, platform: process.platform, hooks, kiosk: options.kiosk })));
}
