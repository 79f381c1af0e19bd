// The real Electron kiosk window, where an Electron binary exists (not on this build machine: the
// binary cannot be downloaded here, so these tests are skipped with the reason printed). The kiosk
// refuses debugging switches, and Playwright's _electron drives Electron through exactly those
// (--inspect, --remote-debugging-port): so the test is that Playwright is refused, and that the
// same kiosk started plainly stays up.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { findElectronBinary } from '../../electron/launcher/electronBinary';

const MAIN = resolve('dist-electron/main/index.js');

test.describe('Electron kiosk window', () => {
  const binary = findElectronBinary(process.cwd());
  const reason = !binary.ok ? `no Electron binary: ${binary.reason}` : !existsSync(MAIN) ? `the shell is not built (${MAIN}): run "npm run build:electron"` : undefined;
  if (reason) console.log(`kioskElectron.spec.ts skipped: ${reason}`);
  test.skip(reason !== undefined, reason ?? '');

  test('refuses to start a kiosk under a debugger (as Playwright launches it)', async () => {
    await expect(electron.launch({ executablePath: binary.ok ? binary.path : '', args: [MAIN, '--kiosk'], timeout: 30_000 })).rejects.toThrow();
  });

  test('a kiosk started plainly stays up, and exits with code 2 when given --remote-debugging-port', async () => {
    const path = binary.ok ? binary.path : '';
    const refused = spawn(path, [MAIN, '--kiosk', '--remote-debugging-port=9222'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    refused.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
    const code = await new Promise<number | null>((done) => refused.once('exit', done));
    expect(code).toBe(2);
    expect(errors).toContain('--remote-debugging-port');

    const plain = spawn(path, [MAIN, '--kiosk'], { stdio: 'ignore' });
    const exited = await Promise.race([new Promise((done) => plain.once('exit', () => done(true))), new Promise((done) => setTimeout(() => done(false), 5_000))]);
    plain.kill('SIGKILL');
    expect(exited).toBe(false);
  });
});
