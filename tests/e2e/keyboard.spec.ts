// Everything without a mouse: "/" and Ctrl+K find the search box, arrows move, Enter opens, Esc goes
// back; Tab reaches every control of the detail page and of the other main views, each with a
// visible focus ring.
import { sampleDraft } from '../../shared/enquiry/testing/enquiryArbitraries';
import { openLog } from './desk';
import { ringProblems, tabThrough } from './focusRing';
import { FIXTURE_URL, apiHeadersOf, expect, search, test } from './fixtures';

test('search → detail → back with the keyboard only', async ({ openApp }) => {
  const page = await openApp(FIXTURE_URL);
  await page.locator('body').click({ position: { x: 5, y: 5 } }); // focus away from the box first
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('drone');
  await expect(page.locator('section.results')).toHaveAttribute('aria-busy', 'false');

  await page.keyboard.press('ArrowDown');
  await expect(page.locator('[data-result-index="0"]')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const second = page.locator('[data-result-index="1"]');
  await expect(second).toBeFocused();
  const secondId = await second.getAttribute('data-entry-id');

  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toBeFocused();
  await expect(page.locator(`[data-entry="${secondId}"]`)).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(page.locator(`[data-entry-id="${secondId}"]`)).toBeFocused();
  await expect(page.getByRole('searchbox')).toHaveValue('drone');

  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('searchbox')).toBeFocused();
});

test('Ctrl+K goes from an entry straight to the search box; Enter in the box opens the first result', async ({ openApp }) => {
  const page = await openApp(FIXTURE_URL);
  await search(page, 'helmet');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lightweight ballistic helmet');
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('searchbox')).toBeFocused();
});

test('every control on the detail page is reachable with Tab and shows its focus', async ({ openApp }) => {
  const page = await openApp(FIXTURE_URL);
  await search(page, 'quasar');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  const reached = new Set<string>();
  for (let step = 0; step < 20; step += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const style = getComputedStyle(element);
      return { name: (element.textContent ?? '').trim().slice(0, 40), outline: style.outlineStyle !== 'none' && style.outlineWidth !== '0px' };
    });
    if (!focused) continue;
    expect(focused.outline, `visible focus on "${focused.name}"`).toBe(true);
    reached.add(focused.name);
  }
  for (const name of ['Print brief', 'Copy phone', 'Copy e-mail']) expect([...reached].some((text) => text.startsWith(name)), name).toBe(true);
});

test('every focusable thing on the search, enquiry log and Reports views shows a ring when Tab reaches it', async ({ openApp, request }) => {
  test.setTimeout(120_000);
  // One enquiry, with no personal data, so the log has its row buttons.
  const saved = await request.post(`${FIXTURE_URL}api/enquiry:save`, {
    headers: apiHeadersOf(FIXTURE_URL),
    data: { argument: { draft: sampleDraft({ visitorName: '', organisation: '', phone: '', email: '', consent: 'refused', entryIds: [], followUpAction: '', followUpDate: undefined }) } },
  });
  expect(((await saved.json()) as { ok: boolean }).ok).toBe(true);
  const page = await openApp(FIXTURE_URL);
  // One result, so the walk reaches the filters and the footer in a few dozen steps.
  await search(page, 'helmet');
  const views: [string, () => Promise<void>, string[]][] = [
    [
      'search',
      async () => {},
      [
        'open-search', 'open-enquiry-log', 'open-reports', 'language-switch', 'new-enquiry',
        'chip:all', 'chip:technology', 'chip:consultancy', 'chip:course', 'chip:scheme',
        '#filter-lab', '#filter-domain', '#filter-trl-min', '#filter-funding-max', '#filter-course-from', '#results-sort',
        'result-pick', 'open-privacy', 'open-terms',
      ],
    ],
    ['enquiry log', () => openLog(page), ['#enquiry-log-text', '#enquiry-log-type', 'due-only', 'export-csv', 'export-json', 'import-json', 'open-brief']],
    [
      'Reports',
      async () => {
        await page.getByTestId('open-reports').click();
        await expect(page.getByTestId('report-total')).toBeVisible();
      },
      ['group-month', 'export-report', 'print-report'],
    ],
  ];
  const problems: string[] = [];
  for (const [view, open, expected] of views) {
    await open();
    problems.push(...ringProblems(view, await tabThrough(page), expected));
  }
  expect(problems).toEqual([]);
});
