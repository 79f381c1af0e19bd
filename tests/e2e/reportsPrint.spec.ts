// The Reports page on paper (issue 14, item 5: "printable on A4"): enquiries with known counts are
// saved on a host of its own, the first quarter of 2026 is reported by month, and the page is printed
// to PDF in English and in Hindi and read page by page: every page A4; the known figures and every
// row of every table in the text; every section's heading there, the last one and the closing note
// included (nothing cut off); and none of the screen's controls (navigation, buttons, the period
// form) printed. Hindi pages are read as pdfPages.ts describes: Latin and numeric text as it is,
// Hindi phrases in the form the same browser prints them alone.
import type { Locator, Page } from '@playwright/test';
import type { EnquiryDraft } from '../../shared/enquiry/enquiry';
import { messagesFor } from '../../shared/i18n/messages/index';
import { sampleDraft } from '../../shared/enquiry/testing/enquiryArbitraries';
import { choosePeriod, switchToHindi, tableRows, unwrapped } from './desk';
import { apiHeadersOf, expect, test } from './fixtures';
import { startOwnHost, type OwnHost } from './ownHost';
import { asPrinted, pdfPages, printToPdf, type PdfPage } from './pdfPages';

const EN = messagesFor('en');
const HI = messagesFor('hi');
const A4: [number, number] = [595, 842];

// January 1, February 3, March 2 enquiries; one follow-up overdue (the fifth saved, so its reference ends 0005).
const KNOWN: Partial<EnquiryDraft>[] = [
  { enquiryDate: '2026-01-12', visitorType: 'msme', channel: 'walk-in', entryIds: ['tech-drdl-filament-wound-pressure-vessels'] },
  { enquiryDate: '2026-02-03', visitorType: 'start-up', channel: 'phone', entryIds: ['course-drone-pilot-fundamentals'] },
  { enquiryDate: '2026-02-17', visitorType: 'msme', channel: 'email', entryIds: ['scheme-tdf'] },
  { enquiryDate: '2026-02-25', visitorType: 'academia', channel: 'walk-in', entryIds: ['tech-drdl-filament-wound-pressure-vessels', 'scheme-tdf'] },
  { enquiryDate: '2026-03-09', visitorType: 'msme', channel: 'event', entryIds: [], followUpAction: 'Send the brochure', followUpDate: '2026-03-20' },
  { enquiryDate: '2026-03-30', visitorType: 'government', channel: 'phone', entryIds: ['tech-drdl-filament-wound-pressure-vessels'] },
] as Partial<EnquiryDraft>[];

async function openQuarterReport(page: Page, language: 'en' | 'hi'): Promise<void> {
  if (language === 'hi') await switchToHindi(page);
  await page.getByTestId('open-reports').click();
  await choosePeriod(page, '01/01/2026', '31/03/2026', language);
  await page.getByTestId('group-month').check();
  await expect(page.getByTestId('report-total')).toHaveText(messagesFor(language).reports.total('6', 6));
}

/** Every table's rows as the page shows them, each row's cells run together (as unwrapped text). */
async function printedRows(page: Page): Promise<string[]> {
  const ids = await page.locator('[data-report-table]').evaluateAll((sections) => sections.map((section) => section.getAttribute('data-report-table')!));
  const rows: string[] = [];
  for (const id of ids) for (const [heading, cells] of Object.entries(await tableRows(page, id))) rows.push(unwrapped([heading, ...cells].join('')));
  return rows;
}

/** What a screen-only control says: the navigation's links and every button on the page. */
async function controlLabels(page: Page): Promise<string[]> {
  const labels = await page.locator('nav a, nav button, button').evaluateAll((controls) => controls.map((control) => (control as HTMLElement).innerText.trim()));
  return [...new Set(labels.filter((label) => label !== ''))];
}

const asWords = (label: string) => new RegExp(`(^|\\s)${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s|$)`);

function expectA4(pages: PdfPage[], what: string): void {
  expect(pages.length, `${what}: pages`).toBeGreaterThanOrEqual(1);
  for (const [index, printed] of pages.entries()) {
    expect(printed.size, `${what}: page ${index + 1} is A4`).toEqual(A4);
    expect(unwrapped(printed.text), `${what}: page ${index + 1} is not blank`).not.toBe('');
  }
}

