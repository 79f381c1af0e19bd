// The Updates page in Chromium through the browser host with no feed address (a desk that takes
// USB bundles): status wording, the layout of its controls, Check now without a feed address
// (advice, not a failure), refused files (a broken one, an empty one, one the host did not answer)
// that say what went wrong and what to do next, and axe, in both languages;
// a focus ring on every control of the page and of What's new.
import AxeBuilder from '@axe-core/playwright';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { ringProblems, tabThrough } from './focusRing';
import { keyHeaders, splitPrintedAddress, type PrintedAddress } from './hostAccess';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const URL_PREFIX = 'DTTC Knowledge Desk: ';
type Language = 'en' | 'hi';

let work: string;
let host: (PrintedAddress & { stop(): void }) | undefined;

async function startHost(data: string): Promise<PrintedAddress & { stop(): void }> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'electron/host/cli.ts', '--port', '0', '--data', data], { stdio: ['ignore', 'pipe', 'pipe'] });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the host did not start in 60 s: ${errors}`)), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const line = output.split('\n').find((candidate) => candidate.startsWith(URL_PREFIX));
      if (line) {
        clearTimeout(timer);
        resolve(line.slice(URL_PREFIX.length).trim());
      }
    });
    child.once('exit', (code) => reject(new Error(`the host exited with ${code}: ${errors}`)));
  });
  return { ...splitPrintedAddress(url), stop: () => child.kill('SIGTERM') };
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  work = mkdtempSync(join(tmpdir(), 'dttc-e2e-updates-'));
  writeFileSync(join(work, 'not-a-bundle.dttc'), 'this is a text file, not an update bundle\n');
  writeFileSync(join(work, 'empty.dttc'), '');
  host = await startHost(join(work, 'data'));
});

test.afterAll(() => {
  host?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function openUpdates(page: Page, language: Language, problems: string[]): Promise<void> {
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  if (!host) throw new Error('no host');
  // The language is a saved setting of the host, shared by the tests: set it before the page loads.
  const saved = await page.request.post(`${host.url}api/settings:update`, { data: { argument: { language } }, headers: keyHeaders(host.key) });
  expect(saved.ok()).toBe(true);
  await page.goto(host.pageUrl);
  await expect(page.getByRole('searchbox')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  await page.getByTestId('open-updates').click();
  await expect(page.getByTestId('updates-page')).toBeVisible();
  await expect(page.getByTestId('updates-check-now')).toBeVisible();
}

const TEXT = {
  en: {
    noFeed: 'No feed address is set',
    failed: 'Update failed',
    notChecked: 'not checked yet',
    lastChecked: 'Updates: last checked',
    nextStep: 'Copy the bundle from its source again',
    empty: 'The file is empty',
    hostSilent: 'The app’s host did not answer',
    restart: 'Close the app and open it again',
  },
  hi: {
    noFeed: 'कोई फ़ीड पता सेट नहीं है',
    failed: 'अपडेट विफल',
    notChecked: 'अभी जाँच नहीं हुई',
    lastChecked: 'अपडेट: अंतिम जाँच',
    nextStep: 'बंडल को उसके स्रोत से दोबारा कॉपी करें',
    empty: 'फ़ाइल खाली है',
    hostSilent: 'ऐप के होस्ट ने उत्तर नहीं दिया',
    restart: 'ऐप बंद करके फिर खोलें',
  },
};

for (const language of ['en', 'hi'] as const) {
  const text = TEXT[language];

  test(`Check now with no feed address says what to do, and nothing shows as failed (${language})`, async ({ page }) => {
    const problems: string[] = [];
    await openUpdates(page, language, problems);
    await page.getByTestId('updates-check-now').click();
    await expect(page.getByTestId('sync-no-feed')).toContainText(text.noFeed);
    await expect(page.getByTestId('sync-failure')).toHaveCount(0);
    await expect(page.getByTestId('sync-state')).not.toHaveAttribute('data-state', 'failed');
    await expect(page.locator('body')).not.toContainText(text.failed);
    expect(problems).toEqual([]);
  });

  test(`the status never says "not checked yet" beside a last-checked date (${language})`, async ({ page }) => {
    const problems: string[] = [];
    // The host is asked for real; only its answer gains a check time, as after a check that found nothing.
    await page.route('**/api/sync:status', async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as { ok: boolean; value: Record<string, unknown> };
      await route.fulfill({ response, json: { ...body, value: { ...body.value, activity: { state: 'idle' }, lastCheckedAt: '2026-12-06T09:00:00.000Z' } } });
    });
    await openUpdates(page, language, problems);
    const page_ = page.getByTestId('updates-page');
    await expect(page_.getByRole('heading', { level: 2 }).first()).toContainText(text.lastChecked);
    await expect(page.locator('body')).not.toContainText(text.notChecked);
    expect(problems).toEqual([]);
  });

  test(`radios sit beside their labels, Back is normal width, and axe passes (${language})`, async ({ page }) => {
    const problems: string[] = [];
    await openUpdates(page, language, problems);
    const rows = await page.locator('.sync-mode').evaluateAll((labels) =>
      labels.map((label) => {
        const radio = label.querySelector('input[type="radio"]') as HTMLInputElement;
        const box = label.getBoundingClientRect();
        const radioBox = radio.getBoundingClientRect();
        return { labelHeight: box.height, radioCentre: radioBox.top + radioBox.height / 2, labelCentre: box.top + box.height / 2, radioRight: radioBox.right, labelRight: box.right };
      }),
    );
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(Math.abs(row.radioCentre - row.labelCentre), 'radio and label on one line').toBeLessThan(6);
      expect(row.labelHeight, 'one line high').toBeLessThan(48);
      expect(row.radioRight, 'the label text follows the radio').toBeLessThan(row.labelRight - 40);
    }
    const back = await page.getByTestId('updates-page').getByRole('button', { name: language === 'en' ? /Back/ : /वापस/ }).boundingBox();
    const pageBox = await page.getByTestId('updates-page').boundingBox();
    expect(back?.width ?? 0).toBeLessThan((pageBox?.width ?? 0) / 3);
    const axe = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
    expect(axe.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`)).toEqual([]);
    await page.getByTestId('updates-check-now').click();
    await expect(page.getByTestId('sync-no-feed')).toBeVisible();
    const afterCheck = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
    expect(afterCheck.violations.map((violation) => violation.id)).toEqual([]);
    expect(problems).toEqual([]);
  });
}

