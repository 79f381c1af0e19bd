// A browser host of a spec's own: `npm run host` on a free port with a new user-data folder (so the
// enquiry log starts empty), reading the address it prints and registering its key for openApp.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { registerHostKey, splitPrintedAddress } from './hostAccess';

export interface OwnHost {
  url: string;
  data: string;
  /** Stops the host and removes its user-data folder. */
  stop(): void;
}

/**
 * `extra`: more host flags (`--kiosk`…); `prefix`: the temporary folder's name; `catalogue`: the
 * spreadsheet folder to serve, or null for the signed feed the host installs, as `npm start` does
 * (the bundled one: the same entries, and the Updates page with its sync service).
 */
// One Node process with tsx as its loader: spawned through npx, the host outlived stop() (npx and
// tsx's own launcher pass no SIGTERM on), and every spec's run left hosts behind.
export async function startOwnHost(prefix: string, extra: string[] = [], catalogue: string | null = 'resources/catalogue'): Promise<OwnHost> {
  const data = mkdtempSync(join(tmpdir(), prefix));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'electron/host/cli.ts', '--port', '0', '--data', data, ...(catalogue === null ? [] : ['--catalogue', catalogue]), ...extra], { stdio: ['ignore', 'pipe', 'pipe'] });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
  const printed = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the host did not start: ${errors}`)), 60_000);
    child.once('exit', (code) => reject(new Error(`the host exited (${code}): ${errors}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /^DTTC Knowledge Desk: (\S+)$/.exec(line);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
  });
  const address = splitPrintedAddress(printed);
  registerHostKey(address);
  return {
    url: address.url,
    data,
    stop: () => {
      child.kill('SIGTERM');
      rmSync(data, { recursive: true, force: true });
    },
  };
}
