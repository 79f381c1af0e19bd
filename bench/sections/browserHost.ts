// The browser host started for a benchmark, and the Chromium it is measured in: the UI section and
// the Reports page's row open the built renderer through the same host the desk runs on.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface BenchBrowser {
  name: string;
  executable: string;
  /** The Debian package that installs it. */
  install: string;
}

/** Debian's Chromium engine without Chrome's browser interface, as in Electron: the targets are judged in it. */
export const HEADLESS_SHELL: BenchBrowser = { name: 'headless shell', executable: '/usr/lib/chromium/chromium-headless-shell', install: 'chromium-headless-shell' };

/** Why the built renderer cannot be measured in these browsers here, or undefined when it can. */
export function browserBenchUnavailable(browsers: readonly BenchBrowser[]): string | undefined {
  if (!existsSync(join(ROOT, 'dist/renderer/index.html'))) return 'no built renderer in dist/renderer: run `npx vite build` first';
  const missing = browsers.find((browser) => !existsSync(browser.executable));
  return missing && `no ${missing.name} at ${missing.executable}: apt-get install ${missing.install}`;
}

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface RunningHost {
  url: string;
  stop(): void;
}

/** Starts the browser host on a free port with this catalogue and user-data folder; resolves with the address it prints. */
export function startHost(catalogueFolder: string, dataFolder: string): Promise<RunningHost> {
  const child: ChildProcess = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['electron/host/cli.ts', '--port', '0', '--catalogue', catalogueFolder, '--data', dataFolder], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stderr: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  return new Promise((resolvePromise, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const match = /^DTTC Knowledge Desk: (\S+)/.exec(line);
      if (match?.[1]) resolvePromise({ url: match[1], stop: () => child.kill('SIGTERM') });
    });
    child.once('exit', (code) => reject(new Error(`the browser host stopped (exit ${code}): ${stderr.join('').trim()}`)));
  });
}
