// The visitor's take-away for one enquiry, end to end: an enquiry linking one entry of each kind is
// saved, its brief opened from the log in the Hindi UI, read on screen, checked by axe, printed to
// PDF in Hindi and in English and read page by page (A4, the reference on every page, each entry on
// exactly one page, in the order linked), its reply text checked in both languages, and axe again
// in the English UI.
import { expectNoViolations, today, unwrapped } from './desk';
import { BUNDLED_URL, apiHeadersOf, expect, test } from './fixtures';
import { pdfPages, printToPdf } from './pdfPages';
import { sampleDraft } from '../../shared/enquiry/testing/enquiryArbitraries';

interface EntrySummary {
  id: string;
  kind: string;
  title: { en: string; hi?: string };
  sourceUrl?: string;
  batches?: { start: string; end: string }[];
}

test('a combined brief and reply for an enquiry, in Hindi and English, printed page by page, passing axe in both UI languages', async ({ openApp, request }) => {
  test.setTimeout(120_000);
  const headers = apiHeadersOf(BUNDLED_URL);
  const snapshot = (await (await request.post(`${BUNDLED_URL}api/catalogue:snapshot`, { data: {}, headers })).json()) as { value: { entries: (EntrySummary & { status: string })[] } };
  // One entry of each kind with a source link (for the QR code); the course one with a batch to come.
  const pick = (kind: string) =>
    snapshot.value.entries.find(
      (entry) => entry.kind === kind && entry.status === 'active' && entry.sourceUrl && (kind !== 'course' || (entry.batches ?? []).some((batch) => batch.end >= today())),
    );
  const linked = ['technology', 'course', 'scheme', 'consultancy'].map(pick);
  expect(linked.every(Boolean), 'the bundled catalogue has an entry of each kind with a link').toBe(true);
  const entries = linked as EntrySummary[];

  const saved = await request.post(`${BUNDLED_URL}api/enquiry:save`, {
    headers,
    data: {
      argument: {
        draft: sampleDraft({
          enquiryDate: today() as ReturnType<typeof sampleDraft>['enquiryDate'],
          question: 'ड्रोन तकनीक, पायलट कोर्स और वित्तपोषण',
          entryIds: entries.map((entry) => entry.id) as ReturnType<typeof sampleDraft>['entryIds'],
          followUpAction: '',
          followUpDate: undefined,
        }),
      },
    },
  });
  const enquiry = ((await saved.json()) as { ok: boolean; value: { id: string; reference: string } }).value;
  expect(enquiry.reference).toMatch(/^DTTC-/);

  const page = await openApp(BUNDLED_URL);
  await page.getByTestId('language-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
  await page.getByTestId('open-enquiry-log').click();
  await page.locator(`[data-enquiry-id="${enquiry.id}"]`).getByTestId('open-brief').click();
  await expect(page).toHaveURL(new RegExp(`#/enquiry/${enquiry.id}/brief$`));
  await expect(page).toHaveTitle(new RegExp(enquiry.reference));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('आगंतुक के लिए विवरण');

  // On screen, in Hindi (the UI's language): the reference, and the entries in the order linked, titled in Hindi where they have it.
  const brief = page.getByTestId('visitor-brief');
  await expect(brief.getByTestId('brief-reference')).toHaveText(enquiry.reference);
  const sections = brief.getByTestId('brief-entry');
  await expect(sections).toHaveCount(4);
  for (const [index, entry] of entries.entries()) {
    await expect(sections.nth(index)).toHaveAttribute('data-entry-id', entry.id);
    await expect(sections.nth(index).locator('h3')).toHaveText(entry.title.hi ?? entry.title.en);
    await expect(sections.nth(index).locator('img')).toHaveAttribute('src', /^data:image\/svg\+xml/);
  }
  await expect(sections.nth(1).locator('[data-fact="nextBatch"]')).toContainText('अगला बैच');
  await expect(brief).toContainText('रक्षा प्रौद्योगिकी एवं परीक्षण केंद्र, लखनऊ');
  await expect(brief).toContainText('Defence Technology and Test Centre, Lucknow');
  const reply = page.getByTestId('brief-reply');
  await expect(reply).toHaveValue(/^प्रिय Asha Verma,/);
  for (const entry of entries) await expect(reply).toHaveValue(new RegExp(entry.sourceUrl!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await expect(reply).toHaveValue(new RegExp(`आपकी संदर्भ संख्या ${enquiry.reference} है`));

  await page.screenshot({ path: 'docs/screenshots/brief-hi.png' });
  await expectNoViolations(page, 'axe on the brief page (Hindi)');

  // In print only the brief shows: no app header, no tools, no reply.
  await page.emulateMedia({ media: 'print' });
  await expect(brief).toBeVisible();
  await expect(page.locator('.app-header')).toBeHidden();
  await expect(page.getByTestId('print-visitor-brief')).toBeHidden();
  await expect(reply).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  const hindiPages = await pdfPages(await printToPdf(page));
  expect(hindiPages.length, 'pages of the Hindi brief').toBeGreaterThanOrEqual(1);
  expect(hindiPages.length, 'pages of the Hindi brief').toBeLessThanOrEqual(3);
  for (const [index, printed] of hindiPages.entries()) {
    expect(printed.size, `page ${index + 1} is A4`).toEqual([595, 842]);
    expect(printed.text, `page ${index + 1} carries the reference`).toContain(enquiry.reference);
  }
  expect(unwrapped(hindiPages.map((printed) => printed.text).join(''))).toContain(entries[0]!.sourceUrl!);

  // The same brief in English, chosen on the page while the UI stays in Hindi.
  await page.getByRole('radio', { name: 'English' }).check();
  await expect(reply).toHaveValue(/^Dear Asha Verma,/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
  const englishPages = await pdfPages(await printToPdf(page));
  expect(englishPages.length, 'pages of the English brief').toBeLessThanOrEqual(3);
  let lastPage = 0;
  for (const entry of entries) {
    const pagesWithTitle = englishPages.flatMap((printed, index) => (unwrapped(printed.text).includes(unwrapped(entry.title.en)) ? [index] : []));
    expect(pagesWithTitle, `${entry.title.en} is printed whole on one page`).toHaveLength(1);
    expect(pagesWithTitle[0]!, `${entry.title.en} comes in the order linked`).toBeGreaterThanOrEqual(lastPage);
    lastPage = pagesWithTitle[0]!;
  }
  for (const [index, printed] of englishPages.entries()) {
    expect(printed.text, `page ${index + 1}: letterhead`).toContain('Defence Technology and Test Centre, Lucknow');
    expect(printed.text, `page ${index + 1}: reference`).toContain(`reference ${enquiry.reference}`);
  }
  expect(englishPages.at(-1)!.text).toContain(`Please quote reference ${enquiry.reference}`);

  // The English brief in the English UI: the page's own words change, and axe passes there too.
  await page.getByTestId('language-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Brief for the visitor');
  await expect(reply).toHaveValue(/^Dear Asha Verma,/);
  await expectNoViolations(page, 'axe on the brief page (English)');
});
