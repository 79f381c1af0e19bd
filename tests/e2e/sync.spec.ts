// Catalogue updates end to end in Chromium through the browser host: a feed published (by `kb
// publish`) from the bundled spreadsheet plus a planted entry, served by Debian's nginx; Check now
// applies it, What's new lists the planted entry, its detail opens and search finds it. Then a USB
// bundle (`kb bundle`) through the file input, after a tampered copy of it is refused with its
// message and the catalogue left as it was. axe-core on the update preview and What's new, in English
// and Hindi.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { nginxAvailable, startNginx, type NginxServer } from '../fixtures/feed/nginxServer';
import { messagesFor } from '../../shared/i18n/messages/index';
import { expectNoViolations } from './desk';
import { keyHeaders, splitPrintedAddress, type PrintedAddress } from './hostAccess';

const HI = messagesFor('hi');
const URL_PREFIX = 'DTTC Knowledge Desk: ';
const SAMPLE_KEYS = 'resources/sample-keys';
const PLANTED = { id: 'tech-e2e-planted-sync-beacon', title: 'Zyxorbium planted sync beacon', hindi: 'ज़ायक्सोर्बियम रोपित सिंक बीकन' };
const CHANGED_SUMMARY = 'Zyxorbium beacon, summary changed in version 3.';
const BUNDLED = { id: 'tech-e2e-planted-usb-relay', title: 'Quillarion planted USB relay', hindi: 'क्विलेरियन रोपित यूएसबी रिले' };

test.describe.configure({ mode: 'serial' });

let work: string;
let nginx: NginxServer | undefined;
let host: (PrintedAddress & { stop(): void }) | undefined;
let bundlePath: string;
let tamperedPath: string;

function kb(...args: string[]): void {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/kb.ts', ...args], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`kb ${args.join(' ')} exited ${run.status}: ${run.stderr}${run.stdout}`);
}

/** Adds a copy of the first technology row under a new id and title (a planted entry). */
function plantTechnology(sheet: string, planted: { id: string; title: string; hindi: string }): void {
  const path = join(sheet, 'technologies.csv');
  const parsed = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true });
  const first = parsed.data[0];
  if (!first) throw new Error('the bundled technologies.csv has no rows');
  parsed.data.push({ ...first, id: planted.id, title_en: planted.title, title_hi: planted.hindi });
  writeFileSync(path, Papa.unparse(parsed.data, { columns: parsed.meta.fields }));
}

/** Sets the English summary of one technology row (a changed entry for What's new). */
function changeSummary(sheet: string, id: string, summary: string): void {
  const path = join(sheet, 'technologies.csv');
  const parsed = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true });
  const row = parsed.data.find((candidate) => candidate.id === id);
  if (!row) throw new Error(`no technology ${id} to change`);
  row.summary_en = summary;
  writeFileSync(path, Papa.unparse(parsed.data, { columns: parsed.meta.fields }));
}

async function startHost(data: string, feedUrl: string): Promise<PrintedAddress & { stop(): void }> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'electron/host/cli.ts', '--port', '0', '--data', data, '--feed-url', feedUrl], { stdio: ['ignore', 'pipe', 'pipe'] });
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

async function openDesk(page: Page, problems: string[]): Promise<void> {
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
  });
  if (!host) throw new Error('no host');
  await page.goto(host.pageUrl);
  await expect(page.getByRole('searchbox')).toBeVisible();
}

async function catalogueVersion(): Promise<number> {
  if (!host) throw new Error('no host');
  const response = await fetch(`${host.url}api/sync:status`, { method: 'POST', headers: { 'content-type': 'application/json', ...keyHeaders(host.key) }, body: '{}' });
  const result = (await response.json()) as { ok: boolean; value: { installed?: { version: number } } };
  return result.value.installed?.version ?? 0;
}

async function searchFor(page: Page, text: string): Promise<void> {
  const box = page.getByRole('searchbox');
  await box.fill('');
  await box.pressSequentially(text);
  await expect(page.locator('section.results')).toHaveAttribute('aria-busy', 'false');
}

// The bundled feed's own version; the web feed is one above it, the USB bundle two.
const bundled = JSON.parse(readFileSync('resources/feed/manifest.json', 'utf8')) as { version: number };

