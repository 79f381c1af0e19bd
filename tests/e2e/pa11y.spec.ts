// pa11y (HTML_CodeSniffer, WCAG 2 AA) on every page of the desk in English and Hindi, and on the
// kiosk, in Debian's Chromium: a second checker beside axe, which catches other things (a form
// with no submit button, a link to an anchor that is not there). The kiosk is checked on each
// state a visitor passes through (home, results, an entry, the attract screen), in both
// languages. Puppeteer drives the same Chromium binary Playwright uses; one browser serves every page.
import pa11y, { type Pa11yOptions } from 'pa11y';
import puppeteer, { type Browser, type Page } from 'puppeteer';
import { BUNDLED_URL, apiHeadersOf, expect, keyOfHost, test } from './fixtures';
import { startOwnHost, type OwnHost } from './ownHost';
import { sampleDraft } from '../../shared/enquiry/testing/enquiryArbitraries';
import { CHROMIUM_ARGS } from '../../playwright.config';

let browser: Browser;
test.beforeAll(async () => {
  browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
});
test.afterAll(async () => {
  await browser?.close();
});

const PA11Y_OPTIONS: Pa11yOptions = {
  standard: 'WCAG2AA',
  timeout: 60_000,
  // H32.2 asks every form for a submit button. The search box, filters, sort and report period
  // are forms only to keep Chromium's autofill from gathering their fields (see SearchBox.tsx);
  // each field applies as it changes, with no change of context (WCAG 3.2.2), so there is
  // nothing to submit. H32 is one sufficient technique, not the criterion.
  ignore: ['WCAG2AA.Principle3.Guideline3_2.3_2_2.H32.2'],
};

/** Opens the host's page with its key, goes to `hash`, waits for the view, and returns pa11y's errors. */
async function errorsOn(baseUrl: string, key: string | undefined, hash: string, ready: string): Promise<string[]> {
  const result = await pa11y(`${baseUrl}${key ? `#key=${key}` : ''}`, {
    ...PA11Y_OPTIONS,
    browser,
    actions: [...(hash ? [`navigate to ${baseUrl}${hash}`] : []), `wait for element ${ready} to be visible`],
  });
  return result.issues.filter((issue) => issue.type === 'error').map((issue) => `${issue.code} at ${issue.selector}: ${issue.message}`);
}

/** pa11y's errors on a page of `browser` as it stands (no navigation). */
async function errorsOnPage(page: Page): Promise<string[]> {
  const result = await pa11y(page.url(), { ...PA11Y_OPTIONS, browser, page, ignoreUrl: true });
  return result.issues.filter((issue) => issue.type === 'error').map((issue) => `${issue.code} at ${issue.selector}: ${issue.message}`);
}

test('pa11y finds no WCAG 2 AA error on any desk page, in English and Hindi', async ({ request }) => {
  test.setTimeout(240_000);
  const headers = apiHeadersOf(BUNDLED_URL);
  const saved = await request.post(`${BUNDLED_URL}api/enquiry:save`, { headers, data: { argument: { draft: sampleDraft({ entryIds: ['scheme-tdf'] as never }) } } });
  const enquiry = ((await saved.json()) as { value: { id: string } }).value;
  const pages: [string, string, string][] = [
    ['search', '#/search?q=drone', '.result-button'],
    ['no results', '#/search?q=qxzjvq', '.no-results'],
    ['detail', '#/entry/scheme-tdf', 'h1'],
    ['enquiry log', '#/enquiries', '[data-testid="enquiry-filters"]'],
    ['brief', `#/enquiry/${enquiry.id}/brief`, '[data-testid="visitor-brief"]'],
    ['reports', '#/reports', '[data-testid="report-controls"]'],
    ['updates', '#/updates', '[data-testid="updates-page"]'],
    ['what’s new', '#/whats-new', 'h1'],
    ['privacy', '#/privacy', 'h1'],
    ['terms', '#/terms', 'h1'],
  ];
  const found: Record<string, string[]> = {};
  for (const language of ['en', 'hi'] as const) {
    const reset = await request.post(`${BUNDLED_URL}api/settings:update`, { data: { argument: { language, theme: 'light' } }, headers });
    expect(reset.ok()).toBe(true);
    for (const [name, hash, ready] of pages) {
      const errors = await errorsOn(BUNDLED_URL, keyOfHost(BUNDLED_URL), hash, ready);
      if (errors.length > 0) found[`${name} (${language})`] = errors;
    }
  }
  await request.post(`${BUNDLED_URL}api/settings:update`, { data: { argument: { language: 'en' } }, headers });
  expect(found).toEqual({});
});

test.describe('the kiosk', () => {
  let kiosk: OwnHost;
  test.beforeAll(async () => {
    kiosk = await startOwnHost('dttc-e2e-pa11y-kiosk-', ['--kiosk']);
  });
  test.afterAll(() => kiosk?.stop());

  // The kiosk has no addresses of its own: one page is walked from state to state as a visitor
  // walks it (home, a search typed on the on-screen keyboard, an entry), and pa11y checks each
  // state as it stands. The attract screen shows both languages at once and always lies over the
  // home screen in the kiosk's own language (a reset forgets the visitor's), so it is checked once,
  // after a Hindi visitor's "Start again".
  test('pa11y finds no WCAG 2 AA error on the kiosk: home, results, an entry and the attract screen, in English and Hindi', async () => {
    test.setTimeout(180_000);
    const page = await browser.newPage();
    const found: Record<string, string[]> = {};
    const check = async (state: string) => {
      const errors = await errorsOnPage(page);
      if (errors.length > 0) found[state] = errors;
    };
    const tap = async (selector: string) => {
      await page.locator(selector).click();
    };
    try {
      await page.goto(kiosk.url);
      await page.waitForSelector('[data-testid="kiosk"] [data-kind-tile]', { visible: true });
      for (const language of ['en', 'hi'] as const) {
        if (language === 'hi') {
          await tap('[data-testid="language-switch"]');
          await page.waitForSelector('html[lang="hi"]');
        }
        await page.waitForSelector('[data-testid="kiosk"][data-screen="home"] [data-kind-tile]', { visible: true });
        await check(`home (${language})`);

        await tap('[data-testid="kiosk-search-bar"]');
        for (const key of ['KeyD', 'KeyR', 'KeyO', 'KeyN', 'KeyE']) await tap(`.kiosk-keyboard [data-key="${key}"]`);
        // The Hindi UI's keyboard is phonetic: "drone" in Latin letters offers ड्रोन.
        if (language === 'hi') await tap('.kiosk-suggestion[data-suggestion="ड्रोन"]');
        await page.waitForFunction((text) => (document.querySelector('[data-testid="kiosk-search-input"]') as HTMLInputElement | null)?.value === text, {}, language === 'en' ? 'drone' : 'ड्रोन');
        await page.waitForSelector('section.kiosk-results[aria-busy="false"] .result-button', { visible: true });
        await check(`results with the keyboard open (${language})`);

        await tap('.kiosk-results .result-button');
        await page.waitForSelector('[data-testid="kiosk-detail"] [data-testid="entry-qr"]', { visible: true });
        await check(`an entry's detail (${language})`);

        await tap('[data-testid="kiosk-start-again"]');
        await page.waitForSelector('[data-testid="kiosk-attract"]', { visible: true });
        if (language === 'hi') await check('the attract screen');
        await tap('[data-testid="kiosk-attract"] button');
        await page.waitForSelector('[data-testid="kiosk-attract"]', { hidden: true });
      }
    } finally {
      await page.close();
    }
    expect(found, 'pa11y errors by kiosk state').toEqual({});
  });
});
