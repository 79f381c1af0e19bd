// pa11y (HTML_CodeSniffer, WCAG 2 AA) on every page of the desk in English and Hindi, and on the
// kiosk, in Debian's Chromium: a second checker beside axe, which catches other things (a form
// with no submit button, a link to an anchor that is not there). Puppeteer drives the same
// Chromium binary Playwright uses; one browser serves every page.
import pa11y from 'pa11y';
import puppeteer, { type Browser } from 'puppeteer';
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

/** Opens the host's page with its key, goes to `hash`, waits for the view, and returns pa11y's errors. */
async function errorsOn(baseUrl: string, key: string | undefined, hash: string, ready: string): Promise<string[]> {
  const result = await pa11y(`${baseUrl}${key ? `#key=${key}` : ''}`, {
    standard: 'WCAG2AA',
    browser,
    timeout: 60_000,
    // H32.2 asks every form for a submit button. The search box, filters, sort and report period
    // are forms only to keep Chromium's autofill from gathering their fields (see SearchBox.tsx);
    // each field applies as it changes, with no change of context (WCAG 3.2.2), so there is
    // nothing to submit. H32 is one sufficient technique, not the criterion.
    ignore: ['WCAG2AA.Principle3.Guideline3_2.3_2_2.H32.2'],
    actions: [...(hash ? [`navigate to ${baseUrl}${hash}`] : []), `wait for element ${ready} to be visible`],
  });
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

  test('pa11y finds no WCAG 2 AA error on the kiosk home screen', async () => {
    expect(await errorsOn(kiosk.url, undefined, '', '[data-testid="kiosk"]')).toEqual([]);
  });
});