test.beforeAll(async () => {
  test.setTimeout(180_000);
  if (!(await nginxAvailable())) return;
  work = mkdtempSync(join(tmpdir(), 'dttc-e2e-sync-'));
  // One version up on the web feed: the bundled spreadsheet and feed plus a planted entry.
  cpSync('resources/catalogue', join(work, 'sheet'), { recursive: true });
  cpSync('resources/feed', join(work, 'feed'), { recursive: true });
  plantTechnology(join(work, 'sheet'), PLANTED);
  kb('publish', join(work, 'sheet'), '--key', join(SAMPLE_KEYS, 'feed.key'), '--feed', join(work, 'feed'), '--keys', SAMPLE_KEYS);
  // Two versions up only on a USB bundle: one more planted entry, and the first planted one's summary changed.
  cpSync(join(work, 'feed'), join(work, 'usb-feed'), { recursive: true });
  plantTechnology(join(work, 'sheet'), BUNDLED);
  changeSummary(join(work, 'sheet'), PLANTED.id, CHANGED_SUMMARY);
  kb('publish', join(work, 'sheet'), '--key', join(SAMPLE_KEYS, 'feed.key'), '--feed', join(work, 'usb-feed'), '--keys', SAMPLE_KEYS);
  bundlePath = join(work, 'catalogue-v3.dttc');
  kb('bundle', join(work, 'usb-feed'), '--out', bundlePath);
  // A doctored stick: one byte of the planted title changed inside the bundle.
  const bytes = readFileSync(bundlePath);
  const at = bytes.indexOf(Buffer.from('Quillarion'));
  if (at < 0) throw new Error('the planted title is not readable in the bundle; tamper elsewhere');
  bytes[at] = 'X'.charCodeAt(0);
  tamperedPath = join(work, 'tampered-v3.dttc');
  writeFileSync(tamperedPath, bytes);

  nginx = await startNginx(join(work, 'nginx'), join(work, 'feed'));
  host = await startHost(join(work, 'data'), nginx.url);
});

test.afterAll(async () => {
  host?.stop();
  await nginx?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

test.beforeEach(async () => {
  const available = await nginxAvailable();
  if (!available) console.warn('tests/e2e/sync.spec.ts skipped: /usr/sbin/nginx is not installed (apt-get install nginx)');
  test.skip(!available, 'nginx is not installed');
});

test('Check now applies the feed from nginx; What’s new lists the planted entry, opens it, and search finds it', async ({ page }) => {
  const problems: string[] = [];
  await openDesk(page, problems);
  // The bundled signed feed was installed at first start: the real version, not "version 0".
  await expect(page.getByTestId('catalogue-version')).toContainText(`Catalogue v${bundled.version}`);
  await searchFor(page, 'Zyxorbium');
  await expect(page.locator('.result-title', { hasText: PLANTED.title })).toHaveCount(0);

  await page.getByTestId('sync-check-now').click();
  // Before anything is applied, the preview: what the update is, who signed it, what it changes.
  const preview = page.getByTestId('update-preview');
  await expect(preview).toBeVisible({ timeout: 30_000 });
  await expect(preview.locator('[data-preview="version"] dd')).toHaveText(String(bundled.version + 1));
  await expect(preview.locator('[data-preview="source"] dd')).toHaveText('the update feed');
  await expect(preview.locator('[data-preview="signer"] dd')).not.toBeEmpty();
  await expect(preview.locator('[data-preview="added"] dd')).toHaveText('1');
  expect(await catalogueVersion(), 'nothing applied before the preview is confirmed').toBe(bundled.version);
  await page.screenshot({ path: 'docs/screenshots/update-preview-en.png' });
  await expectNoViolations(page, 'the update preview (English)');
  await page.getByTestId('sync-confirm-apply').click();
  await expect(page.getByTestId('sync-state')).toHaveAttribute('data-state', 'applied', { timeout: 30_000 });
  await expect(page.getByTestId('sync-state')).toHaveText(`Update applied: version ${bundled.version + 1}`);
  await expect(page.getByTestId('catalogue-version')).toContainText(`Catalogue v${bundled.version + 1}`);
  const log = await nginx!.accessLog();
  expect(log.some((line) => line.uri.endsWith('manifest.json') && line.status === 200)).toBe(true);

  await page.getByTestId('open-whats-new').click();
  const added = page.getByTestId('whats-new-added');
  await expect(added.getByRole('button', { name: PLANTED.title })).toBeVisible();
  await expect(page.getByTestId('whats-new-version')).toContainText(`Version ${bundled.version + 1}`);
  await expectNoViolations(page, 'What’s new (English)');
  await page.screenshot({ path: '/tmp/sync-whats-new.png', fullPage: true });
  await page.getByTestId('sync-status').screenshot({ path: '/tmp/sync-status-bar.png' });

  // Keyboard: the planted entry opens its detail from What's new.
  await added.getByRole('button', { name: PLANTED.title }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: PLANTED.title })).toBeVisible();

  await page.getByRole('button', { name: /Back/ }).click();
  await page.getByRole('button', { name: /Back/ }).click();
  await searchFor(page, 'Zyxorbium');
  await expect(page.locator('.result-title', { hasText: PLANTED.title })).toHaveCount(1);

  // Nothing new: the manifest answers 304 and the state says up to date.
  await page.getByTestId('sync-check-now').click();
  await expect(page.getByTestId('sync-state')).toHaveAttribute('data-state', 'up-to-date', { timeout: 30_000 });
  expect((await nginx!.accessLog()).some((line) => line.uri.endsWith('manifest.json') && line.status === 304)).toBe(true);
  expect(problems).toEqual([]);
});

