import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MENU_LABELS } from './menuLabels';
import { buildMenuTemplate } from './menuTemplate';

const submenuOf = (item: MenuItemConstructorOptions | undefined) => (Array.isArray(item?.submenu) ? item.submenu : []);
const roles = (item: MenuItemConstructorOptions | undefined) => submenuOf(item).map((entry) => entry.role);

describe('the application menu', () => {
  it('has the standard Edit menu, so copy and paste work with their shortcuts', () => {
    const template = buildMenuTemplate({ language: 'en', platform: 'linux', hooks: { showAbout: vi.fn() } });
    const edit = template.find((item) => item.label === '&Edit');
    expect(roles(edit)).toEqual(expect.arrayContaining(['copy', 'paste', 'cut', 'selectAll', 'undo', 'redo']));
  });

  it('shows File → Import update… disabled until the sync engine wires it, then calls it', () => {
    const idle = buildMenuTemplate({ language: 'en', platform: 'linux', hooks: { showAbout: vi.fn() } });
    expect(submenuOf(idle[0]).find((item) => item.id === 'import-update')).toMatchObject({ label: 'Import update…', enabled: false });
    const importUpdate = vi.fn();
    const wired = buildMenuTemplate({ language: 'en', platform: 'linux', hooks: { showAbout: vi.fn(), importUpdate } });
    const item = submenuOf(wired[0]).find((entry) => entry.id === 'import-update');
    expect(item?.enabled).toBe(true);
    (item?.click as () => void)();
    expect(importUpdate).toHaveBeenCalledOnce();
  });

  it('keeps Import update… off in kiosk mode', () => {
    const template = buildMenuTemplate({ language: 'en', platform: 'linux', kiosk: true, hooks: { showAbout: vi.fn(), importUpdate: vi.fn() } });
    expect(submenuOf(template[0]).find((item) => item.id === 'import-update')?.enabled).toBe(false);
  });

  it('speaks Hindi when the user chose Hindi', () => {
    const template = buildMenuTemplate({ language: 'hi', platform: 'win32', hooks: { showAbout: vi.fn() } });
    expect(template.map((item) => item.label)).toEqual([MENU_LABELS.hi.file, MENU_LABELS.hi.edit, MENU_LABELS.hi.view, MENU_LABELS.hi.window, MENU_LABELS.hi.help]);
    expect(submenuOf(template[0])[0]?.label).toBe('अपडेट आयात करें…');
  });

  it('has every label in both languages', () => {
    for (const key of Object.keys(MENU_LABELS.en) as (keyof typeof MENU_LABELS.en)[]) {
      expect(MENU_LABELS.hi[key], key).toMatch(/[\u0900-\u097F]/);
    }
  });

  it('adds the application menu on macOS', () => {
    expect(buildMenuTemplate({ language: 'en', platform: 'darwin', hooks: { showAbout: vi.fn() } })[0]?.role).toBe('appMenu');
  });
});
