// The shell's lifecycle with Electron replaced by fakes: what the real app does at start-up, checked
// in Node (the _electron tests in tests/electron cover the real binary where it exists).
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../shared/ipc/channels';
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy';
import { insecureWebPreferences } from './windows';

type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const state = {
    lock: true,
    appPath: '',
    userData: '',
    quit: 0,
    ready: undefined as undefined | (() => void),
    schemes: [] as unknown[],
    windows: [] as { options: Record<string, unknown>; loaded?: string }[],
    ipc: new Map<string, (...args: unknown[]) => unknown>(),
    protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
    permissionRequest: undefined as undefined | ((...args: unknown[]) => void),
    menus: 0,
  };
  return state;
});

vi.mock('electron', () => {
  class BrowserWindow {
    static getAllWindows = () => fake.windows;
    private record: { options: Record<string, unknown>; loaded?: string };
    webContents = { getURL: () => this.record.loaded ?? '' };
    constructor(options: Record<string, unknown>) {
      this.record = { options };
      fake.windows.push(this.record);
    }
    maximize() {}
    once(_event: string, _listener: Listener) {}
    on(_event: string, _listener: Listener) {
      return this;
    }
    show() {}
    async loadURL(url: string) {
      this.record.loaded = url;
    }
  }
  const session = {
    defaultSession: {
      protocol: { handle: (scheme: string, handler: (request: Request) => Promise<Response>) => fake.protocolHandlers.set(scheme, handler) },
      setPermissionRequestHandler: (handler: (...args: unknown[]) => void) => (fake.permissionRequest = handler),
      setPermissionCheckHandler: () => undefined,
      on: () => undefined,
      webRequest: { onHeadersReceived: () => undefined },
    },
  };
  return {
    app: {
      requestSingleInstanceLock: () => fake.lock,
      quit: () => (fake.quit += 1),
      exit: (code: number) => {
        throw new Error(`app.exit(${code})`);
      },
      on: () => undefined,
      whenReady: () => new Promise<void>((resolve) => (fake.ready = resolve)),
      getVersion: () => '0.1.0',
      getAppPath: () => fake.appPath,
      getPath: () => fake.userData,
      setPath: () => undefined,
      isPackaged: false,
    },
    BrowserWindow,
    session,
    shell: { openExternal: vi.fn(async () => undefined) },
    protocol: { registerSchemesAsPrivileged: (schemes: unknown[]) => fake.schemes.push(...schemes) },
    ipcMain: { handle: (channel: string, handler: (...args: unknown[]) => unknown) => fake.ipc.set(channel, handler) },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: () => (fake.menus += 1) },
    dialog: { showMessageBox: vi.fn() },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
  };
});

async function start(): Promise<void> {
  vi.resetModules();
  await import('./index');
}

async function becomeReady(): Promise<void> {
  fake.ready?.();
  await vi.waitFor(() => expect(fake.windows[0]?.loaded).toBeDefined(), { timeout: 5_000 });
}

describe('the Electron shell at start-up', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'dttc-shell-'));
    await mkdir(join(folder, 'app', 'dist', 'renderer'), { recursive: true });
    await writeFile(join(folder, 'app', 'dist', 'renderer', 'index.html'), '<!doctype html><title>shell</title>');
    Object.assign(fake, { lock: true, appPath: join(folder, 'app'), userData: join(folder, 'user-data'), quit: 0, ready: undefined, schemes: [], windows: [], menus: 0 });
    fake.ipc.clear();
    fake.protocolHandlers.clear();
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('quits at once when another instance holds the lock', async () => {
    fake.lock = false;
    await start();
    expect(fake.quit).toBe(1);
    expect(fake.ready).toBeUndefined();
  });

  it('registers app:// as a standard, secure scheme before ready', async () => {
    await start();
    expect(fake.schemes).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
  });

  it('opens one secure window on app://desk/, with a menu and every channel registered', async () => {
    await start();
    await becomeReady();
    expect(fake.windows).toHaveLength(1);
    const webPreferences = fake.windows[0]?.options.webPreferences as object;
    expect(insecureWebPreferences(webPreferences)).toEqual([]);
    expect(webPreferences).toMatchObject({ preload: join(folder, 'app', 'dist-electron', 'preload', 'index.cjs') });
    expect(fake.windows[0]?.loaded).toBe('app://desk/index.html');
    expect([...fake.ipc.keys()].sort()).toEqual([...CHANNELS].sort());
    expect(fake.menus).toBeGreaterThan(0);
  });

  it('serves the renderer over app:// with the strict CSP, and nothing outside it', async () => {
    await start();
    await becomeReady();
    const handle = fake.protocolHandlers.get('app');
    if (!handle) throw new Error('no app:// handler');
    const page = await handle(new Request('app://desk/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('<title>shell</title>');
    expect((await handle(new Request('app://desk/..%2f..%2fpackage.json'))).status).toBe(400);
  });

  it('answers IPC from its own page and refuses any other sender', async () => {
    await start();
    await becomeReady();
    const settingsGet = fake.ipc.get('settings:get');
    await expect(settingsGet?.({ senderFrame: { url: 'app://desk/index.html', parent: null } }, undefined)).resolves.toEqual({ ok: true, value: { language: 'en', theme: 'system' } });
    await expect(settingsGet?.({ senderFrame: { url: 'https://evil.example/', parent: null } }, undefined)).resolves.toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });

  it('refuses permission requests other than clipboard writes', async () => {
    await start();
    await becomeReady();
    const answer = (permission: string) =>
      new Promise<boolean>((resolve) => fake.permissionRequest?.({ getURL: () => 'app://desk/index.html' }, permission, resolve, { requestingUrl: 'app://desk/index.html' }));
    await expect(answer('media')).resolves.toBe(false);
    await expect(answer('clipboard-sanitized-write')).resolves.toBe(true);
  });
});
