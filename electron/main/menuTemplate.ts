// The application menu as plain data (tested in Node): File with "Import update…", the standard Edit
// menu (so copy and paste work, and their shortcuts), View with zoom, Window and Help.
import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '../../shared/ipc/contract';
import { MENU_LABELS } from './menuLabels';

export interface MenuHooks {
  /**
   * File → Import update…: applies an update bundle from a USB stick or folder. Wired by the sync
   * engine (electron/sync); while absent, the item is shown disabled.
   */
  importUpdate?: () => void;
  showAbout: () => void;
}

export function buildMenuTemplate(options: { language: Language; platform: NodeJS.Platform; hooks: MenuHooks; kiosk?: boolean }): MenuItemConstructorOptions[] {
  const labels = MENU_LABELS[options.language];
  const { importUpdate, showAbout } = options.hooks;
  const isMac = options.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) template.push({ role: 'appMenu' });
  template.push({
    label: labels.file,
    submenu: [
      { id: 'import-update', label: labels.importUpdate, accelerator: 'CmdOrCtrl+I', enabled: importUpdate !== undefined && !options.kiosk, click: () => importUpdate?.() },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  });
  template.push({
    label: labels.edit,
    submenu: [{ role: 'undo' }, { role: 'redo' }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }],
  });
  template.push({
    label: labels.view,
    submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
  });
  template.push({ label: labels.window, role: 'windowMenu' });
  template.push({ label: labels.help, role: 'help', submenu: [{ id: 'about', label: labels.about, click: () => showAbout() }] });
  return template;
}
