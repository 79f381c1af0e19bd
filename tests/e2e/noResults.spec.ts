// Zero results are never a dead end (issue 13, item 4): a misspelt word offers the word the
// catalogue holds ("did you mean", in either script) and subject areas to browse, as buttons that
// run the search or the browse; in English and in the Hindi UI, whose subject areas read in Hindi;
// axe on the state in both.
import { expectNoViolations, switchToHindi } from './desk';
import { BUNDLED_URL, expect, search, test } from './fixtures';

for (const language of ['en', 'hi'] as const) {
  test(`a misspelt search offers what the catalogue holds and areas to browse, and passes axe (${language === 'en' ? 'English' : 'Hindi'})`, async ({ openApp }) => {
    const page = await openApp(BUNDLED_URL);
    if (language === 'hi') await switchToHindi(page);
    await search(page, 'compozit');
    await expect(page.getByTestId('no-results')).toBeVisible();
    const offer = page.getByTestId('did-you-mean').getByRole('button', { name: language === 'en' ? 'Search for “composite”' : '“composite” खोजें' });
    await expect(offer).toBeVisible();
    const browse = page.getByTestId('browse-instead').getByRole('button');
    await expect(browse.first()).toBeVisible();
    // The Materials area, named in the UI's language (from the catalogue's vocabulary).
    await expect(page.getByTestId('browse-instead')).toContainText(language === 'en' ? 'Materials' : 'सामग्री');
    await expectNoViolations(page, `nothing found, with did you mean and areas to browse (${language})`);

    await offer.click();
    await expect(page.getByRole('searchbox')).toHaveValue('composite');
    await expect(page.locator('section.results')).toHaveAttribute('aria-busy', 'false');
    await expect(page.locator('.result-button')).not.toHaveCount(0);
    await expect(page.getByTestId('no-results')).toHaveCount(0);

    // Browsing an area instead: the words go, the area becomes a removable filter, entries show.
    await search(page, 'compozit');
    await page.getByTestId('browse-instead').getByRole('button', { name: language === 'en' ? 'Browse Materials' : 'सामग्री देखें' }).click();
    await expect(page.getByRole('searchbox')).toHaveValue('');
    await expect(page.locator('section.results')).toHaveAttribute('aria-busy', 'false');
    await expect(page.locator('.result-button')).not.toHaveCount(0);
    await expect(page.getByTestId('active-filters')).toContainText(language === 'en' ? 'Materials' : 'सामग्री');
  });
}

test('a Devanagari misspelling is offered its Devanagari correction', async ({ openApp }) => {
  const page = await openApp(BUNDLED_URL);
  await search(page, 'कम्पोजिटटट');
  const offers = page.getByTestId('did-you-mean').getByRole('button');
  await expect(offers.first()).toBeVisible();
  await expect(offers.first()).toHaveAttribute('lang', 'hi');
  await offers.first().click();
  await expect(page.locator('.result-button')).not.toHaveCount(0);
});
