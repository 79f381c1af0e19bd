// Kind chips and facet filters narrow the results and show their counts.
import type { Page } from '@playwright/test';
import { FIXTURE_URL, expect, search, test } from './fixtures';

async function total(page: Page): Promise<number> {
  await expect(page.locator('section.results')).toHaveAttribute('aria-busy', 'false');
  const text = await page.locator('.result-total').innerText();
  return Number(/([\d,]+) result/.exec(text)?.[1]?.replace(/,/g, ''));
}

function chip(page: Page, kind: string) {
  return page.locator(`.chip[data-kind="${kind}"]`);
}

test('kind chips count each kind and narrow to one', async ({ openApp }) => {
  const page = await openApp(FIXTURE_URL);
  // 12 entries in the fixture, one expired: 5 technologies, 2 of each other kind.
  await expect(chip(page, 'all')).toContainText('11');
  await expect(chip(page, 'technology')).toContainText('5');
  await expect(chip(page, 'course')).toContainText('2');
  await chip(page, 'course').click();
  await expect(chip(page, 'course')).toHaveAttribute('aria-pressed', 'true');
  expect(await total(page)).toBe(2);
  await expect(page.locator('.result .kind-badge')).toHaveText(['Course', 'Course']);
  // The chips keep their counts so the user can see what the others would show.
  await expect(chip(page, 'technology')).toContainText('5');
});

test('lab, TRL and funding filters narrow the results', async ({ openApp }) => {
  const page = await openApp(FIXTURE_URL);
  const everything = await total(page);
  await page.getByLabel('Lab', { exact: true }).selectOption('DTTC');
  const dttc = await total(page);
  expect(dttc).toBeLessThan(everything);
  await expect(page.getByLabel('Lab', { exact: true }).locator('option:checked')).toHaveText(`DTTC (${dttc})`);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  expect(await total(page)).toBe(everything);

  await chip(page, 'technology').click();
  await page.getByLabel('TRL from').selectOption('7');
  expect(await total(page)).toBe(3); // TRL 7, 8 and 9
  await page.getByRole('button', { name: 'Clear filters' }).click();

  await chip(page, 'scheme').click();
  await page.getByLabel('Funding at least').selectOption({ label: '₹10 crore' });
  expect(await total(page)).toBe(1);
  await expect(page.locator('.result-title')).toHaveText(['Large technology development grant']);
});

test('course dates keep only courses with a batch in the range', async ({ openApp }) => {
  const page = await openApp(FIXTURE_URL);
  await chip(page, 'course').click();
  await page.getByLabel('Batch from').fill('01/05/2030');
  await page.getByLabel('Batch until').fill('01/07/2030');
  expect(await total(page)).toBe(1);
  await expect(page.locator('.result-title')).toHaveText(['CNC machining basics']);
});

test('a filter that leaves nothing offers to clear it', async ({ openApp }) => {
  const page = await openApp(FIXTURE_URL);
  await search(page, 'quasar');
  await chip(page, 'scheme').click();
  await expect(page.locator('.no-results')).toBeVisible();
  await page.getByRole('button', { name: 'searching all kinds of entry' }).click();
  await expect(page.locator('.result-title').first()).toHaveText('Quasar thermal imaging periscope');
});