test('a tampered USB bundle is refused with its message; the real one is previewed (Hindi UI) and imports through the file input; What’s new passes axe in both languages', async ({ page }) => {
  const problems: string[] = [];
  await openDesk(page, problems);
  await page.getByTestId('open-updates').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Catalogue updates' })).toBeVisible();

  await page.getByTestId('import-bundle-input').setInputFiles(tamperedPath);
  const failure = page.getByTestId('sync-failure');
  await expect(failure).toBeVisible({ timeout: 30_000 });
  // Which check catches the changed byte depends on where it landed; each says so in plain words.
  await expect(failure).toHaveAttribute('data-code', /^(object-hash-mismatch|object-length-mismatch|object-malformed|bundle-malformed|bundle-member-missing|manifest-signature-invalid)$/);
  await expect(failure).toContainText(/damaged or has been changed|not a valid update bundle|not signed by DTTC/);
  // …and what to do about it.
  await expect(page.getByTestId('sync-next-step')).toContainText(/Copy the bundle from its source again|Ask DTTC for a fresh copy/);
  await expect(page.getByTestId('sync-state')).toHaveAttribute('data-state', 'failed');
  expect(await catalogueVersion()).toBe(bundled.version + 1);

  // The real bundle: its preview first, here in the Hindi UI (the web feed's was English). Cancelled,
  // nothing changes and the notice says what to do.
  await page.getByTestId('language-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
  await page.getByTestId('import-bundle-input').setInputFiles(bundlePath);
  const preview = page.getByTestId('update-preview');
  await expect(preview).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('sync-confirm').getByRole('heading', { level: 2 })).toHaveText(HI.sync.previewTitle);
  await expect(preview.locator('[data-preview="source"] dd')).toHaveText(HI.sync.previewFromBundle);
  await expect(preview.locator('[data-preview="added"] dd')).toHaveText('1');
  await expect(preview.locator('[data-preview="updated"] dd')).toHaveText('1');
  await expect(preview.locator('[data-preview="withdrawn"] dd')).toHaveText('0');
  await expectNoViolations(page, 'the update preview (Hindi)');
  await page.getByTestId('sync-confirm').getByRole('button', { name: HI.sync.cancel }).click();
  await expect(page.getByTestId('sync-failure')).toContainText('पूर्वावलोकन के बाद इसे रद्द किया गया');
  expect(await catalogueVersion()).toBe(bundled.version + 1);
  await page.getByTestId('language-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByTestId('import-bundle-input').setInputFiles(bundlePath);
  await expect(preview).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('sync-confirm-apply').click();
  await expect(page.getByTestId('sync-notice')).toContainText(`Version ${bundled.version + 2} applied: 1 added, 1 changed, 0 withdrawn.`, { timeout: 30_000 });
  await expect(page.getByTestId('catalogue-version')).toContainText(`Catalogue v${bundled.version + 2}`);
  expect(await catalogueVersion()).toBe(bundled.version + 2);

  await page.getByRole('button', { name: 'What’s new', exact: true }).first().click();
  await expect(page.getByTestId('whats-new-added').getByRole('button', { name: BUNDLED.title })).toBeVisible();
  // The changed entry shows what changed: its English summary, old beside new.
  const changed = page.getByTestId('whats-new-updated').locator('tr[data-field="summary.en"]');
  await expect(changed.locator('.sync-field-after')).toHaveText(CHANGED_SUMMARY);
  await expect(changed.locator('.sync-field-before')).not.toHaveText(CHANGED_SUMMARY);
  await expect(changed.locator('.sync-field-before')).not.toBeEmpty();
  await expectNoViolations(page, 'What’s new with a changed entry (English)');
  // The same page in Hindi: headings, field names and the planted entry's Hindi title.
  await page.getByTestId('language-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HI.sync.whatsNewTitle);
  await expect(page.getByTestId('whats-new-added').getByRole('button', { name: BUNDLED.hindi })).toBeVisible();
  await expectNoViolations(page, 'What’s new with a changed entry (Hindi)');
  await page.getByTestId('language-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: /Back/ }).click();
  await page.getByRole('button', { name: /Back/ }).click();
  await searchFor(page, 'Quillarion');
  await expect(page.locator('.result-title', { hasText: BUNDLED.title })).toHaveCount(1);
  expect(problems).toEqual([]);
});