test.describe.serial('the Reports page printed on A4', () => {
  let host: OwnHost;
  test.beforeAll(async ({ request }) => {
    host = await startOwnHost('dttc-e2e-reports-print-');
    for (const known of KNOWN) {
      const draft = sampleDraft({ visitorName: '', organisation: '', phone: '', email: '', consent: 'refused', status: 'open', followUpAction: '', followUpDate: undefined, ...known });
      const saved = await request.post(`${host.url}api/enquiry:save`, { data: { argument: { draft } }, headers: apiHeadersOf(host.url) });
      expect((await saved.json()) as unknown).toMatchObject({ ok: true });
    }
  });
  test.afterAll(() => host?.stop());

  test('in English: A4 pages holding every table and heading, and no controls', async ({ openApp }) => {
    const page = await openApp(host.url);
    await openQuarterReport(page, 'en');
    const rows = await printedRows(page);
    const controls = await controlLabels(page);
    const headings = await page.locator('.report-section h2').allInnerTexts();
    expect(headings.at(-1), 'the last section').toBe(EN.reports.searchMisses);

    const pages = await pdfPages(await printToPdf(page));
    expectA4(pages, 'the English report');
    const text = unwrapped(pages.map((printed) => printed.text).join(''));
    // The known figures, by their own words (not only as the page shows them).
    expect(text).toContain(unwrapped(EN.reports.total('6', 6)));
    for (const [month, count] of [['January 2026', '1'], ['February 2026', '3'], ['March 2026', '2']]) expect(text, `${month}: ${count}`).toContain(unwrapped(`${month}${count}`));
    expect(text).toContain(unwrapped(`${EN.enquiry['visitor:msme']}3`));
    expect(text).toMatch(/DTTC-[A-Z0-9]+-\d{6}-0005/);
    for (const row of rows) expect(text, `the table row "${row}"`).toContain(row);
    for (const heading of [EN.reports.reportsTitle, ...headings, EN.reports.missesNote]) expect(text, `"${heading}" is printed`).toContain(unwrapped(heading));
    expect(controls.length, 'controls found on screen').toBeGreaterThan(3);
    const printed = pages.map((pdfPage) => pdfPage.text).join(' ');
    // As whole words: "Search" is a control, "Searches that found nothing" a heading.
    for (const label of [...controls.filter((label) => label !== EN.reports.openReports), EN.reports.groupBy]) expect(printed, `the control "${label}" is not printed`).not.toMatch(asWords(label));
  });

  test('in Hindi: A4 pages holding the figures and every heading, and no controls', async ({ openApp }) => {
    const page = await openApp(host.url);
    await openQuarterReport(page, 'hi');
    const rows = await page.locator('[data-report-table] tbody tr').count();
    expect(rows, 'table rows on screen').toBeGreaterThan(10);
    const headings = page.locator('.report-section h2');
    const headingTexts = await headings.allInnerTexts();
    expect(headingTexts.at(-1), 'the last section').toBe(HI.reports.searchMisses);
    // The PDF's Hindi text has no spaces: a label that is part of the report's own words (the nav's
    // "रिपोर्ट", its "खोज" in "खोजों") cannot be told apart there, and is left out.
    const reportWords = [HI.reports.reportsTitle, ...headingTexts, HI.reports.missesNote];
    const controls: { like: Locator; phrase: string }[] = [];
    for (const like of await page.locator('.main-nav button, .app-primary button, [data-testid="report-controls"] button, .report-grouping legend').all()) {
      const phrase = (await like.innerText()).trim();
      if (phrase !== '' && (await like.isVisible()) && !reportWords.some((words) => words.includes(phrase))) controls.push({ like, phrase });
    }
    expect(controls.map((control) => control.phrase)).toEqual(expect.arrayContaining([HI.reports.print, HI.reports.exportAll, HI.reports.groupBy]));
    expect(controls.length, 'the navigation and New enquiry among them').toBeGreaterThanOrEqual(5);

    const pages = await pdfPages(await printToPdf(page));
    expectA4(pages, 'the Hindi report');
    const text = unwrapped(pages.map((printed) => printed.text).join(''));
    const wanted = await asPrinted([
      ...headingTexts.map((phrase, index) => ({ like: headings.nth(index), phrase })),
      { like: page.locator('.report-body > p.hint').last(), phrase: HI.reports.missesNote },
    ]);
    for (const [index, phrase] of wanted.entries()) expect(text, `heading or note ${index + 1} is printed`).toContain(phrase);
    const unwanted = await asPrinted(controls);
    for (const [index, phrase] of unwanted.entries()) expect(text, `the control "${controls[index]!.phrase}" is not printed`).not.toContain(phrase);
    expect(text).not.toContain(HI.reports.exportTable);
    // Latin and numeric text as it is: the overdue follow-up's reference and the month table's counts in order.
    expect(text).toMatch(/DTTC-[A-Z0-9]+-\d{6}-0005/);
    const months = await tableRows(page, 'perPeriod');
    expect(Object.values(months).map((cells) => cells[0])).toEqual(['1', '3', '2']);
  });
});
