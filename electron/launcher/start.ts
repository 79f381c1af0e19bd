// `npm start`: the Electron app where Electron's binary can be had; elsewhere (as on a machine that
// cannot download it) one line says so and the same app opens through the browser host instead.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBrowserHost } from '../host/cli';
import { DEFAULT_PORT } from '../host/hostArguments';
import { PROJECT_PATHS } from '../host/projectPaths';
import { buildElectron } from './buildElectron';
import { writeLaunchPage } from './launchPage';
import { findElectronBinary } from './electronBinary';
import { findChromium, hasDisplay } from './findChromium';

async function ensureRendererBuilt(): Promise<void> {
  if (existsSync(join(PROJECT_PATHS.renderer, 'index.html'))) return;
  console.error('start: building the renderer (dist/renderer) first…');
  await run(process.execPath, [join(PROJECT_PATHS.root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build']);
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: PROJECT_PATHS.root, stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}

async function startElectron(binary: string, args: string[]): Promise<number> {
  await buildElectron();
  return new Promise((resolve) => {
    const child = spawn(binary, [PROJECT_PATHS.root, ...args], { stdio: 'inherit' });
    child.once('exit', (code) => resolve(code ?? 1));
  });
}

async function startBrowserHostInstead(): Promise<void> {
  const options = { host: '127.0.0.1', port: DEFAULT_PORT, kiosk: false };
  const host = await runBrowserHost(options).catch((error: unknown) => {
    if ((error as { code?: string }).code !== 'EADDRINUSE') throw error;
    return runBrowserHost({ ...options, port: 0 });
  });
  const chromium = findChromium();
  let launchPage: Awaited<ReturnType<typeof writeLaunchPage>> | undefined;
  if (chromium && hasDisplay()) {
    const profile = join(PROJECT_PATHS.root, 'node_modules', '.cache', 'dttc-chromium-profile');
    // Not the address itself: its key would be on Chromium's command line for every user to read.
    launchPage = await writeLaunchPage(host.dataFolder, host.pageUrl);
    spawn(chromium, [`--app=${launchPage.address}`, `--user-data-dir=${profile}`, '--no-first-run', '--disable-background-networking', '--disable-sync'], { stdio: 'ignore', detached: true }).unref();
  } else {
    console.error(`start: ${chromium ? 'no display here' : 'no Chromium installed'}; open ${host.pageUrl} in a browser.`);
  }
  const stop = () => void Promise.all([host.close(), launchPage?.remove()]).then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

async function main(): Promise<void> {
  const electron = findElectronBinary(PROJECT_PATHS.root);
  await ensureRendererBuilt();
  if (electron.ok) {
    process.exitCode = await startElectron(electron.path, process.argv.slice(2));
    return;
  }
  console.error(`start: Electron's binary cannot be run here (${electron.reason}); opening the app through the browser host instead.`);
  await startBrowserHostInstead();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(`start: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
