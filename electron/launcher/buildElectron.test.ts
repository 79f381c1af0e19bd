// The bundles `npm run build:electron` makes, run in plain Node against a stub `electron` module:
// proof that they load (no missing module, no require in ESM) and start the shell as designed.
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/ipc/channels';
import { insecureWebPreferences } from '../main/windows';
import { buildElectron } from './buildElectron';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

interface Report {
  what: string;
  detail: unknown;
}

function runBundle(folder: string, script: string): Report[] {
  const run = spawnSync(process.execPath, [script], {
    cwd: folder,
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, STUB_APP_PATH: projectRoot, STUB_USER_DATA: join(folder, 'user-data') },
  });
  if (run.status !== 0) throw new Error(`${script} failed: ${run.stderr}`);
  return run.stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Report);
}

describe('npm run build:electron', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'dttc-build-'));
    await buildElectron(join(folder, 'dist-electron'));
    await mkdir(join(folder, 'node_modules', 'electron'), { recursive: true });
    await copyFile(fileURLToPath(new URL('./testing/stubElectron.cjs', import.meta.url)), join(folder, 'node_modules', 'electron', 'index.js'));
    await writeFile(join(folder, 'node_modules', 'electron', 'package.json'), '{"name":"electron","main":"index.js"}');
    await writeFile(join(folder, 'package.json'), '{"type":"module"}');
  }, 60_000);
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('makes a main bundle that starts the shell: app:// scheme, every channel, a secure window on app://desk/', () => {
    const reports = runBundle(folder, join('dist-electron', 'main', 'index.js'));
    expect(reports.find((report) => report.what === 'schemes')?.detail).toEqual([expect.objectContaining({ scheme: 'app' })]);
    expect(reports.filter((report) => report.what === 'ipc').map((report) => report.detail)).toEqual(expect.arrayContaining([...CHANNELS]));
    const window = reports.find((report) => report.what === 'window');
    expect(insecureWebPreferences(window?.detail as object)).toEqual([]);
    expect(reports.find((report) => report.what === 'load')?.detail).toBe('app://desk/index.html');
    expect(reports.some((report) => report.what === 'exit')).toBe(false);
  });

  it('makes a CommonJS preload that exposes only window.dttc with one function per channel', () => {
    const reports = runBundle(folder, join('dist-electron', 'preload', 'index.cjs'));
    expect(reports).toEqual([{ what: 'exposed', detail: { key: 'dttc', functions: [...CHANNELS] } }]);
  });
});
