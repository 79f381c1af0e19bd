// Type-ahead search finds the planted entry within the first results, whatever way it is typed.
import { FIXTURE_URL, BUNDLED_URL, expect, resultTitles, search, test } from './fixtures';

const PLANTED = 'Quasar thermal imaging periscope';

for (const [how, query] of [
  ['a prefix', 'quas'],
  ['a typo', 'periscpe'],
  ['a Devanagari query', 'पेरिस्कोप'],
] as const) {
  test(`finds the planted entry from ${how} (“${query}”)`, async ({ openApp }) => {
    const page = await openApp(FIXTURE_URL);
    await search(page, query);
    const titles = await resultTitles(page);
    expect(titles.slice(0, 3)).toContain(PLANTED);
  });
}

test('shows results from the first keystroke and highlights the match as plain text', async ({ openApp }) => {
  const page = await openApp(FIXTURE_URL);
  await search(page, 'q');
  await expect(page.locator('.result-title').first()).toBeVisible();
  await search(page, 'quasar');
  const planted = page.locator('.result-button', { hasText: PLANTED });
  await expect(planted.locator('mark').first()).toHaveText(/quasar/i);
});

test('never shows an entry past its valid-until date', async ({ openApp }) => {
  const page = await openApp(FIXTURE_URL);
  await search(page, 'expired quasar');
  await expect(page.locator('.result-title', { hasText: 'Expired quasar entry' })).toHaveCount(0);
});

test('says what to try when nothing matches', async ({ openApp }) => {
  const page = await openApp(FIXTURE_URL);
  await search(page, 'zzqxj');
  const noResults = page.locator('.no-results');
  await expect(noResults).toContainText('Nothing found for “zzqxj”');
  await expect(noResults.getByRole('listitem')).not.toHaveCount(0);
});

test('finds drone entries in the bundled catalogue', async ({ openApp }) => {
  const page = await openApp(BUNDLED_URL);
  await search(page, 'drone');
  const titles = await resultTitles(page);
  expect(titles.length).toBeGreaterThan(0);
  expect(titles.slice(0, 5).some((title) => /drone|UAV/i.test(title))).toBe(true);
});
