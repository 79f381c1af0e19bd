// The real Electron shell, driven by Playwright's _electron: launch, search, and the security
// settings of every window. Runs wherever Electron's binary can be had; skipped (with the reason
// printed) where it cannot, as on the development machine.
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHANNELS } from '../../shared/ipc/channels';
import { buildElectron } from '../../electron/launcher/buildElectron';
import { findElectronBinary } from '../../electron/launcher/electronBinary';
import { insecureWebPreferences } from '../../electron/main/windows';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const binary = findElectronBinary(projectRoot);
const skipReason = binary.ok ? '' : `Electron shell tests skipped: Electron's binary cannot be run here (${binary.reason}).`;
if (!binary.ok) console.log(skipReason);

test.describe('the Electron shell', () => {
  test.skip(!binary.ok, skipReason);

  let application: ElectronApplication;
  let page: Page;
  let userData: string;

  test.beforeAll(async () => {
    await buildElectron();
    userData = mkdtempSync(join(tmpdir(), 'dttc-electron-'));
    application = await electron.launch({
      executablePath: binary.ok ? binary.path : undefined,
      args: [projectRoot],
      env: { ...process.env, DTTC_USER_DATA: userData },
    });
    page = await application.firstWindow();
  });

  test.afterAll(async () => {
    await application?.close();
    if (userData) rmSync(userData, { recursive: true, force: true });
  });

  test('launches from app://desk/ and shows the search box', async () => {
    expect(page.url()).toMatch(/^app:\/\/desk\//);
    await expect(page.getByRole('searchbox')).toBeVisible();
    await page.getByRole('searchbox').fill('dro');
    await expect(page.getByRole('listitem').first()).toBeVisible();
  });

  test('opens every window with secure web preferences', async () => {
    // getLastWebPreferences is undocumented (so untyped); where a future Electron drops it, the
    // page-side checks in the next test still stand.
    const preferences = await application.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows().map((window) => (window.webContents as unknown as { getLastWebPreferences?: () => object }).getLastWebPreferences?.() ?? null),
    );
    expect(preferences.length).toBeGreaterThan(0);
    for (const each of preferences) {
      if (each === null) test.info().annotations.push({ type: 'note', description: 'webContents.getLastWebPreferences() is gone from this Electron' });
      else expect(insecureWebPreferences(each)).toEqual([]);
    }
  });

  test('gives the page window.dttc with one function per channel and no Node', async () => {
    const seen = await page.evaluate(() => ({
      keys: Object.keys((window as unknown as { dttc: object }).dttc).sort(),
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
    }));
    expect(seen).toEqual({ keys: [...CHANNELS].sort(), require: 'undefined', process: 'undefined' });
  });

  test('refuses navigation away from the app', async () => {
    await page.evaluate(() => {
      window.location.href = 'https://example.org/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toMatch(/^app:\/\/desk\//);
  });
});
