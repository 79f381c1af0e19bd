// One primary action per view (renderer/styles/components.css, beside .button-primary): on each view
// of the desk exactly one visible button is filled in the accent colour, whatever its class, and it
// is the one the rule names: New enquiry where staff look things up or review records, Print on the
// visitor's brief, Check now on Updates. A pressed chip or toggle shows a state and is not counted.
// Against a host of the spec's own on the installed signed feed, so the Updates page has its sync
// service (and its Check now) as `npm start` has.
import type { Page } from '@playwright/test';
import { sampleDraft } from '../../shared/enquiry/testing/enquiryArbitraries';
import { openLog, today } from './desk';
import { apiHeadersOf, expect, test } from './fixtures';
import { startOwnHost, type OwnHost } from './ownHost';

let host: OwnHost;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  host = await startOwnHost('dttc-e2e-primary-', [], null);
});

test.afterAll(() => host?.stop());

/** Every visible button (or button-like link or label) filled with the accent colour, by its test id or text. */
async function primaryStyled(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const probe = document.createElement('span');
    probe.style.backgroundColor = 'var(--accent)';
    document.body.append(probe);
    const accent = getComputedStyle(probe).backgroundColor;
    probe.remove();
    const candidates = document.querySelectorAll<HTMLElement>('button, a, label.button, [role="button"], input[type="button"], input[type="submit"]');
    return [...candidates]
      .filter((element) => !element.hasAttribute('aria-pressed'))
      .filter((element) => element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) && element.getClientRects().length > 0)
      // Not placed above or left of the page, as the skip link is until it has the focus.
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.bottom + window.scrollY > 0 && box.right + window.scrollX > 0;
      })
      .filter((element) => getComputedStyle(element).backgroundColor === accent)
      .map((element) => element.dataset.testid ?? element.textContent?.trim() ?? element.tagName);
  });
}

async function expectOnePrimary(page: Page, view: string, expected: string): Promise<void> {
  // The count settles with the view (a view's own action takes over from New enquiry as it mounts).
  await expect.poll(() => primaryStyled(page), { message: `primary-styled buttons on ${view}` }).toEqual([expected]);
  // And it is the class that says so, not only the colour.
  await expect(page.locator('.button-primary:visible'), view).toHaveCount(1);
}

test('each view of the desk has exactly one primary-styled button', async ({ openApp, request }) => {
  test.setTimeout(120_000);
  const saved = await request.post(`${host.url}api/enquiry:save`, {
    headers: apiHeadersOf(host.url),
    data: { argument: { draft: sampleDraft({ enquiryDate: today() as ReturnType<typeof sampleDraft>['enquiryDate'], followUpAction: '', followUpDate: undefined }) } },
  });
  const enquiry = ((await saved.json()) as { ok: boolean; value: { id: string } }).value;

  const page = await openApp(host.url);
  await expectOnePrimary(page, 'search', 'new-enquiry');

  await page.getByTestId('result-pick').first().check();
  await expect(page.getByTestId('picked-bar')).toBeVisible();
  await expectOnePrimary(page, 'search with a ticked row', 'new-enquiry');
  await page.getByTestId('result-pick').first().uncheck();

  await page.locator('.result-button').first().click();
  await expect(page).toHaveURL(/#\/entry\//);
  await expect(page.getByRole('group', { name: 'Actions' })).toBeVisible();
  await expectOnePrimary(page, 'detail', 'new-enquiry');

  await openLog(page);
  await expect(page.locator(`[data-enquiry-id="${enquiry.id}"]`)).toBeVisible();
  await expectOnePrimary(page, 'enquiry log', 'new-enquiry');

  await page.getByTestId('open-reports').click();
  await expect(page.getByTestId('report-controls')).toBeVisible();
  await expectOnePrimary(page, 'reports', 'new-enquiry');

  await openLog(page);
  await page.locator(`[data-enquiry-id="${enquiry.id}"]`).getByTestId('open-brief').click();
  await expect(page.getByTestId('print-visitor-brief')).toBeVisible();
  await expectOnePrimary(page, 'brief', 'print-visitor-brief');
  // New enquiry is still there, in the secondary style, and still opens the form.
  await expect(page.getByTestId('new-enquiry')).toBeVisible();

  await page.getByTestId('open-updates').click();
  await expect(page.getByTestId('updates-check-now')).toBeVisible();
  await expectOnePrimary(page, 'updates', 'updates-check-now');

  // Back to a view without an action of its own: New enquiry is primary again.
  await page.getByTestId('open-search').click();
  await expectOnePrimary(page, 'search, again', 'new-enquiry');
});
