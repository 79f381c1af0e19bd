// The language switch turns every label, number and date to Hindi and back, and is remembered.
import { FIXTURE_URL, expect, search, test } from './fixtures';

test('switches to Hindi and back, and remembers the choice', async ({ openApp }) => {
  const page = await openApp(FIXTURE_URL);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByTestId('language-switch').click();

  await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
  await expect(page.getByRole('searchbox', { name: 'सूची में खोजें' })).toBeVisible();
  await expect(page.locator('.chip[data-kind="course"]')).toContainText('पाठ्यक्रम');
  await expect(page.getByTestId('entry-count')).toContainText('प्रविष्टियाँ');
  await expect(page).toHaveTitle('डीटीटीसी ज्ञान डेस्क');

  // Entry text in Hindi where the catalogue has it, English (marked lang="en") where it does not.
  await search(page, 'periscope');
  const planted = page.locator('.result-title').first();
  await expect(planted).toHaveText('क्वासर थर्मल इमेजिंग पेरिस्कोप');
  await search(page, 'seeker');
  await expect(page.locator('.result-title').first()).toHaveText('Imaging infrared seeker');
  await expect(page.locator('.result-title').first()).toHaveAttribute('lang', 'en');

  // Money in crore and dates with Hindi month names on a detail page.
  await search(page, 'grant');
  await page.locator('.result-button', { hasText: 'बड़ा प्रौद्योगिकी विकास अनुदान' }).click();
  await expect(page.locator('[data-field="maxFunding"] dd')).toHaveText('₹50 करोड़ (₹50,00,00,000)');
  await expect(page.locator('[data-field="applyBy"] dd')).toHaveText('31 दिसंबर 2030');

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
  await expect(page.getByTestId('language-switch')).toHaveText('English');

  await page.getByTestId('language-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // The reload kept the open entry (its address): it is now in English.
  await expect(page.locator('[data-field="applyBy"] dd')).toHaveText('31 December 2030');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('English shows lakh and crore with Indian digit grouping', async ({ openApp }) => {
  const page = await openApp(FIXTURE_URL);
  await search(page, 'grant');
  await page.locator('.result-button', { hasText: 'Large technology development grant' }).click();
  await expect(page.locator('[data-field="maxFunding"] dd')).toHaveText('₹50 crore (₹50,00,00,000)');
  await expect(page.locator('[data-field="applyBy"] dd')).toHaveText('31 December 2030');
});