test('every focusable thing on the Updates page and What’s new shows a ring when Tab reaches it', async ({ page }) => {
  const problems: string[] = [];
  await openUpdates(page, 'en', problems);
  const rings = ringProblems('Updates', await tabThrough(page), ['open-updates', 'open-whats-new', 'button:← Back to results Esc', 'updates-check-now', 'button:What’s new', 'import-bundle-input', 'sync-feed-url', 'button:Save settings', 'open-privacy', 'sync-check-now']);
  await page.getByTestId('open-whats-new').click();
  await expect(page.getByTestId('whats-new')).toBeVisible();
  // What's new lists the whole first install: a sample of its first thirty controls.
  rings.push(...ringProblems('What’s new', await tabThrough(page, 30), ['button:← Back to results Esc']));
  expect(rings).toEqual([]);
  expect(problems).toEqual([]);
});

/** Imports `file` and waits for the refusal `code`, with `said` in its words and `next` in its next step. */
async function expectRefusal(page: Page, file: string, refusal: { code: string; said?: string; next: string }) {
  await page.getByTestId('import-bundle-input').setInputFiles(join(work, file));
  const failure = page.getByTestId('sync-failure');
  await expect(failure).toBeVisible({ timeout: 30_000 });
  await expect(failure).toHaveAttribute('data-code', refusal.code);
  if (refusal.said) await expect(failure).toContainText(refusal.said);
  await expect(page.getByTestId('sync-next-step')).toContainText(refusal.next);
  return failure;
}

// Last: a refusal leaves the host's state "failed", which the tests above must not see.
for (const language of ['en', 'hi'] as const) {
  const text = TEXT[language];

  test(`a refused file says what went wrong and what to do next (${language})`, async ({ page }) => {
    const problems: string[] = [];
    await openUpdates(page, language, problems);
    await expectRefusal(page, 'not-a-bundle.dttc', { code: 'bundle-malformed', next: text.nextStep });
    expect(problems).toEqual([]);
  });

  test(`an empty file is refused with words and a next step, and never sent to the host (${language})`, async ({ page }) => {
    const problems: string[] = [];
    const sent: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/sync:importBundle')) sent.push(request.url());
    });
    await openUpdates(page, language, problems);
    await expectRefusal(page, 'empty.dttc', { code: 'file-empty', said: text.empty, next: text.nextStep });
    expect(sent).toEqual([]);
    expect(problems).toEqual([]);
  });

  test(`a host that does not answer the import is told in words with a next step, not its raw message (${language})`, async ({ page }) => {
    const problems: string[] = [];
    await page.route('**/api/sync:importBundle', (route) => route.abort('connectionreset'));
    await openUpdates(page, language, problems);
    const failure = await expectRefusal(page, 'not-a-bundle.dttc', { code: 'host-unreachable', said: text.hostSilent, next: text.restart });
    // The host's own words stay, marked as English, as the technical detail.
    await expect(failure.locator('.sync-detail')).toHaveAttribute('lang', 'en');
    // The aborted request shows in the console as a failed resource load: that one is expected.
    expect(problems.filter((problem) => !problem.includes('net::ERR_CONNECTION_RESET') && !problem.includes('Failed to load resource'))).toEqual([]);
  });
}
