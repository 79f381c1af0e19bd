import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { temporaryFolder } from '../../tests/fixtures/feed/feedFolder';
import { openCatalogueStore, POINTER_FILE, type InstalledFiles, type InstalledInfo } from './catalogueStore';

let work: { path: string; remove(): Promise<void> };
beforeEach(async () => {
  work = await temporaryFolder('store');
});
afterEach(() => work.remove());

const info = (version: number): InstalledInfo => ({
  feedId: 'dttc-test',
  version,
  issuedAt: '2026-11-25T00:00:00.000Z',
  expiresAt: '2027-02-23T00:00:00.000Z',
  installedAt: '2026-11-25T01:00:00.000Z',
  source: 'feed',
  sourceLabel: 'test',
  changes: { added: [], updated: [], withdrawn: [] },
  entryCount: 0,
});
const files = (text: string): InstalledFiles => {
  const bytes = (suffix: string) => new TextEncoder().encode(`${text} ${suffix}`);
  return { snapshot: bytes('snapshot'), manifest: bytes('manifest'), manifestSignature: bytes('sig'), keys: bytes('keys'), keysSignature: bytes('keys sig') };
};
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('installed-catalogue store', () => {
  it('is empty at first, then holds the current and the previous version only', async () => {
    const store = await openCatalogueStore(work.path);
    expect(await store.read()).toEqual({ state: 'empty' });
    for (const version of [1, 2, 3]) await store.install(info(version), files(`v${version}`));
    const read = await store.read();
    expect(read.state === 'ok' && read.installed.info.version).toBe(3);
    expect(read.state === 'ok' && decode(read.installed.files.snapshot)).toBe('v3 snapshot');
    expect(await readdir(join(store.folder, 'versions'))).toHaveLength(2);
  });

  it('falls back to the previous version when a file of the current one changed on disk', async () => {
    const store = await openCatalogueStore(work.path);
    await store.install(info(1), files('v1'));
    await store.install(info(2), files('v2'));
    const pointer = JSON.parse(await readFile(join(store.folder, POINTER_FILE), 'utf8')) as { current: { folder: string } };
    await writeFile(join(store.folder, 'versions', pointer.current.folder, 'snapshot.json'), 'v2 snapshoT');
    const read = await (await openCatalogueStore(work.path)).read();
    expect(read.state).toBe('recovered');
    expect(read.state === 'recovered' && read.installed.info.version).toBe(1);
    expect(read.state === 'recovered' && read.reason).toMatch(/does not match the hash recorded/);
  });

  it('removes a version folder the pointer never reached (a crash before the switch)', async () => {
    const store = await openCatalogueStore(work.path);
    await store.install(info(1), files('v1'));
    const orphan = join(store.folder, 'versions', '2-deadbeef');
    await (await import('node:fs/promises')).mkdir(orphan);
    await writeFile(join(orphan, 'snapshot.json'), 'half');
    await openCatalogueStore(work.path);
    expect(await readdir(join(store.folder, 'versions'))).toHaveLength(1);
  });

  it('reports a damaged pointer with no good copy, and deletes nothing', async () => {
    const store = await openCatalogueStore(work.path);
    await store.install(info(1), files('v1'));
    await writeFile(join(store.folder, POINTER_FILE), '{ torn');
    await writeFile(join(store.folder, `${POINTER_FILE}.bak`), '{ torn too');
    const reopened = await openCatalogueStore(work.path);
    expect(await reopened.read()).toMatchObject({ state: 'damaged' });
    expect(await readdir(join(store.folder, 'versions'))).toHaveLength(1);
  });
});
