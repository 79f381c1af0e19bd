// The Reports page end to end in Chromium, in Hindi, against browser hosts of its own (fresh
// user-data folders): enquiries with known counts saved through the API, a report drawn for March
// 2026 by week and its tables checked cell by cell, a search that found nothing listed among the
// misses (a phone number searched by mistake never), the status bar's follow-up count, a table's
// CSV (bytes checked), the printed page without the app's chrome, axe (WCAG 2.1 AA) on the page in
// Hindi and on the same report in English, and a kiosk host that refuses to record a search miss
// and writes no log.
import type { APIRequestContext } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { messagesFor } from '../../shared/i18n/messages/index';
import { choosePeriod, expectNoViolations, tableRows, todayDayFirst } from './desk';
import { apiHeadersOf, expect, search, test } from './fixtures';
import { startOwnHost, type OwnHost } from './ownHost';

const HI = messagesFor('hi');
const EN = messagesFor('en');
const MISSED = 'zqxwv hovercraft';

type Host = OwnHost;
const startHost = (extra: string[] = []) => startOwnHost('dttc-e2e-reports-', extra);

interface Known {
  enquiryDate: string;
  visitorType: string;
  channel: string;
  status: string;
  outcome?: string;
  entryIds: string[];
  followUpDate?: string;
}

// March 2026 by week: Mar 1 is a Sunday, so the weeks start on 23 Feb, 2, 9, 16, 23 and 30 March.
const KNOWN: Known[] = [
  { enquiryDate: '2026-03-02', visitorType: 'msme', channel: 'walk-in', status: 'open', entryIds: ['tech-drdl-filament-wound-pressure-vessels', 'tech-drdl-fused-silica-radome'] },
  { enquiryDate: '2026-03-03', visitorType: 'start-up', channel: 'phone', status: 'open', entryIds: ['course-drone-pilot-fundamentals', 'scheme-tdf'] },
  { enquiryDate: '2026-03-10', visitorType: 'msme', channel: 'email', status: 'closed', outcome: 'tot-taken-up', entryIds: ['tech-drdl-filament-wound-pressure-vessels'] },
  { enquiryDate: '2026-03-24', visitorType: 'academia', channel: 'event', status: 'open', entryIds: [], followUpDate: '2026-03-30' },
  { enquiryDate: '2026-04-02', visitorType: 'msme', channel: 'walk-in', status: 'open', entryIds: ['scheme-tdf'] },
];

async function saveKnown(request: APIRequestContext, host: Host): Promise<void> {
  for (const known of KNOWN) {
    const draft = {
      enquiryDate: known.enquiryDate,
      visitorName: '',
      organisation: '',
      visitorType: known.visitorType,
      channel: known.channel,
      status: known.status,
      ...(known.outcome ? { outcome: known.outcome } : {}),
      phone: '',
      email: '',
      question: `Question of ${known.enquiryDate}`,
      entryIds: known.entryIds,
      followUpAction: known.followUpDate ? 'Send the brochure' : '',
      ...(known.followUpDate ? { followUpDate: known.followUpDate } : {}),
      followUpDone: false,
      officer: 'R. Singh',
      consent: 'refused',
    };
    const saved = await request.post(`${host.url}api/enquiry:save`, { data: { argument: { draft } }, headers: apiHeadersOf(host.url) });
    expect((await saved.json()) as unknown).toMatchObject({ ok: true });
  }
}

