import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupPathOf } from './durableFile';
import { DEFAULT_SETTINGS, openSettingsStore, SETTINGS_FILE_NAME } from './settingsStore';

describe('the settings store', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'dttc-settings-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('starts from the defaults with nothing to report when there is no file yet', async () => {
    const store = await openSettingsStore(join(folder, 'new-folder'));
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    expect(store.windowState()).toBeUndefined();
    expect(store.notices).toEqual([]);
  });

  it('keeps settings and window state across a restart', async () => {
    const first = await openSettingsStore(folder);
    await expect(first.update({ language: 'hi' })).resolves.toEqual({ language: 'hi', theme: 'system' });
    await first.update({ theme: 'dark' });
    await first.saveWindowState({ x: 10, y: 20, width: 1280, height: 800, maximized: false });
    const second = await openSettingsStore(folder);
    expect(second.get()).toEqual({ language: 'hi', theme: 'dark' });
    expect(second.windowState()).toEqual({ x: 10, y: 20, width: 1280, height: 800, maximized: false });
    expect(second.notices).toEqual([]);
  });

  it('keeps the order of quick successive writes', async () => {
    const store = await openSettingsStore(folder);
    await Promise.all([store.update({ language: 'hi' }), store.update({ theme: 'light' }), store.update({ language: 'en' })]);
    const reopened = await openSettingsStore(folder);
    expect(reopened.get()).toEqual({ language: 'en', theme: 'light' });
  });

  it('refuses a bad value instead of storing it', async () => {
    const store = await openSettingsStore(folder);
    await expect(store.update({ language: 'fr' as 'en' })).rejects.toThrow();
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
  });

  it('at start-up, recovers the last good copy of a damaged file and says so', async () => {
    const store = await openSettingsStore(folder);
    await store.update({ language: 'hi' });
    await store.update({ theme: 'dark' });
    await writeFile(join(folder, SETTINGS_FILE_NAME), '{"format":1,"settings":{"lang');
    const reopened = await openSettingsStore(folder);
    expect(reopened.get()).toEqual({ language: 'hi', theme: 'system' });
    expect(reopened.notices).toEqual([{ code: 'settings-recovered', detail: expect.stringMatching(/settings\.json was damaged.*last good copy.*kept as/) }]);
    const damaged = (await readdir(folder)).filter((name) => name.includes('.damaged-'));
    expect(damaged).toHaveLength(1);
    expect(await readFile(join(folder, damaged[0] ?? ''), 'utf8')).toBe('{"format":1,"settings":{"lang');
  });

  it('at start-up, with no good copy at all, starts from defaults only with a notice, keeping the damaged file', async () => {
    await writeFile(join(folder, SETTINGS_FILE_NAME), '{"format":1,"settings":{"language":"klingon","theme":"dark"}}');
    const store = await openSettingsStore(folder);
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    expect(store.notices).toEqual([{ code: 'settings-reset', detail: expect.stringContaining('no good copy exists') }]);
    expect((await readdir(folder)).some((name) => name.includes('.damaged-'))).toBe(true);
    await store.update({ theme: 'light' });
    expect(JSON.parse(await readFile(join(folder, SETTINGS_FILE_NAME), 'utf8'))).toMatchObject({ settings: { theme: 'light' } });
    await expect(readFile(backupPathOf(join(folder, SETTINGS_FILE_NAME)), 'utf8')).rejects.toThrow();
  });
});
