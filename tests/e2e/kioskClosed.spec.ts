// The kiosk names an entry no longer offered when a visitor asks for it by name, as the desk does
// (issue 15, item 5; results.spec.ts for the desk): "conclave" typed on the on-screen keyboard of a
// kiosk host over the bundled catalogue says that the MSME conclave workshop closed on 31 October
// 2026, in English and then in Hindi, with the kiosk's own hint for a visitor, lists no result for
// it, and passes axe in both languages.
import { messagesFor } from '../../shared/i18n/messages/index';
import { expectNoViolations } from './desk';
import { expect, test } from './fixtures';
import { startOwnHost, type OwnHost } from './ownHost';

const CONCLAVE = 'course-msme-conclave-workshop-2026';
const TITLE = { en: 'MSME conclave workshop on DRDO technologies (2026)', hi: 'डीआरडीओ प्रौद्योगिकियों पर एमएसएमई सम्मेलन कार्यशाला (2026)' };
const CLOSED_ON = { en: '31 October 2026', hi: '31 अक्टूबर 2026' };

test.describe('the kiosk and a closed entry', () => {
  let host: OwnHost;
  test.beforeAll(async () => {
    host = await startOwnHost('dttc-e2e-kiosk-closed-', ['--kiosk']);
  });
  test.afterAll(() => host?.stop());

  test('“conclave” on the kiosk says the workshop closed, in English and Hindi', async ({ page }) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    await page.goto(host.url);
    await expect(page.getByTestId('kiosk')).toBeVisible();
    await page.getByTestId('kiosk-search-bar').click();
    for (const code of ['KeyC', 'KeyO', 'KeyN', 'KeyC', 'KeyL', 'KeyA', 'KeyV', 'KeyE']) await page.locator(`.kiosk-keyboard [data-key="${code}"]`).click();
    await expect(page.getByTestId('kiosk-search-input')).toHaveValue('conclave');
    await expect(page.locator('section.kiosk-results')).toHaveAttribute('aria-busy', 'false');

    const notice = page.getByTestId('closed-notice');
    for (const language of ['en', 'hi'] as const) {
      const text = messagesFor(language).closed;
      if (language === 'hi') {
        await page.getByTestId('language-switch').click();
        await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
        await expect(page.getByTestId('kiosk-search-input')).toHaveValue('conclave');
      }
      // Nothing else was found, so it stands where the visitor looks, above the open keyboard.
      await expect(notice).toBeInViewport();
      await expect(notice.getByRole('heading')).toHaveText(text.heading);
      await expect(notice.locator(`li[data-entry-id="${CONCLAVE}"]`)).toHaveText(text.closedOn(TITLE[language], CLOSED_ON[language]));
      await expect(notice.locator('.hint')).toHaveText(text.kioskHint);
      // Named, not offered: no result opens it.
      await expect(page.locator(`.kiosk-results .result-button[data-entry-id="${CONCLAVE}"]`)).toHaveCount(0);
      await expectNoViolations(page, `the kiosk's closed notice (${language})`);
    }
    expect(problems, 'errors and CSP violations on the page').toEqual([]);
  });
});
