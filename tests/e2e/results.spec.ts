// The results' frame: filters in view as chips (never applied out of sight), the sort control, the
// course table, the fact column, Show more, the live count, dates day first, closed entries named,
// addresses (reload, Back and Forward), the focus ring and forced colours.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { BUNDLED_URL, FIXTURE_URL, expect, search, test } from './fixtures';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function total(page: Page): Promise<number> {
  await expect(page.locator('section.results')).toHaveAttribute('aria-busy', 'false');
  const text = await page.locator('.result-total').innerText();
  return Number(/([\d,]+)/.exec(text)?.[1]?.replace(/,/g, ''));
}

function kindChip(page: Page, kind: string) {
  return page.locator(`.chip[data-kind="${kind}"]`);
}

async function toHindi(page: Page): Promise<void> {
  await page.getByTestId('language-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
function isoOfWrittenDate(text: string): string {
  const [day, month, year] = text.trim().split(' ');
  return `${year}-${String(MONTHS.indexOf(month!) + 1).padStart(2, '0')}-${day!.padStart(2, '0')}`;
}

test('TRL from 7, then Funding schemes: the TRL filter is removed and the page says so (no hidden 0 results)', async ({ openApp }) => {
  const page = await openApp(FIXTURE_URL);
  await kindChip(page, 'technology').click();
  await page.getByLabel('TRL from').selectOption('7');
  expect(await total(page)).toBe(3);
  await expect(page.getByTestId('active-filters').locator('.filter-chip')).toHaveText(['TRL 7 or more×']);

  await kindChip(page, 'scheme').click();
  expect(await total(page)).toBe(2);
  await expect(page.getByTestId('dropped-filters')).toHaveText('Removed TRL 7 or more: it does not apply to Funding schemes.');
  await expect(page.getByTestId('active-filters')).toHaveCount(0);
  // Back under All, no TRL filter is in force either: every entry is there.
  await kindChip(page, 'all').click();
  expect(await total(page)).toBe(11);
});

test('under All a filter of one kind shows as a chip saying so, and its remove button takes it away', async ({ openApp }) => {
  const page = await openApp(FIXTURE_URL);
  await page.getByLabel('Lab', { exact: true }).selectOption('DTTC');
  await page.getByLabel('TRL from').selectOption('7');
  const chips = page.getByTestId('active-filters').locator('.filter-chip');
  await expect(chips).toHaveText(['Lab: DTTC×', 'TRL 7 or more (Technologies only)×']);
  await page.getByRole('button', { name: 'Remove filter: TRL 7 or more (Technologies only)' }).click();
  await expect(chips).toHaveText(['Lab: DTTC×']);
  await expect(page.getByLabel('TRL from')).toHaveValue('');
  await page.getByRole('button', { name: 'Remove filter: Lab: DTTC' }).click();
  await expect(page.getByTestId('active-filters')).toHaveCount(0);
  expect(await total(page)).toBe(11);

  await toHindi(page);
  await page.getByLabel('टीआरएल से').selectOption('7');
  await expect(chips).toHaveText([/^टीआरएल 7 या अधिक \(केवल .+\)×$/]);
  await page.getByRole('button', { name: /^फ़िल्टर हटाएँ: टीआरएल/ }).click();
  await expect(page.getByTestId('active-filters')).toHaveCount(0);
});

test('every row shows its key fact in the fact column', async ({ openApp }) => {
  const page = await openApp(FIXTURE_URL);
  await kindChip(page, 'technology').click();
  const facts = page.getByTestId('result-fact');
  for (const fact of await facts.allInnerTexts()) expect(fact).toMatch(/^TRL \d$/);
  await kindChip(page, 'scheme').click();
  for (const fact of await facts.allInnerTexts()) expect(fact).toMatch(/^up to ₹/);
  await kindChip(page, 'course').click();
  for (const fact of await facts.allInnerTexts()) expect(fact).toMatch(/(next batch \d{1,2} \w+ \d{4}|fee ₹[\d,]+|free)/);
  await kindChip(page, 'consultancy').click();
  await expect(facts).toHaveText(['usually 3 working days', 'usually 10 working days']);
  await toHindi(page);
  await expect(facts).toHaveText(['सामान्यतः 3 कार्य दिवस', 'सामान्यतः 10 कार्य दिवस']);
});

test('courses sort by next batch, show as a table with fee and seats, and the address keeps both', async ({ openApp }) => {
  const page = await openApp(BUNDLED_URL);
  await kindChip(page, 'course').click();
  await expect(page.getByLabel('Sort by').locator('option')).toHaveText(['Best match', 'Next batch first', 'Lowest fee first', 'Recently updated']);
  await page.getByLabel('Sort by').selectOption('nextBatch');
  await page.getByRole('button', { name: 'Table' }).click();
  const table = page.getByTestId('course-table');
  await expect(table.locator('thead th')).toHaveText(['Shown', 'Course', 'Next batch', 'Duration', 'Mode', 'Fee', 'Seats']);
  const dates = (await table.locator('td[data-column="next-batch"]').allInnerTexts()).filter((text) => text !== 'None announced');
  expect(dates.length).toBeGreaterThan(5);
  const isos = dates.map(isoOfWrittenDate);
  expect(isos).toEqual([...isos].sort());
  for (const fee of await table.locator('td[data-column="fee"]').allInnerTexts()) expect(fee).toMatch(/^(₹[\d,]+|Free|Not given)$/);

  await expect(page).toHaveURL(/sort=nextBatch/);
  await expect(page).toHaveURL(/view=table/);
  await page.reload();
  await expect(page.getByTestId('course-table')).toBeVisible();
  await expect(page.getByLabel('Sort by')).toHaveValue('nextBatch');
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);

  // The lowest fee first, in Hindi.
  await toHindi(page);
  await page.getByLabel('क्रम').selectOption('fee');
  await expect(table.locator('thead th')).toHaveText(['दिखाई गई', 'पाठ्यक्रम', 'अगला बैच', 'अवधि', 'माध्यम', 'शुल्क', 'सीटें']);
  const fees = (await table.locator('td[data-column="fee"]').allInnerTexts()).map((fee) => (fee === 'निःशुल्क' ? 0 : Number(fee.replace(/[^\d]/g, ''))));
  expect(fees.length).toBeGreaterThan(5);
  expect(fees).toEqual([...fees].sort((a, b) => a - b));
});

test('Show more pages beyond the first 50 results', async ({ openApp }) => {
  const page = await openApp(BUNDLED_URL);
  const all = await total(page);
  expect(all).toBeGreaterThan(100);
  await expect(page.locator('.result')).toHaveCount(50);
  await expect(page.locator('.show-more .hint')).toHaveText(`Showing 50 of ${all}`);
  await page.getByTestId('show-more').click();
  await expect(page.locator('.result')).toHaveCount(100);
  await expect(page.locator('.show-more .hint')).toHaveText(`Showing 100 of ${all}`);
  // New words start again at the first page.
  await search(page, 'a');
  await expect(page.locator('.result')).toHaveCount(50);
});

test('the result count is announced in a polite live region, in English and Hindi', async ({ openApp }) => {
  const page = await openApp(FIXTURE_URL);
  const region = page.getByTestId('result-announcement');
  await expect(region).toHaveAttribute('aria-live', 'polite');
  await expect(region).toHaveText('11 results');
  await search(page, 'quasar');
  await expect(region).toHaveText(/^\d+ results? for “quasar”$/);
  await search(page, 'zzqxjv');
  await expect(region).toHaveText('0 results for “zzqxjv”');
  await toHindi(page);
  await expect(region).toHaveText('“zzqxjv” के लिए 0 परिणाम');
});

test('course dates are typed and shown day first, and a wrong date is named', async ({ openApp }) => {
  const page = await openApp(FIXTURE_URL);
  await kindChip(page, 'course').click();
  const from = page.getByLabel('Batch from');
  await expect(from).toHaveAttribute('placeholder', 'dd/mm/yyyy');
  await from.fill('01/05/2030');
  await page.getByLabel('Batch until').fill('1-7-2030');
  expect(await total(page)).toBe(1);
  await expect(page.getByTestId('active-filters').locator('.filter-chip')).toHaveText(['Batches 1 May 2030 to 1 July 2030×']);

  await from.fill('31/02/2030');
  await from.blur();
  await expect(page.getByRole('alert')).toHaveText('“31/02/2030” is not a day of the calendar: check the day and the month.');
  await expect(from).toHaveAttribute('aria-invalid', 'true');
  // The last good date stays in force meanwhile.
  expect(await total(page)).toBe(1);

  await page.getByRole('button', { name: 'Clear filters', exact: true }).click();
  await expect(from).toHaveValue('');
  await toHindi(page);
  const hindiFrom = page.getByLabel('बैच इस तिथि से');
  await expect(hindiFrom).toHaveAttribute('placeholder', 'दिन/माह/वर्ष');
  await hindiFrom.fill('05/13/2030');
  await hindiFrom.press('Enter');
  await expect(page.getByRole('alert')).toContainText('कैलेंडर का कोई दिन नहीं है');
});

test('an expired entry asked for by name says when it closed, in English and Hindi', async ({ openApp }) => {
  const page = await openApp(BUNDLED_URL);
  await search(page, 'conclave');
  const notice = page.getByTestId('closed-notice');
  await expect(notice).toContainText('“MSME conclave workshop on DRDO technologies (2026)” closed on 31 October 2026.');
  await expect(page.locator('.result-title', { hasText: 'conclave' })).toHaveCount(0);
  await toHindi(page);
  await expect(notice).toContainText('31 अक्टूबर 2026 को बंद हो गया');
});

test('addresses: reload keeps the open entry, Back and Forward stay in the app, titles follow, landmarks are there', async ({ openApp }) => {
  const page = await openApp(FIXTURE_URL);
  await expect(page.getByRole('navigation').first()).toBeVisible();
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.getByRole('search')).toBeVisible();
  const appTitle = await page.title();

  await search(page, 'quasar');
  await expect(page).toHaveURL(/#\/search\?q=quasar/);
  await page.locator('.result-button').first().click();
  await expect(page).toHaveURL(/#\/entry\/[a-z0-9-]+$/);
  const heading = await page.getByRole('heading', { level: 1 }).innerText();
  await expect(page).toHaveTitle(`${heading} – ${appTitle}`);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  await expect(page).toHaveTitle(`${heading} – ${appTitle}`);

  await page.goBack();
  await expect(page.getByRole('searchbox')).toHaveValue('quasar');
  await expect(page).toHaveURL(/#\/search\?q=quasar/);
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
});

test('a focused result has a full ring inside its row', async ({ openApp }) => {
  const page = await openApp(FIXTURE_URL);
  await page.getByRole('searchbox').press('ArrowDown');
  const first = page.locator('.result-button').first();
  await expect(first).toBeFocused();
  const ring = await first.evaluate((element) => {
    const style = getComputedStyle(element);
    return { style: style.outlineStyle, width: style.outlineWidth, offset: style.outlineOffset };
  });
  expect(ring).toEqual({ style: 'solid', width: '3px', offset: '-3px' });
});

test('in forced colours the selected kind chip still stands out', async ({ openApp }) => {
  const page = await openApp(FIXTURE_URL);
  await page.emulateMedia({ forcedColors: 'active' });
  await kindChip(page, 'course').click();
  const look = (kind: string) =>
    kindChip(page, kind).evaluate((element) => {
      const style = getComputedStyle(element);
      return { background: style.backgroundColor, border: style.borderTopWidth };
    });
  const selected = await look('course');
  const other = await look('technology');
  expect(selected.background).not.toBe(other.background);
  expect(selected.border).toBe('3px');
});