test.describe.serial('the Reports page', () => {
  let host: Host;
  const downloads = mkdtempSync(join(tmpdir(), 'dttc-e2e-report-downloads-'));

  test.beforeAll(async ({ request }) => {
    host = await startHost();
    await saveKnown(request, host);
  });
  test.afterAll(() => {
    host?.stop();
    rmSync(downloads, { recursive: true, force: true });
  });

  test('a zero-result search is recorded once it settles; a phone number searched by mistake never', async ({ openApp }) => {
    const page = await openApp(host.url);
    await page.getByTestId('language-switch').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
    // Typed a key at a time: the prefixes are replaced before they settle.
    await search(page, MISSED);
    await expect(page.locator('section.results')).toContainText(HI.search.noResultsTitle(MISSED));
    await page.getByRole('searchbox').press('Enter');
    await search(page, '98390 12345 67');
    await expect(page.locator('section.results')).toContainText(HI.search.noResultsTitle('98390 12345 67'));
    await page.waitForTimeout(2_500);
    await page.getByTestId('open-reports').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(HI.reports.reportsTitle);
    await expect(page).toHaveTitle(new RegExp(`^${HI.reports.reportsTitle} – `));
    await choosePeriod(page, '01/01/2026', todayDayFirst());
    await expect(page.locator('[data-report-table="searchMisses"] tbody tr')).toHaveCount(1);
    const misses = await tableRows(page, 'searchMisses');
    expect(Object.keys(misses)).toEqual([MISSED]);
    expect(misses[MISSED]![0]).toBe('1');
    const stored = readFileSync(join(host.data, 'reports', 'search-misses.json'), 'utf8');
    expect(stored).toContain(MISSED);
    expect(stored).not.toContain('98390');
    // None of the prefixes typed on the way.
    expect(stored).not.toMatch(/"zqxw"|"zqxwv h"/);
  });

  test('March 2026 by week, in Hindi: the tables hold the known counts; the status bar counts the overdue follow-up', async ({ openApp }) => {
    const page = await openApp(host.url);
    await page.getByTestId('language-switch').click();
    await page.getByTestId('open-reports').click();
    await choosePeriod(page, '01/03/2026', '31/03/2026');
    await page.getByTestId('group-week').check();
    await expect(page.getByTestId('report-total')).toHaveText(HI.reports.total('4', 4));
    await expect(page.locator('[data-report-table="perPeriod"] h2')).toHaveText(HI.reports.perWeek);
    const weeks = await tableRows(page, 'perPeriod');
    expect(Object.values(weeks).map((cells) => cells[0])).toEqual(['0', '2', '1', '0', '1', '0']);
    expect(Object.keys(weeks)[1]).toBe('2 मार्च 2026');
    expect(await tableRows(page, 'byKind')).toEqual({
      [HI.catalogue.kindTechnology]: ['2'],
      [HI.catalogue.kindConsultancy]: ['0'],
      [HI.catalogue.kindCourse]: ['1'],
      [HI.catalogue.kindScheme]: ['1'],
    });
    const visitors = await tableRows(page, 'byVisitorType');
    expect(visitors[HI.enquiry['visitor:msme']]).toEqual(['2']);
    expect(visitors[HI.enquiry['visitor:start-up']]).toEqual(['1']);
    expect(visitors[HI.enquiry['visitor:academia']]).toEqual(['1']);
    expect((await tableRows(page, 'byStatus'))[HI.enquiry['status:closed']]).toEqual(['1']);
    expect((await tableRows(page, 'byOutcome'))[HI.enquiry['outcome:tot-taken-up']]).toEqual(['1']);
    const top = await tableRows(page, 'topEntries');
    expect(Object.entries(top)[0]).toEqual(['फिलामेंट-वाउंड कम्पोज़िट दाब पात्र', ['2']]);
    const labs = await tableRows(page, 'byLab');
    expect(Object.entries(labs).find(([lab]) => lab.startsWith('DRDL'))?.[1]).toEqual(['2']);
    expect(Object.entries(labs).find(([lab]) => lab.startsWith('DTTC'))?.[1]).toEqual(['1']);
    // The overdue follow-up, by reference, and the same count in the status bar.
    await expect(page.locator('[data-report-table="followUpsOverdue"] tbody tr')).toHaveCount(1);
    await expect(page.locator('[data-report-table="followUpsOverdue"] tbody tr th')).toHaveText(/^DTTC-[A-Z0-9]+-\d{6}-0004$/);
    await expect(page.getByTestId('status-follow-ups-due')).toHaveText(HI.reports.statusFollowUpsDue('1', 1));
    // Every chart has its table beside it, with a caption and headed rows and columns.
    const charted = await page.locator('.report-section').filter({ has: page.locator('svg.report-chart') }).all();
    expect(charted.length).toBeGreaterThanOrEqual(8);
    for (const section of charted) {
      await expect(section.locator('table caption')).toHaveCount(1);
      await expect(section.locator('thead th[scope="col"]').first()).toBeVisible();
    }

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-byKind').click()]);
    expect(download.suggestedFilename()).toBe('report-byKind-2026-03-01-to-2026-03-31.csv');
    const saved = join(downloads, 'kinds.csv');
    await download.saveAs(saved);
    const bytes = readFileSync(saved);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8').slice(1).split('\r\n')).toEqual([
      `${HI.reports.columnKind},${HI.reports.columnEnquiries}`,
      `${HI.catalogue.kindTechnology},2`,
      `${HI.catalogue.kindConsultancy},0`,
      `${HI.catalogue.kindCourse},1`,
      `${HI.catalogue.kindScheme},1`,
      '',
    ]);
    const [whole] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-report').click()]);
    const wholePath = join(downloads, 'report.csv');
    await whole.saveAs(wholePath);
    const report = readFileSync(wholePath, 'utf8');
    expect(report).toContain(`\r\n\r\n${HI.reports.byKind}\r\n`);
    expect(report).toContain(`\r\n2026-03-02,2\r\n`);

    await expectNoViolations(page, 'the Reports page (Hindi)');
    await page.screenshot({ path: 'docs/screenshots/reports-hi.png' });

    // On paper: the report and its tables, not the app's header, controls or status bar.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByTestId('report')).toBeVisible();
    await expect(page.locator('.app-header')).toBeHidden();
    await expect(page.locator('.status-bar')).toBeHidden();
    await expect(page.getByTestId('report-controls')).toBeHidden();
    await expect(page.locator('.report-print-title')).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
  });

  test('the same report in English: the tables name kinds in English, and axe passes', async ({ openApp }) => {
    const page = await openApp(host.url);
    await page.getByTestId('open-reports').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(EN.reports.reportsTitle);
    await choosePeriod(page, '01/03/2026', '31/03/2026', 'en');
    await page.getByTestId('group-week').check();
    await expect(page.getByTestId('report-total')).toHaveText(EN.reports.total('4', 4));
    await expect(page.locator('[data-report-table="perPeriod"] h2')).toHaveText(EN.reports.perWeek);
    expect(await tableRows(page, 'byKind')).toEqual({
      [EN.catalogue.kindTechnology]: ['2'],
      [EN.catalogue.kindConsultancy]: ['0'],
      [EN.catalogue.kindCourse]: ['1'],
      [EN.catalogue.kindScheme]: ['1'],
    });
    await expect(page.locator('[data-report-table="followUpsOverdue"] tbody tr')).toHaveCount(1);
    await expectNoViolations(page, 'the Reports page (English)');
  });

  test('a kiosk host refuses to record a search miss and keeps no log', async ({ request }) => {
    const kiosk = await startHost(['--kiosk']);
    try {
      const answer = await request.post(`${kiosk.url}api/searchMiss:record`, { data: { argument: { query: MISSED } } });
      expect((await answer.json()) as unknown).toMatchObject({ ok: false, error: { code: 'channel-not-allowed' } });
      const report = await request.post(`${kiosk.url}api/reports:build`, { data: { argument: { from: '2026-03-01', to: '2026-03-31', grouping: 'week', today: '2026-03-31' } } });
      expect((await report.json()) as unknown).toMatchObject({ ok: false, error: { code: 'channel-not-allowed' } });
      expect(existsSync(join(kiosk.data, 'reports'))).toBe(false);
    } finally {
      kiosk.stop();
    }
  });
});
