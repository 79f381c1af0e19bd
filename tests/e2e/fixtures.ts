// Shared Playwright fixtures: the two hosts' addresses, a fresh English/light start for every test,
// and a check after every test that the page broke no Content-Security-Policy rule and threw nothing.
import { test as base, expect, type Page } from '@playwright/test';
import { keyHeaders, keyInDataFolder, registeredHostKey } from './hostAccess';

export const BUNDLED_URL = `http://127.0.0.1:${process.env.E2E_BUNDLED_PORT}/`;
export const FIXTURE_URL = `http://127.0.0.1:${process.env.E2E_FIXTURE_PORT}/`;

/** The API key of a configured host (read from its user-data folder, as `kb api` does) or of one a spec registered. */
export function keyOfHost(baseUrl: string): string {
  const data = baseUrl === BUNDLED_URL ? process.env.E2E_BUNDLED_DATA : baseUrl === FIXTURE_URL ? process.env.E2E_FIXTURE_DATA : undefined;
  if (!data) {
    const key = registeredHostKey(baseUrl);
    if (!key) throw new Error(`${baseUrl} is neither a configured host nor one a spec registered`);
    return key;
  }
  return keyInDataFolder(data);
}

/** Headers for a test's own API call to one of the two configured hosts. */
export const apiHeadersOf = (baseUrl: string) => keyHeaders(keyOfHost(baseUrl));

interface Fixtures {
  /** Page problems a test provokes on purpose (for example a CSP violation it checks for). */
  expectedProblem: RegExp | undefined;
  /** Opens a host's page with settings reset, and waits until the search box answers. */
  openApp(baseUrl: string): Promise<Page>;
}

export const test = base.extend<Fixtures>({
  expectedProblem: [undefined, { option: true }],
  openApp: async ({ page, request, expectedProblem }, use) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    await use(async (baseUrl: string) => {
      const key = keyOfHost(baseUrl);
      const reset = await request.post(`${baseUrl}api/settings:update`, { data: { argument: { language: 'en', theme: 'light' } }, headers: keyHeaders(key) });
      expect((await reset.json()) as unknown).toMatchObject({ ok: true });
      // As the host prints it: the key in the fragment, which the page's first script takes out.
      await page.goto(`${baseUrl}#key=${key}`);
      await expect(page.getByRole('searchbox')).toBeVisible();
      await expect(page.getByTestId('results')).toBeVisible();
      return page;
    });
    const unexpected = problems.filter((problem) => !expectedProblem?.test(problem));
    expect(unexpected, 'errors and CSP violations on the page').toEqual([]);
  },
});

export { expect };

/** Titles of the results on screen, in order. */
export async function resultTitles(page: Page): Promise<string[]> {
  return page.locator('.result-title').allInnerTexts();
}

/** Types into the search box and waits until the results answer this text (not an older keystroke). */
export async function search(page: Page, text: string): Promise<void> {
  const box = page.getByRole('searchbox');
  await box.fill('');
  await box.pressSequentially(text);
  await expect(page.locator('section.results')).toHaveAttribute('aria-busy', 'false');
}
