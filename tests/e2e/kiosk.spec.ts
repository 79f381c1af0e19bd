// The kiosk in Chromium, served by the browser host in kiosk mode as a LAN kiosk server serves it:
// browsing without typing, searching on the on-screen keyboard in English and Hindi, QR codes
// instead of links, the idle reset, the refused channels, and axe (WCAG 2.1 AA). Each describe
// block starts its own kiosk host (the idle test needs a 3-second idle time; the others must not
// be interrupted by one).
import AxeBuilder from '@axe-core/playwright';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const URL_PREFIX = 'DTTC Knowledge Desk: ';

interface KioskHost {
  url: string;
  stop(): void;
}

/** Starts the host with --kiosk on a free port, in one Node process (npx and tsx's own process would outlive a SIGTERM), and reads its URL from stdout. */
async function startKioskHost(extraArguments: string[]): Promise<KioskHost> {
  const data = mkdtempSync(join(tmpdir(), 'dttc-e2e-kiosk-'));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'electron/host/cli.ts', '--kiosk', '--port', '0', '--data', data, '--catalogue', 'resources/catalogue', ...extraArguments], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the kiosk host did not start in 60 s: ${errors}`)), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const line = output.split('\n').find((candidate) => candidate.startsWith(URL_PREFIX));
      if (line) {
        clearTimeout(timer);
        resolve(line.slice(URL_PREFIX.length).trim());
      }
    });
    child.once('exit', (code) => reject(new Error(`the kiosk host exited with ${code}: ${errors}`)));
  });
  return { url, stop: () => child.kill('SIGTERM') };
}

/** Opens the kiosk and fails the test on any page error, console error or CSP violation. */
async function openKiosk(page: Page, url: string, problems: string[]): Promise<void> {
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // Chromium's own warning about a Permissions-Policy feature it does not know is not ours to fix here.
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
  });
  await page.goto(url);
  await expect(page.getByTestId('kiosk')).toBeVisible();
  await expect(page.locator('[data-kind-tile]').first()).toBeVisible();
}

async function tapKeys(page: Page, codes: string[]): Promise<void> {
  for (const code of codes) await page.locator(`.kiosk-keyboard [data-key="${code}"]`).click();
}

async function resultsSettled(page: Page): Promise<void> {
  await expect(page.locator('section.kiosk-results')).toHaveAttribute('aria-busy', 'false');
}

async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  const summary = results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
  expect(summary, what).toEqual([]);
}

test.describe('kiosk', () => {
  let host: KioskHost;
  const problems: string[] = [];
  test.beforeAll(async () => {
    host = await startKioskHost([]);
  });
  test.afterAll(() => host?.stop());
  test.beforeEach(() => {
    problems.length = 0;
  });
  test.afterEach(() => {
    expect(problems, 'errors and CSP violations on the page').toEqual([]);
  });

  test('a visitor browses the four kinds and a subject area without typing', async ({ page }) => {
    await openKiosk(page, host.url, problems);
    await expect(page.locator('[data-kind-tile]')).toHaveCount(4);
    await page.locator('[data-kind-tile="technology"]').click();
    await resultsSettled(page);
    const badges = page.locator('.kiosk-results .kind-badge');
    await expect(badges.first()).toBeVisible();
    expect(new Set(await badges.allInnerTexts())).toEqual(new Set(['Technology']));
    await expect(page.locator('.kiosk-keyboard')).toHaveCount(0);

    await page.getByTestId('kiosk-back').click();
    const domainTile = page.locator('[data-domain-tile]').first();
    const domain = await domainTile.getAttribute('data-domain-tile');
    await domainTile.click();
    await resultsSettled(page);
    await expect(page.locator('.kiosk-browsing')).toContainText(domain ?? '');
    await page.locator('.kiosk-results .result-button').first().click();
    await expect(page.getByTestId('kiosk-detail')).toContainText(domain ?? '');
  });

  test('touch targets are at least 44 × 44 px', async ({ page }) => {
    await openKiosk(page, host.url, problems);
    await page.getByTestId('kiosk-search-bar').click();
    await expect(page.locator('.kiosk-keyboard')).toBeVisible();
    const small = await page.locator('button, input').evaluateAll((elements) =>
      elements
        .map((element) => ({ element, box: element.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && (box.width < 44 || box.height < 44))
        .map(({ element, box }) => `${element.textContent?.trim() || element.getAttribute('aria-label')}: ${Math.round(box.width)}×${Math.round(box.height)}`),
    );
    expect(small).toEqual([]);
  });

  test('a misspelt word typed on the kiosk offers the right one, a tap away', async ({ page }) => {
    await openKiosk(page, host.url, problems);
    await page.getByTestId('kiosk-search-bar').click();
    await tapKeys(page, ['KeyC', 'KeyO', 'KeyM', 'KeyP', 'KeyO', 'KeyZ', 'KeyI', 'KeyT']);
    await expect(page.getByTestId('kiosk-search-input')).toHaveValue('compozit');
    await resultsSettled(page);
    const offer = page.getByTestId('did-you-mean').getByRole('button', { name: 'Search for “composite”' });
    await expect(offer).toBeVisible();
    await expect(page.getByTestId('browse-instead').getByRole('button').first()).toBeVisible();
    await offer.click();
    await expect(page.getByTestId('kiosk-search-input')).toHaveValue('composite');
    await resultsSettled(page);
    await expect(page.locator('.kiosk-results .result-button').first()).toBeVisible();
  });

  test('a search typed on the on-screen keyboard in English finds entries', async ({ page }) => {
    await openKiosk(page, host.url, problems);
    await page.getByTestId('kiosk-search-bar').click();
    await tapKeys(page, ['KeyD', 'KeyR', 'KeyO', 'KeyN', 'KeyE']);
    await expect(page.getByTestId('kiosk-search-input')).toHaveValue('drone');
    await resultsSettled(page);
    await expect(page.locator('.kiosk-results .result-title').first()).toContainText(/drone|UAV/i);
    // The help desk's "shown to the visitor" tick boxes are not for the public.
    await expect(page.locator('.kiosk-results input[type="checkbox"]')).toHaveCount(0);
    await tapKeys(page, ['Backspace', 'Backspace']);
    await expect(page.getByTestId('kiosk-search-input')).toHaveValue('dro');
  });

  test('a search typed on the InScript keyboard in Hindi finds entries', async ({ page }) => {
    await openKiosk(page, host.url, problems);
    await page.getByTestId('kiosk-search-bar').click();
    await page.locator('.kiosk-keyboard [data-key="Mode-hi"]').click();
    await expect(page.locator('.kiosk-keyboard')).toHaveAttribute('data-layout', 'hi');
    await expect(page.locator('.kiosk-keyboard [data-key="Mode-hi"]')).toHaveAttribute('aria-pressed', 'true');
    // ड ् र ो न — InScript: [ d j a v
    await tapKeys(page, ['BracketLeft', 'KeyD', 'KeyJ', 'KeyA', 'KeyV']);
    await expect(page.getByTestId('kiosk-search-input')).toHaveValue('ड्रोन');
    await resultsSettled(page);
    await expect(page.locator('.kiosk-results .result-button').first()).toBeVisible();
    expect(await page.locator('.kiosk-results .result-button').count()).toBeGreaterThan(0);
  });

  test('an entry carries its contact and source page as a QR code, never a link', async ({ page }) => {
    await openKiosk(page, host.url, problems);
    await page.getByTestId('kiosk-search-bar').click();
    await tapKeys(page, ['KeyD', 'KeyR', 'KeyO', 'KeyN', 'KeyE']);
    await resultsSettled(page);
    await page.locator('.kiosk-results .result-button').first().click();
    const detail = page.getByTestId('kiosk-detail');
    await expect(detail).toBeVisible();
    const qr = page.getByTestId('entry-qr');
    await expect(qr).toBeVisible();
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    await expect(detail).toContainText('https://');
    await expect(page.locator('a[href]')).toHaveCount(0);
  });

  test('the kiosk host refuses writes and every enquiry route', async ({ request }) => {
    for (const channel of ['settings:update', 'shell:openExternal', 'kiosk:exit']) {
      const answer = await request.post(`${host.url}api/${channel}`, { data: { argument: {} } });
      expect(answer.status(), channel).toBe(403);
    }
    for (const channel of ['enquiry:list', 'enquiry:record', 'enquiry:export', 'sync:import']) {
      const answer = await request.post(`${host.url}api/${channel}`, { data: {} });
      expect([403, 404], channel).toContain(answer.status());
    }
  });

  for (const language of ['en', 'hi'] as const) {
    test(`the kiosk passes axe in ${language === 'en' ? 'English' : 'Hindi'}`, async ({ page }) => {
      await openKiosk(page, host.url, problems);
      if (language === 'hi') {
        await page.getByTestId('language-switch').click();
        await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
      }
      await expectNoAxeViolations(page, `home (${language})`);
      await page.getByTestId('kiosk-search-bar').click();
      // The keyboard opens in the visitor's language: "drone", or ड्रोन picked from the phonetic suggestions.
      await tapKeys(page, ['KeyD', 'KeyR', 'KeyO', 'KeyN', 'KeyE']);
      if (language === 'hi') await page.locator('.kiosk-suggestion[data-suggestion="ड्रोन"]').click();
      await expect(page.getByTestId('kiosk-search-input')).toHaveValue(language === 'en' ? 'drone' : 'ड्रोन');
      await resultsSettled(page);
      await expectNoAxeViolations(page, `results with keyboard (${language})`);
      await page.locator('.kiosk-results .result-button').first().click();
      await expect(page.getByTestId('entry-qr')).toBeVisible();
      await expectNoAxeViolations(page, `detail (${language})`);
    });
  }

  test('staff exit asks for the PIN and shows the answer (Electron shell simulated)', async ({ page }) => {
    // The browser kiosk host refuses kiosk:exit; only Electron's kiosk window offers it. Here the
    // page is told it runs in Electron and kiosk:exit answers are played back, to test the dialog.
    await page.route('**/api/host:info', async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as { value: Record<string, unknown> };
      await route.fulfill({ response, json: { ...body, value: { ...body.value, shell: 'electron' } } });
    });
    const pins: unknown[] = [];
    await page.route('**/api/kiosk:exit', async (route) => {
      pins.push(route.request().postDataJSON());
      await route.fulfill({ json: { ok: true, value: pins.length === 1 ? { outcome: 'refused', attemptsBeforeLockout: 2 } : { outcome: 'locked-out', retryAfterSeconds: 30 } } });
    });
    await openKiosk(page, host.url, problems);
    await page.getByTestId('staff-exit').click();
    for (const digit of '123456') await page.getByRole('button', { name: digit, exact: true }).click();
    await expect(page.getByTestId('pin-display')).toHaveText('••••••');
    await page.getByRole('button', { name: 'Leave kiosk mode' }).click();
    await expect(page.getByTestId('pin-message')).toHaveText('Wrong PIN. 2 more tries before a wait.');
    await page.getByRole('button', { name: '9', exact: true }).click();
    await page.getByRole('button', { name: 'Leave kiosk mode' }).click();
    await expect(page.getByTestId('pin-message')).toHaveText('Too many wrong PINs. Try again in 30 seconds.');
    expect(pins).toEqual([{ argument: { pin: '123456' } }, { argument: { pin: '9' } }]);
    await expectNoAxeViolations(page, 'staff PIN dialog');
  });
});

test.describe('kiosk idle reset', () => {
  let host: KioskHost;
  const problems: string[] = [];
  test.beforeAll(async () => {
    host = await startKioskHost(['--idle-seconds', '3', '--countdown-seconds', '3']);
  });
  test.afterAll(() => host?.stop());

  test('after the idle time a countdown shows, then the query, history and language are wiped', async ({ page }) => {
    await openKiosk(page, host.url, problems);
    // An untouched home screen never counts down.
    await page.waitForTimeout(3_500);
    await expect(page.getByTestId('idle-countdown')).toHaveCount(0);

    await page.getByTestId('language-switch').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
    await page.getByTestId('kiosk-search-bar').click();
    await expect(page.locator('.kiosk-keyboard')).toHaveAttribute('data-layout', 'hi-phonetic');
    await page.locator('.kiosk-keyboard [data-key="Mode-hi"]').click();
    await tapKeys(page, ['BracketLeft', 'KeyD', 'KeyJ', 'KeyA', 'KeyV']);
    await resultsSettled(page);
    await page.locator('.kiosk-results .result-button').first().click();
    await expect(page.getByTestId('kiosk-detail')).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    expect(await page.evaluate(() => window.scrollY), 'the detail page is scrolled down').toBeGreaterThan(0);

    // Input during the countdown keeps the visit.
    await expect(page.getByTestId('idle-countdown')).toBeVisible({ timeout: 6_000 });
    await page.getByTestId('idle-countdown').getByRole('button').click();
    await expect(page.getByTestId('idle-countdown')).toHaveCount(0);
    await expect(page.getByTestId('kiosk-detail')).toBeVisible();

    // Then nobody touches it.
    await expect(page.getByTestId('idle-countdown')).toBeVisible({ timeout: 6_000 });
    await expect(page.getByTestId('idle-countdown')).toContainText('सेकंड');
    await expect(page.getByTestId('kiosk')).toHaveAttribute('data-screen', 'home', { timeout: 6_000 });
    await expect(page.getByTestId('idle-countdown')).toHaveCount(0);
    // The reset lands on the top of the home screen, behind the bilingual attract screen.
    const attract = page.getByTestId('kiosk-attract');
    await expect(attract).toBeVisible();
    await expect(attract).toContainText('Touch anywhere to start');
    await expect(attract).toContainText('शुरू करने के लिए कहीं भी छुएँ');
    await expect(attract.getByRole('button')).toBeFocused();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await attract.click();
    await expect(attract).toHaveCount(0);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await expect(page.locator('#main')).toBeFocused();
    const header = await page.locator('.kiosk-header').boundingBox();
    expect(header?.y, 'the header is at the top of the screen').toBe(0);
    await expect(page.getByTestId('language-switch')).toBeInViewport();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByTestId('kiosk-back')).toHaveCount(0);
    await page.getByTestId('kiosk-search-bar').click();
    await expect(page.getByTestId('kiosk-search-input')).toHaveValue('');
    await expect(page.locator('.kiosk-keyboard')).toHaveAttribute('data-layout', 'en');
    expect(problems).toEqual([]);
  });

  test('a page load moves the search index once and never the catalogue; a reset fetches neither again', async ({ page }) => {
    const moved: { path: string; status: number; bytes: number }[] = [];
    page.on('requestfinished', (request) => {
      void (async () => {
        const response = await request.response();
        const sizes = await request.sizes();
        moved.push({ path: new URL(request.url()).pathname, status: response?.status() ?? 0, bytes: sizes.responseBodySize });
      })();
    });
    await openKiosk(page, host.url, problems);
    await page.getByTestId('kiosk-search-bar').click();
    await tapKeys(page, ['KeyD', 'KeyR', 'KeyO', 'KeyN', 'KeyE']);
    await resultsSettled(page);
    await expect(page.locator('.kiosk-results .result-button').first()).toBeVisible();
    const indexLoads = () => moved.filter((item) => item.path.endsWith('/data/search-index.bin'));
    await expect.poll(() => indexLoads().length, 'the worker streamed the prebuilt index').toBe(1);
    expect(indexLoads()[0]?.status).toBe(200);
    const indexBytes = indexLoads()[0]?.bytes ?? 0;
    expect(indexBytes, 'the index came compressed and whole').toBeGreaterThan(10_000);
    expect(moved.filter((item) => item.path.includes('catalogue:snapshot')), 'the kiosk never reads the whole catalogue').toEqual([]);
    const before = moved.length;
    await page.getByTestId('kiosk-start-again').dispatchEvent('click');
    await expect(page.getByTestId('kiosk')).toHaveAttribute('data-screen', 'home');
    await page.getByTestId('kiosk-attract').click();
    await page.getByTestId('kiosk-search-bar').click();
    await tapKeys(page, ['KeyN', 'KeyD', 'KeyT']);
    await resultsSettled(page);
    await expect(page.locator('.kiosk-results .result-button').first()).toBeVisible();
    const afterReset = moved.slice(before);
    const bigAgain = afterReset.filter((item) => item.path.endsWith('/data/search-index.bin') || item.path.includes('catalogue:snapshot')).filter((item) => item.status !== 304 || item.bytes > 0);
    expect(bigAgain, 'after a reset the page reuses its index (a conditional request at most)').toEqual([]);
    expect(problems).toEqual([]);
  });

  test('"Start again" wipes the visit at once, and the fresh home screen does not count down', async ({ page }) => {
    await openKiosk(page, host.url, problems);
    await page.locator('[data-kind-tile="course"]').click();
    await resultsSettled(page);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    expect(await page.evaluate(() => window.scrollY), 'the results are scrolled down').toBeGreaterThan(0);
    // A touch does not scroll the button into view first, as Playwright's click would.
    await page.getByTestId('kiosk-start-again').dispatchEvent('click');
    await expect(page.getByTestId('kiosk')).toHaveAttribute('data-screen', 'home');
    await expect(page.getByTestId('kiosk-attract')).toBeVisible();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await page.waitForTimeout(4_500);
    await expect(page.getByTestId('idle-countdown')).toHaveCount(0);
    expect(problems).toEqual([]);
  });
});

test.describe('kiosk layout, phonetic Hindi and attract screen at 1920 × 1080', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });
  let host: KioskHost;
  const problems: string[] = [];
  test.beforeAll(async () => {
    host = await startKioskHost([]);
  });
  test.afterAll(() => host?.stop());
  test.beforeEach(() => {
    problems.length = 0;
  });
  test.afterEach(() => {
    expect(problems, 'errors and CSP violations on the page').toEqual([]);
  });

  async function toHindi(page: Page): Promise<void> {
    await page.getByTestId('language-switch').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
  }

  for (const [latin, keys, hindi] of [
    ['drone', ['KeyD', 'KeyR', 'KeyO', 'KeyN', 'KeyE'], 'ड्रोन'],
    ['pariksha', ['KeyP', 'KeyA', 'KeyR', 'KeyI', 'KeyK', 'KeyS', 'KeyH', 'KeyA'], 'परीक्षा'],
  ] as const) {
    test(`with the Hindi UI the keyboard opens phonetic: ${latin} typed in Latin letters gives ${hindi}`, async ({ page }) => {
      await openKiosk(page, host.url, problems);
      await toHindi(page);
      await page.getByTestId('kiosk-search-bar').click();
      const keyboard = page.locator('.kiosk-keyboard');
      await expect(keyboard).toHaveAttribute('data-layout', 'hi-phonetic');
      await expect(page.getByTestId('phonetic-suggestions')).toContainText('pariksha');
      await tapKeys(page, [...keys]);
      await expect(page.getByTestId('kiosk-search-input')).toHaveValue(latin);
      const suggestion = page.locator(`.kiosk-suggestion[data-suggestion="${hindi}"]`);
      await expect(suggestion).toBeVisible();
      await suggestion.click();
      await expect(page.getByTestId('kiosk-search-input')).toHaveValue(hindi);
      await resultsSettled(page);
      expect(await page.locator('.kiosk-results .result-button').count()).toBeGreaterThan(0);
      if (latin === 'drone') await expect(page.locator('.kiosk-results')).toContainText(hindi);
      // InScript is one tap away, and back again.
      await keyboard.locator('[data-key="Mode-hi"]').click();
      await expect(keyboard).toHaveAttribute('data-layout', 'hi');
      await expect(page.getByTestId('phonetic-suggestions')).toHaveCount(0);
      await keyboard.locator('[data-key="Mode-hi-phonetic"]').click();
      await expect(keyboard).toHaveAttribute('data-layout', 'hi-phonetic');
    });
  }

  test('with the Hindi UI the subject-area tiles carry their Hindi names; TDF finds the fund first', async ({ page }) => {
    await openKiosk(page, host.url, problems);
    await toHindi(page);
    await expect(page.locator('[data-domain-tile="Testing and evaluation"]')).toContainText('परीक्षण और मूल्यांकन');
    await page.getByTestId('kiosk-search-bar').click();
    await page.locator('.kiosk-keyboard [data-key="Mode-en"]').click();
    await tapKeys(page, ['KeyT', 'KeyD', 'KeyF']);
    await resultsSettled(page);
    await expect(page.locator('.kiosk-results .result-button').first()).toHaveAttribute('data-entry-id', 'scheme-tdf');
  });

  test('on the InScript keyboard कंपोजिट (anusvara) finds the composite entries written in English, as the desk does', async ({ page }) => {
    await openKiosk(page, host.url, problems);
    await toHindi(page);
    await page.getByTestId('kiosk-search-bar').click();
    await page.locator('.kiosk-keyboard [data-key="Mode-hi"]').click();
    // क ं प ो ज ि ट, in the order InScript stores them.
    await tapKeys(page, ['KeyK', 'KeyX', 'KeyH', 'KeyA', 'KeyP', 'KeyF', 'Quote']);
    await expect(page.getByTestId('kiosk-search-input')).toHaveValue('कंपोजिट');
    await resultsSettled(page);
    await expect(page.locator('.kiosk-results .result-button[data-entry-id="tech-drdl-filament-wound-pressure-vessels"]')).toHaveCount(1);
  });

  test('the English UI opens the English keyboard, with phonetic Hindi one tap away', async ({ page }) => {
    await openKiosk(page, host.url, problems);
    await page.getByTestId('kiosk-search-bar').click();
    const keyboard = page.locator('.kiosk-keyboard');
    await expect(keyboard).toHaveAttribute('data-layout', 'en');
    await expect(page.getByTestId('phonetic-suggestions')).toHaveCount(0);
    await keyboard.locator('[data-key="Mode-hi-phonetic"]').click();
    await expect(page.getByTestId('phonetic-suggestions')).toContainText('Type a Hindi word in English letters');
  });

  for (const language of ['en', 'hi'] as const) {
    test(`the open keyboard leaves at least three results in view (${language})`, async ({ page }) => {
      await openKiosk(page, host.url, problems);
      if (language === 'hi') await toHindi(page);
      await page.getByTestId('kiosk-search-bar').click();
      await tapKeys(page, ['KeyT', 'KeyE', 'KeyS', 'KeyT']);
      await resultsSettled(page);
      expect(await page.locator('.kiosk-results .result-button').count()).toBeGreaterThanOrEqual(3);
      const keyboardTop = (await page.locator('.kiosk-keyboard').boundingBox())?.y ?? 0;
      const fullyInView = await page.locator('.kiosk-results .result-button').evaluateAll(
        (buttons, top) => buttons.filter((button) => {
          const box = button.getBoundingClientRect();
          return box.top >= 0 && box.bottom <= top;
        }).length,
        keyboardTop,
      );
      expect(fullyInView, `results wholly above the keyboard (its top at ${keyboardTop} px)`).toBeGreaterThanOrEqual(3);
    });
  }

  test('the four kind tiles are equal and each carries its icon; the language toggle is large', async ({ page }) => {
    await openKiosk(page, host.url, problems);
    const boxes = await page.locator('[data-kind-tile]').evaluateAll((tiles) => tiles.map((tile) => tile.getBoundingClientRect()).map(({ width, height }) => ({ width: Math.round(width), height: Math.round(height) })));
    expect(boxes).toHaveLength(4);
    for (const box of boxes) expect(box).toEqual(boxes[0]);
    for (const kind of ['technology', 'consultancy', 'course', 'scheme']) {
      await expect(page.locator(`[data-kind-tile="${kind}"] svg[data-kind-icon="${kind}"]`)).toBeVisible();
    }
    // One drawing per kind across the product: a tile's icon is the one its result rows carry.
    for (const kind of ['technology', 'consultancy', 'course', 'scheme']) {
      const tileDrawing = await page.locator(`[data-kind-tile="${kind}"] svg`).innerHTML();
      await page.locator(`[data-kind-tile="${kind}"]`).click();
      await resultsSettled(page);
      await expect(page.locator(`.kiosk-results .result-button svg[data-kind-icon="${kind}"]`).first()).toBeVisible();
      expect(new Set(await page.locator('.kiosk-results .result-button svg').evaluateAll((icons) => icons.map((icon) => icon.innerHTML))), kind).toEqual(new Set([tileDrawing]));
      await page.getByTestId('kiosk-back').click();
    }
    const toggle = await page.getByTestId('language-switch').boundingBox();
    expect(toggle?.height ?? 0).toBeGreaterThanOrEqual(64);
    expect(toggle?.width ?? 0).toBeGreaterThanOrEqual(120);
  });

  for (const language of ['en', 'hi'] as const) {
    test(`the attract screen passes axe and starts on the home screen (${language})`, async ({ page }) => {
      await openKiosk(page, host.url, problems);
      if (language === 'hi') await toHindi(page);
      await page.locator('[data-kind-tile="course"]').click();
      await resultsSettled(page);
      await page.getByTestId('kiosk-start-again').click();
      const attract = page.getByTestId('kiosk-attract');
      await expect(attract).toBeVisible();
      await expect(attract).toContainText('DTTC Knowledge Desk');
      await expect(attract).toContainText('डीटीटीसी ज्ञान डेस्क');
      await expectNoAxeViolations(page, `attract screen (${language})`);
      await page.keyboard.press('Enter');
      await expect(attract).toHaveCount(0);
      await expect(page.getByTestId('kiosk')).toHaveAttribute('data-screen', 'home');
    });
  }

  test('screenshots of the kiosk: home, results with the keyboard, attract screen', async ({ page }) => {
    await openKiosk(page, host.url, problems);
    await page.screenshot({ path: 'docs/screenshots/kiosk-home.png' });
    await toHindi(page);
    await page.getByTestId('kiosk-search-bar').click();
    await tapKeys(page, ['KeyP', 'KeyA', 'KeyR', 'KeyI', 'KeyK', 'KeyS', 'KeyH', 'KeyA']);
    await expect(page.locator('.kiosk-suggestion[data-suggestion="परीक्षा"]')).toBeVisible();
    await resultsSettled(page);
    await page.screenshot({ path: 'docs/screenshots/kiosk-results-keyboard-hi.png' });
    await page.getByTestId('kiosk-start-again').click();
    await expect(page.getByTestId('kiosk-attract')).toBeVisible();
    await page.screenshot({ path: 'docs/screenshots/kiosk-attract.png' });
  });
});

test.describe('kiosk with the test catalogue: long words', () => {
  let host: KioskHost;
  const problems: string[] = [];
  test.beforeAll(async () => {
    host = await startKioskHost(['--catalogue', 'tests/fixtures/catalogue']);
  });
  test.afterAll(() => host?.stop());

  for (const language of ['en', 'hi'] as const) {
    test(`a 120-letter word wraps instead of widening the page (${language})`, async ({ page }) => {
      await page.setViewportSize({ width: 1024, height: 768 });
      await openKiosk(page, host.url, problems);
      if (language === 'hi') {
        await page.getByTestId('language-switch').click();
        await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
      }
      await page.locator('[data-kind-tile="consultancy"]').click();
      await resultsSettled(page);
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      await expect(page.locator('.kiosk-results')).toContainText('Electromagneticcompatibilityqualification');
      expect(await overflow(), 'results page sideways overflow (px)').toBe(0);
      await page.locator('.kiosk-results .result-button', { hasText: 'Electromagneticcompatibilityqualification' }).click();
      await expect(page.getByTestId('kiosk-detail')).toContainText('Electromagneticcompatibilityqualification');
      expect(await overflow(), 'detail page sideways overflow (px)').toBe(0);
      expect(problems).toEqual([]);
    });
  }
});
