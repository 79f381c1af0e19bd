// The canonical answer first, on the bundled catalogue, in the desk's English and Hindi UI:
// an acronym finds its own entry, both Hindi spellings of a word find the same entries, a Hindi
// question reaches test services written only in English (through glossary.csv), and subject areas
// show their Hindi names (vocabulary.csv).
import type { Page } from '@playwright/test';
import { BUNDLED_URL, expect, resultTitles, search, test } from './fixtures';

async function resultIds(page: Page): Promise<string[]> {
  return page.locator('.result-button').evaluateAll((buttons) => buttons.map((button) => (button as HTMLElement).dataset.entryId ?? ''));
}

async function toHindi(page: Page): Promise<void> {
  await page.getByTestId('language-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
}

for (const language of ['en', 'hi'] as const) {
  test(`TDF lists the Technology Development Fund itself first (${language})`, async ({ openApp }) => {
    const page = await openApp(BUNDLED_URL);
    if (language === 'hi') await toHindi(page);
    await search(page, 'TDF');
    expect((await resultIds(page))[0]).toBe('scheme-tdf');
  });

  test(`परीक्षण सुविधा (test facility) lists test services first (${language})`, async ({ openApp }) => {
    const page = await openApp(BUNDLED_URL);
    if (language === 'hi') await toHindi(page);
    await search(page, 'परीक्षण सुविधा');
    const ids = await resultIds(page);
    expect(ids.length).toBeGreaterThan(10);
    expect(ids.slice(0, 5).every((id) => id.startsWith('cons-')), ids.slice(0, 5).join(', ')).toBe(true);
  });
}

test('कंपोजिट (anusvara) and कम्पोजिट (half-nasal) find the same composite entries', async ({ openApp }) => {
  const page = await openApp(BUNDLED_URL);
  await search(page, 'कंपोजिट');
  const anusvara = await resultTitles(page);
  expect(anusvara).toContain('Filament-wound composite pressure vessels');
  await search(page, 'कम्पोजिट');
  expect(await resultTitles(page)).toEqual(anusvara);
});

test('subject areas show their Hindi names in result rows and the subject filter', async ({ openApp }) => {
  const page = await openApp(BUNDLED_URL);
  await search(page, 'vibration testing');
  const row = page.locator('.result-button[data-entry-id="cons-dttc-vibration-shock-testing"]');
  await expect(row.locator('.result-meta')).toContainText('Testing and evaluation');
  await toHindi(page);
  await expect(row.locator('.result-meta')).toContainText('परीक्षण और मूल्यांकन');
  await expect(page.locator('#filter-domain option', { hasText: 'परीक्षण और मूल्यांकन' })).toHaveCount(1);
  await row.click();
  await expect(page.locator('article.entry')).toContainText('परीक्षण और मूल्यांकन');
  // The lab by its code and its Hindi name.
  await expect(page.locator('article.entry')).toContainText('DTTC — रक्षा प्रौद्योगिकी एवं परीक्षण केंद्र');
});
