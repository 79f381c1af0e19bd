// End-to-end tests in Debian's Chromium (no browser download) against the browser host, which
// serves the built renderer (`vite build` runs first: `npm run test:e2e`). Two hosts start, each on
// a free port with its own temporary user-data folder: one with the bundled sample catalogue,
// one with the test catalogue in tests/fixtures/catalogue (planted and hostile entries).
import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

// The config is loaded again in every worker process: the ports and folders chosen by the first
// load travel to the workers through the environment, so all of them talk to the same hosts.
process.env.E2E_BUNDLED_PORT ??= String(await freePort());
process.env.E2E_FIXTURE_PORT ??= String(await freePort());
process.env.E2E_BUNDLED_DATA ??= mkdtempSync(join(tmpdir(), 'dttc-e2e-bundled-'));
process.env.E2E_FIXTURE_DATA ??= mkdtempSync(join(tmpdir(), 'dttc-e2e-fixture-'));
// Traces of failed tests go to a folder of this run's own: several people run tests in one tree.
process.env.E2E_OUTPUT ??= mkdtempSync(join(tmpdir(), 'dttc-e2e-results-'));

const hostCommand = (port: string, data: string, catalogue: string) =>
  `npx tsx electron/host/cli.ts --port ${port} --data "${data}" --catalogue ${catalogue}`;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: process.env.E2E_OUTPUT,
  projects: [
    { name: 'browser', testDir: 'tests/e2e' },
    // The real Electron shell (Playwright's _electron); skipped with a printed reason where Electron's binary cannot be had.
    { name: 'electron', testDir: 'tests/electron' },
  ],
  // One worker: the tests share each host's settings file (language, theme), and the machine has two cores.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS },
    viewport: { width: 1280, height: 800 },
    locale: 'en-IN',
    timezoneId: 'Asia/Kolkata',
    trace: 'retain-on-failure',
  },
  webServer: [
    {
      command: hostCommand(process.env.E2E_BUNDLED_PORT, process.env.E2E_BUNDLED_DATA, 'resources/catalogue'),
      url: `http://127.0.0.1:${process.env.E2E_BUNDLED_PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: hostCommand(process.env.E2E_FIXTURE_PORT, process.env.E2E_FIXTURE_DATA, 'tests/fixtures/catalogue'),
      url: `http://127.0.0.1:${process.env.E2E_FIXTURE_PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
