// Finds Electron's binary and checks that it runs. The `electron` npm package, required from Node,
// answers the binary's path, downloading the binary first when it is missing (electron ≥ 45 does
// this on first use, not at install). That happens in a child process with its output captured, so
// a failed download becomes one line of reason instead of a stack trace on the user's terminal.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export type ElectronBinary = { ok: true; path: string; version: string } | { ok: false; reason: string };

const DOWNLOAD_TIMEOUT_MILLISECONDS = 180_000;

export function findElectronBinary(projectRoot: string): ElectronBinary {
  const lookup = spawnSync(process.execPath, ['-e', "process.stdout.write('\\n' + require('electron'))"], {
    cwd: projectRoot,
    encoding: 'utf8',
    timeout: DOWNLOAD_TIMEOUT_MILLISECONDS,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (lookup.error) return { ok: false, reason: firstLine(lookup.error.message) };
  if (lookup.status !== 0) return { ok: false, reason: reasonFrom(`${lookup.stdout}\n${lookup.stderr}`) };
  const path = lastLine(lookup.stdout);
  if (!path || !existsSync(path)) return { ok: false, reason: `the binary ${path || '(no path)'} does not exist` };
  const check = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 20_000, env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
  if (check.error) return { ok: false, reason: firstLine(check.error.message) };
  if (check.status !== 0) return { ok: false, reason: `${path} --version exited with ${check.status ?? check.signal}: ${firstLine(check.stderr)}` };
  return { ok: true, path, version: check.stdout.trim() };
}

/** The most telling line of a failed lookup: the download's error if there was one. */
export function reasonFrom(output: string): string {
  const lines = output.split('\n').map((line) => line.trim()).filter(Boolean);
  const downloadError = lines.find((line) => /^\w*Error\b/.test(line) && !line.startsWith('Error: Electron failed to install'));
  if (downloadError) return `it is not installed and its download failed: ${downloadError.slice(0, 160)}`;
  return firstLine(lines.find((line) => line.includes('Electron failed to install')) ?? lines.at(-1) ?? 'unknown error');
}

function firstLine(text: string): string {
  return (text.split('\n').find((line) => line.trim() !== '') ?? '').trim().slice(0, 200);
}

function lastLine(text: string): string {
  return text.split('\n').map((line) => line.trim()).filter(Boolean).at(-1) ?? '';
}
