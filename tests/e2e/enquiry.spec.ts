// The enquiry log end to end in Chromium, against a browser host of its own (a fresh user-data
// folder, so the log starts empty): record an enquiry with two linked entries, save, edit, find it
// again, export CSV (bytes checked) and a JSON hand-over, import that into another fresh host
// (twice: the second import changes nothing), "not saved" keeps the text, a conflicting edit is
// refused, and axe finds no WCAG 2.1 AA problem in the form or the log in English and Hindi.
import type { Page } from '@playwright/test';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectNoViolations, openLog, today, todayDayFirst } from './desk';
import { apiHeadersOf, expect, search, test } from './fixtures';
import { startOwnHost, type OwnHost } from './ownHost';

const ORGANISATION = 'वर्मा इंजीनियरिंग वर्क्स';
const QUESTION = 'ड्रोन तकनीक के हस्तांतरण की शर्तें, "ToT" fee, and trials';

type Host = OwnHost;
const startHost = () => startOwnHost('dttc-e2e-enquiry-');

async function logCount(page: Page): Promise<number> {
  const list = page.getByTestId('enquiry-list');
  return (await list.count()) === 0 ? 0 : list.locator(':scope > li').count();
}

test.describe.serial('the enquiry log', () => {
  let host: Host;
  let handoverPath: string;
  const downloads = mkdtempSync(join(tmpdir(), 'dttc-e2e-downloads-'));

  test.beforeAll(async () => {
    host = await startHost();
  });
  test.afterAll(() => {
    host?.stop();
    rmSync(downloads, { recursive: true, force: true });
  });

  test('record an enquiry with two linked entries, save it, edit it and find it again', async ({ openApp }) => {
    const page = await openApp(host.url);
    await search(page, 'drone');
    const results = page.locator('.result-button');
    const firstId = await results.nth(0).getAttribute('data-entry-id');
    const secondId = await results.nth(1).getAttribute('data-entry-id');
    expect(firstId).toBeTruthy();
    expect(secondId).toBeTruthy();

    // One key on an open entry links it (and opens the form); the form keeps its text when closed.
    await results.nth(0).click();
    const firstTitle = await page.getByRole('heading', { level: 1 }).innerText();
    await page.keyboard.press('Alt+L');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expect(page.getByTestId('enquiry-linked').locator('li')).toHaveCount(1);
    // The privacy notice comes first (DPDP Act s. 5); the details can be typed only with consent.
    await expect(page.getByTestId('privacy-notice')).toContainText('for 365 days after it was last dealt with');
    await expect(page.getByLabel('Visitor name')).toBeDisabled();
    await expect(page.getByTestId('consent-hint')).toContainText('Without consent only the question and the statistics are kept');
    await page.getByLabel('The visitor agrees that their name and contact details be kept').check();
    await page.getByLabel('Visitor name').fill('Asha Verma');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstTitle);

    await page.keyboard.press('Escape');
    await page.locator(`.result-button[data-entry-id="${secondId}"]`).click();
    await page.keyboard.press('Alt+L');
    await expect(dialog).toBeVisible();
    await expect(page.getByTestId('enquiry-linked').locator('li')).toHaveCount(2);
    await expect(page.getByTestId('enquiry-linked').locator('li').nth(0)).toHaveAttribute('data-entry-id', firstId!);
    await expect(page.getByTestId('enquiry-linked').locator('li').nth(1)).toHaveAttribute('data-entry-id', secondId!);
    await expect(page.getByLabel('Visitor name')).toHaveValue('Asha Verma');

    await page.getByLabel('Organisation').fill(ORGANISATION);
    // No visitor type or channel is chosen for the officer: saving without them is refused.
    await expect(page.getByLabel('Visitor type')).toHaveValue('');
    await expect(page.getByLabel(/How they came/)).toHaveValue('');
    await page.getByLabel('Visitor type').selectOption('start-up');
    await page.getByLabel(/How they came/).selectOption('walk-in');
    await page.getByLabel('Phone').fill('+91 98765 43210');
    await page.getByLabel('E-mail').fill('asha@example.in');
    await page.getByLabel(/What they asked/).fill(QUESTION);
    await page.getByLabel('Follow-up action').fill('Send the ToT brochure');
    // Dates are typed and shown day first (dd/mm/yyyy), not in the browser's mm/dd/yyyy.
    await expect(page.getByLabel('Date of enquiry')).toHaveValue(todayDayFirst());
    await page.getByLabel('Follow-up date').fill(todayDayFirst());
    await page.getByLabel('Officer').fill('R. Singh');
    await page.getByTestId('enquiry-save').click();
    await expect(page.getByTestId('enquiry-announcement')).toHaveText(/^Saved: enquiry from Asha Verma, reference DTTC-[A-Z0-9]+-\d{6}-0001\.$/);
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('follow-ups-due')).toHaveText('1 follow-up due');

    // Found again in the log, with both entries opening their detail.
    await openLog(page);
    expect(await logCount(page)).toBe(1);
    const item = page.getByTestId('enquiry-list').locator(':scope > li').first();
    await expect(item).toContainText(ORGANISATION);
    await expect(item).toContainText(QUESTION);
    await expect(item.locator('.enquiry-entries button')).toHaveCount(2);

    // Edit: the form opens on the saved values; the follow-up is done, so none is due.
    await item.getByRole('button', { name: /Edit enquiry from Asha Verma/ }).click();
    await expect(page.getByRole('heading', { name: 'Edit enquiry' })).toBeVisible();
    await expect(page.getByLabel('Organisation')).toHaveValue(ORGANISATION);
    await page.getByLabel(/What they asked/).fill(`${QUESTION} — brochure sent`);
    await page.getByLabel('Follow-up done').check();
    await page.getByTestId('enquiry-save').click();
    await expect(dialog).toBeHidden();
    await expect(item).toContainText('brochure sent');
    await expect(page.getByTestId('follow-ups-due')).toHaveCount(0);
    expect(await logCount(page)).toBe(1);

    // Filters: words, visitor type, officer (any case), date range, follow-ups due.
    const filters = page.getByTestId('enquiry-filters');
    await filters.getByLabel('Search the log').fill('brochure ड्रोन');
    await expect.poll(() => logCount(page)).toBe(1);
    await filters.getByLabel('Search the log').fill('satellite');
    await expect.poll(() => logCount(page)).toBe(0);
    await filters.getByLabel('Search the log').fill('');
    await filters.getByLabel('Visitor type').selectOption('msme');
    await expect.poll(() => logCount(page)).toBe(0);
    await filters.getByLabel('Visitor type').selectOption('start-up');
    await expect.poll(() => logCount(page)).toBe(1);
    await filters.getByLabel('Officer (any)').fill('r. singh');
    await expect.poll(() => logCount(page)).toBe(1);
    await filters.getByLabel('From', { exact: true }).fill('01/01/2099');
    await expect.poll(() => logCount(page)).toBe(0);
    await filters.getByLabel('From', { exact: true }).fill(todayDayFirst());
    await filters.getByLabel('To', { exact: true }).fill(todayDayFirst());
    await expect.poll(() => logCount(page)).toBe(1);
    await page.getByTestId('due-only').check();
    await expect.poll(() => logCount(page)).toBe(0);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => logCount(page)).toBe(1);

    // A linked entry opens its detail.
    await item.locator('.enquiry-entries button').nth(1).click();
    await expect(page.locator(`article[data-entry="${secondId}"]`)).toBeVisible();

    // The next enquiry starts with the officer remembered.
    await page.keyboard.press('Alt+N');
    await expect(page.getByLabel('Officer')).toHaveValue('R. Singh');
    await expect(page.getByLabel('Visitor name')).toHaveValue('');
    await page.keyboard.press('Escape');
  });

  test('export CSV: byte order mark, header and the Hindi row intact; JSON hand-over too', async ({ openApp }) => {
    const page = await openApp(host.url);
    await openLog(page);
    await page.getByLabel('From', { exact: true }).fill(todayDayFirst());
    await page.getByLabel('To', { exact: true }).fill(todayDayFirst());
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    expect(csvDownload.suggestedFilename()).toBe(`enquiries-${today()}-to-${today()}.csv`);
    const csvPath = join(downloads, 'export.csv');
    await csvDownload.saveAs(csvPath);
    const bytes = readFileSync(csvPath);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split(/\r\n/);
    expect(lines[0]).toBe(
      'Reference,Date,Visitor name,Organisation,Visitor type,Channel,Status,Outcome,Phone,E-mail,What they asked,Entries shown,Entry ids,Follow-up action,Follow-up date,Follow-up done,Officer,Enquiry id,Recorded at (UTC),Last changed at (UTC),Revision',
    );
    const row = lines[1] ?? '';
    // The question holds a comma and quotes: one quoted field, quotes doubled. The phone is the
    // constant text formula ="+91 …": shown as typed, no apostrophe, nothing to run.
    const question = `"${QUESTION.replaceAll('"', '""')} — brochure sent"`;
    // The entries shown by title, as the log lists them, then by id.
    const titles = (await page.getByTestId('enquiry-list').locator(':scope > li').first().locator('.enquiry-entries button').allInnerTexts()).join('; ');
    const titlesField = /[",\n]/.test(titles) ? `"${titles.replaceAll('"', '""')}"` : titles;
    expect(titles).not.toBe('');
    expect(row).toMatch(/^DTTC-[A-Z0-9]+-\d{6}-0001,/);
    expect(row.includes(`,${today()},Asha Verma,${ORGANISATION},Start-up (DPIIT-recognised),Walk-in,Open,,"=""+91 98765 43210""",asha@example.in,${question},${titlesField},`), row).toBe(true);
    expect(row).toMatch(/,[a-z0-9-]+; [a-z0-9-]+,Send the ToT brochure,/);
    expect(row).toMatch(/,Send the ToT brochure,\d{4}-\d{2}-\d{2},yes,R\. Singh,[0-9a-f-]{36},[^,]+,[^,]+,2$/);
    await expect(page.getByTestId('transfer-outcome')).toHaveText(`Exported 1 enquiry to enquiries-${today()}-to-${today()}.csv.`);

    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
    handoverPath = join(downloads, jsonDownload.suggestedFilename());
    await jsonDownload.saveAs(handoverPath);
    expect(JSON.parse(readFileSync(handoverPath, 'utf8'))).toMatchObject({ enquiries: [{ organisation: ORGANISATION, revision: 2 }] });
  });

  test('import the hand-over into a fresh data folder, then again: nothing duplicated', async ({ openApp }) => {
    const other = await startHost();
    try {
      const page = await openApp(other.url);
      await openLog(page);
      expect(await logCount(page)).toBe(0);
      await page.getByTestId('import-file').setInputFiles(handoverPath);
      await expect(page.getByTestId('transfer-outcome')).toHaveText('Imported: 1 added, 0 updated, 0 unchanged.');
      await expect.poll(() => logCount(page)).toBe(1);
      await expect(page.getByTestId('enquiry-list')).toContainText(ORGANISATION);
      await page.getByTestId('import-file').setInputFiles(handoverPath);
      await expect(page.getByTestId('transfer-outcome')).toHaveText('Imported: 0 added, 0 updated, 1 unchanged.');
      expect(await logCount(page)).toBe(1);
    } finally {
      other.stop();
    }
  });

  test('a save that fails shows "not saved" in English and Hindi and keeps the text', async ({ openApp }) => {
    const page = await openApp(host.url);
    await page.route('**/api/enquiry:save', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: false, error: { code: 'enquiry/disk-full', message: 'ENOSPC: no space left on device' } }) }),
    );
    await page.getByTestId('new-enquiry').click();
    await page.getByLabel('The visitor agrees that their name and contact details be kept').check();
    await page.getByLabel('Visitor name').fill('Unsaved Visitor');
    await page.getByLabel(/What they asked/).fill('सौर ऊर्जा भंडारण');
    await page.getByTestId('enquiry-save').click();
    // Visitor type and channel are asked for before anything is sent.
    await expect(page.getByTestId('enquiry-problem')).toHaveText('Please correct the marked field. Visitor type, How they came');
    await expect(page.getByLabel('Visitor type')).toHaveAttribute('aria-invalid', 'true');
    await page.getByLabel('Visitor type').selectOption('academia');
    await page.getByLabel(/How they came/).selectOption('phone');
    await page.getByTestId('enquiry-save').click();
    await expect(page.getByTestId('enquiry-problem')).toHaveText('Not saved: the disk is full. Your text is kept; free some space and save again.');
    await expect(page.getByRole('dialog')).toBeVisible();
    await expect(page.getByLabel(/What they asked/)).toHaveValue('सौर ऊर्जा भंडारण');
    await expect(page.getByTestId('enquiry-announcement')).not.toContainText('Saved');

    await page.keyboard.press('Escape');
    await page.getByTestId('language-switch').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
    await page.keyboard.press('Alt+N');
    await expect(page.getByLabel('आगंतुक का नाम')).toHaveValue('Unsaved Visitor');
    await page.getByTestId('enquiry-save').click();
    await expect(page.getByTestId('enquiry-problem')).toHaveText('सहेजा नहीं गया: डिस्क भर गई है। आपका लिखा सुरक्षित है; कुछ जगह खाली करके फिर सहेजें।');
    await expect(page.getByLabel(/क्या पूछा/)).toHaveValue('सौर ऊर्जा भंडारण');

    // An empty question is marked before anything is sent.
    await page.getByLabel(/क्या पूछा/).fill('');
    await page.getByTestId('enquiry-save').click();
    await expect(page.getByLabel(/क्या पूछा/)).toHaveAttribute('aria-invalid', 'true');
    await page.getByRole('button', { name: 'हटाएँ', exact: true }).click();
    await expect(page.getByRole('dialog')).toBeHidden();
  });

  test('an edit made from an old revision is refused as a conflict', async ({ openApp, request }) => {
    const page = await openApp(host.url);
    await openLog(page);
    const item = page.getByTestId('enquiry-list').locator(':scope > li').first();
    await item.getByRole('button', { name: /Edit enquiry from Asha Verma/ }).click();
    // Meanwhile another window saves a new revision of the same enquiry.
    const id = await item.getAttribute('data-enquiry-id');
    const current = (await (await request.post(`${host.url}api/enquiry:get`, { data: { argument: { id } }, headers: apiHeadersOf(host.url) })).json()) as { value: Record<string, unknown> };
    const { id: _id, revision, createdAt: _created, updatedAt: _updated, ...draft } = current.value;
    const other = await request.post(`${host.url}api/enquiry:save`, { data: { argument: { id, baseRevision: revision, draft: { ...draft, officer: 'Someone Else' } } }, headers: apiHeadersOf(host.url) });
    expect(((await other.json()) as { ok: boolean }).ok).toBe(true);

    await page.getByLabel('Follow-up action').fill('Call back on Monday');
    await page.getByTestId('enquiry-save').click();
    await expect(page.getByTestId('enquiry-problem')).toHaveText('Not saved: this enquiry was changed elsewhere since you opened it. Reopen it and edit again.');
    await expect(page.getByLabel('Follow-up action')).toHaveValue('Call back on Monday');
    await page.getByRole('button', { name: 'Discard' }).click();
  });

  test('a visitor’s own data, in Hindi: found by phone written another way, exported, erased from every file', async ({ openApp }) => {
    const page = await openApp(host.url);
    await page.getByTestId('language-switch').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
    // A returning caller is recognised from the phone as it is typed, in another format.
    await page.keyboard.press('Alt+N');
    await page.getByLabel('आगंतुक अपना नाम और संपर्क विवरण रखे जाने के लिए सहमत हैं').check();
    await page.getByLabel('फ़ोन', { exact: true }).fill('98765 43210');
    await expect(page.getByTestId('returning-visitor')).toContainText('इस फ़ोन या ई-मेल से 1 पिछली पूछताछ');
    await expect(page.getByTestId('returning-visitor').getByRole('listitem')).toContainText([/DTTC-[A-Z0-9]+-\d{6}-0001/]);
    await page.getByRole('button', { name: 'हटाएँ', exact: true }).click();
    await openLog(page);
    const section = page.getByTestId('personal-data');
    await section.getByLabel('फ़ोन या ई-मेल').fill('098765-43210');
    await section.getByRole('button', { name: 'खोजें' }).click();
    await expect(page.getByTestId('personal-data-message')).toHaveText('1 पूछताछ में इस व्यक्ति का विवरण है।');
    await expect(page.getByTestId('personal-data-list').locator('li')).toContainText(['Asha Verma']);

    const download = page.waitForEvent('download');
    await section.getByRole('button', { name: 'उनका डेटा निर्यात करें' }).click();
    const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as { enquiries: { visitorName: string; email: string }[] };
    expect(exported.enquiries.map((enquiry) => [enquiry.visitorName, enquiry.email])).toEqual([['Asha Verma', 'asha@example.in']]);

    await section.getByRole('button', { name: 'उनका विवरण मिटाएँ…' }).click();
    await page.getByTestId('confirm-erase').click();
    await expect(page.getByTestId('personal-data-message')).toContainText('मिटाया गया');
    // Gone from every file of the host's user-data folder; the question is still in the log.
    for (const file of readdirSync(host.data, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile())) {
      const bytes = readFileSync(join(file.parentPath, file.name));
      for (const value of ['Asha Verma', '+91 98765 43210', 'asha@example.in']) expect(bytes.includes(Buffer.from(value)), `${file.name} still holds ${value}`).toBe(false);
    }
    await expect(page.getByTestId('enquiry-list')).toContainText(QUESTION.slice(0, 20));
  });

  for (const language of ['en', 'hi'] as const) {
    test(`the enquiry form and log pass axe in ${language === 'en' ? 'English' : 'Hindi'}`, async ({ openApp }) => {
      const page = await openApp(host.url);
      if (language === 'hi') {
        await page.getByTestId('language-switch').click();
        await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
      }
      await search(page, language === 'en' ? 'drone' : 'ड्रोन');
      await page.getByTestId('result-pick').first().check();
      await page.keyboard.press('Alt+L');
      await expect(page.getByRole('dialog')).toBeVisible();
      await expect(page.getByTestId('enquiry-linked').locator('li')).not.toHaveCount(0);
      await page.getByTestId('enquiry-save').click();
      await expect(page.getByTestId('enquiry-problem')).not.toBeEmpty();
      await expectNoViolations(page, `enquiry form with a problem (${language})`);
      await page.screenshot({ path: `/tmp/enquiry-form-${language}.png` });
      await page.keyboard.press('Escape');
      await openLog(page);
      await expect(page.getByTestId('enquiry-list')).toBeVisible();
      await expectNoViolations(page, `enquiry log (${language})`);
      await page.screenshot({ path: `/tmp/enquiry-log-${language}.png`, fullPage: true });
      await page.keyboard.press('Alt+N');
      await page.getByRole('button', { name: language === 'en' ? 'Discard' : 'हटाएँ', exact: true }).click();
    });
  }
});
