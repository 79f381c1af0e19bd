// Shared Playwright fixtures: the two hosts' addresses, a fresh English/light start for every test,
// and a check after every test that the page broke no Content-Security-Policy rule and threw nothing.
import { test as base, expect, type Page } from '@playwright/test';

export const BUNDLED_URL = `http://127.0.0.1:${process.env.E2E_BUNDLED_PORT}/`;
export const FIXTURE_URL = `http://127.0.0.1:${process.env.E2E_FIXTURE_PORT}/`;

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
      const reset = await request.post(`${baseUrl}api/settings:update`, { data: { argument: { language: 'en', theme: 'light' } } });
      expect((await reset.json()) as unknown).toMatchObject({ ok: true });
      await page.goto(baseUrl);
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
