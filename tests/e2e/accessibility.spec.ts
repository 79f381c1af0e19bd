// axe-core finds no WCAG 2.1 A/AA violation on the search page and a detail page, in English and
// Hindi, light and dark; the same pages are the README's screenshots (docs/screenshots/).
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { BUNDLED_URL, expect, search, test } from './fixtures';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const SCREENSHOTS = 'docs/screenshots';

async function expectNoViolations(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  const summary = results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
  expect(summary, what).toEqual([]);
}

for (const language of ['en', 'hi'] as const) {
  test(`search and detail pages pass axe in ${language === 'en' ? 'English' : 'Hindi'}`, async ({ openApp }) => {
    const page = await openApp(BUNDLED_URL);
    if (language === 'hi') {
      await page.getByTestId('language-switch').click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
    }
    await search(page, language === 'en' ? 'drone' : 'ड्रोन');
    await expect(page.locator('.result-title').first()).toBeVisible();
    await expectNoViolations(page, `search page (${language})`);
    await page.screenshot({ path: `${SCREENSHOTS}/search-${language}.png` });

    await page.locator('.result-button').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoViolations(page, `detail page (${language})`);
    await page.screenshot({ path: `${SCREENSHOTS}/detail-${language}.png`, fullPage: true });
  });
}

test('the dark theme passes axe too', async ({ openApp }) => {
  const page = await openApp(BUNDLED_URL);
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await search(page, 'course');
  await expectNoViolations(page, 'search page (dark)');
  await page.screenshot({ path: `${SCREENSHOTS}/search-dark.png` });
  await page.locator('.result-button').first().click();
  await expectNoViolations(page, 'detail page (dark)');
});

test('at 200% zoom nothing needs sideways scrolling', async ({ openApp }) => {
  const page = await openApp(BUNDLED_URL);
  // 200% zoom of a 1280-pixel window lays the page out in 640 CSS pixels.
  await page.setViewportSize({ width: 640, height: 800 });
  await search(page, 'drone');
  const overflow = async () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.locator('.result-button').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
});

test('the header leaves the first screen to the answer, at 100% and at 200% zoom, in English and Hindi', async ({ openApp }) => {
  const page = await openApp(BUNDLED_URL);
  const headerShare = async () =>
    page.evaluate(() => (document.querySelector('.app-header')?.getBoundingClientRect().height ?? Infinity) / window.innerHeight);
  for (const language of ['en', 'hi'] as const) {
    if (language === 'hi') {
      await page.getByTestId('language-switch').click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    // Navigation, language and New enquiry in one bar; no menu button on a desktop window.
    await expect(page.getByTestId('menu-toggle')).toBeHidden();
    await expect(page.getByRole('navigation').first()).toBeVisible();
    expect(await headerShare(), `header share at 100 % (${language})`).toBeLessThan(0.2);
    // 200 % zoom of a 1280 × 800 window: 640 × 400 CSS pixels.
    await page.setViewportSize({ width: 640, height: 400 });
    await expect(page.getByTestId('menu-toggle')).toBeVisible();
    expect(await headerShare(), `header share at 200 % (${language})`).toBeLessThan(0.5);
    await page.getByTestId('menu-toggle').click();
    await expect(page.getByTestId('open-enquiry-log')).toBeVisible();
    await page.getByTestId('menu-toggle').click();
    await expect(page.getByTestId('open-enquiry-log')).toBeHidden();
    await page.setViewportSize({ width: 1280, height: 800 });
  }
});

test('the "nothing found" state passes axe', async ({ openApp }) => {
  const page = await openApp(BUNDLED_URL);
  await search(page, 'zzqxjv');
  await expect(page.locator('.no-results')).toBeVisible();
  await expectNoViolations(page, 'no results (en)');
});
