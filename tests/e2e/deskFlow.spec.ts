// The whole desk in one run, as one help-desk officer would with one visitor, the UI in Hindi
// throughout, against a host of its own (a fresh user-data folder): the first visit (a search, three
// results ticked as shown, the enquiry saved with consent after the notice), the same visitor
// calling back (recognised from the phone written another way, the first enquiry continued and
// closed, a second one recorded), the first enquiry's brief on screen and printed to PDF page by
// page, the Reports page counting the two, and the visitor's own data found by e-mail, exported
// and erased from every file while the statistics and the report's counts stay. axe on each page.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { messagesFor } from '../../shared/i18n/messages/index';
import { createTranslator } from '../../shared/i18n/translator';
import { choosePeriod, expectNoViolations, openLog, switchToHindi, tableRows, titleOfRow, today, todayDayFirst, unwrapped } from './desk';
import { expect, search, test } from './fixtures';
import { startOwnHost, type OwnHost } from './ownHost';
import { asPrinted, pdfPages, printToPdf } from './pdfPages';

const HI = messagesFor('hi');
const hi = createTranslator('hi');
const NAME = 'आशा वर्मा';
const ORGANISATION = 'वर्मा ड्रोन सिस्टम्स';
const PHONE_FIRST = '94150 27731';
const PHONE_AGAIN = '+91-94150-27731';
const EMAIL_FIRST = 'asha.verma@example.in';
const EMAIL_AGAIN = 'Asha.Verma@Example.IN';
const QUESTION_FIRST = 'कृषि छिड़काव के लिए ड्रोन तकनीक का हस्तांतरण';
const QUESTION_AGAIN = 'ड्रोन के परीक्षण के लिए प्रयोगशाला से संपर्क';
const REFERENCE = /DTTC-[A-Z0-9]+-\d{6}-\d{4}/;
/** Every personal value as typed, and the forms a careless copy might keep (digits only, lower case). */
const PERSONAL = [NAME, PHONE_FIRST, PHONE_AGAIN, '9415027731', EMAIL_FIRST, EMAIL_AGAIN];
/** The report tables that must not change when a person's details are erased. */
const COUNTED = ['byKind', 'byVisitorType', 'byChannel', 'byStatus', 'byOutcome', 'topEntries'] as const;

const required = (label: string) => `${label} ${HI.enquiryLog.required}`;

test.describe('the desk, one visitor from first visit to erasure', () => {
  let host: OwnHost;
  test.beforeAll(async () => {
    host = await startOwnHost('dttc-e2e-desk-flow-');
  });
  test.afterAll(() => host?.stop());

  test('in Hindi: recognised, linked, briefed and printed, counted, found, exported and erased', async ({ openApp }) => {
    // About 25 s on a quiet machine; up to 85 s seen while benchmarks ran beside it (load 10 on 2 cores).
    test.setTimeout(120_000);
    const page = await openApp(host.url);
    await switchToHindi(page);
    const dialog = page.getByRole('dialog');
    const form = {
      consent: dialog.getByLabel(HI.enquiryLog.consentLabel),
      name: dialog.getByLabel(HI.enquiryLog.visitorName),
      organisation: dialog.getByLabel(HI.enquiryLog.organisation),
      phone: dialog.getByLabel(HI.enquiryLog.phone, { exact: true }),
      email: dialog.getByLabel(HI.enquiryLog.email, { exact: true }),
      visitorType: dialog.getByLabel(required(HI.enquiryLog.visitorType)),
      channel: dialog.getByLabel(required(HI.enquiryLog.channel)),
      question: dialog.getByLabel(required(HI.enquiryLog.question)),
      status: dialog.getByLabel(HI.enquiryLog.status, { exact: true }),
      outcome: dialog.getByLabel(required(HI.enquiryLog.outcome)),
      officer: dialog.getByLabel(HI.enquiryLog.officer, { exact: true }),
    };
    const announcement = page.getByTestId('enquiry-announcement');

    // 1. The first visit: three results ticked as they are shown to the visitor (not the top row first).
    await search(page, 'ड्रोन');
    expect(await page.locator('.result-button').count(), 'the search needs four results to mean something').toBeGreaterThanOrEqual(4);
    const shown = [await titleOfRow(page, 2), await titleOfRow(page, 0), await titleOfRow(page, 3)];
    const notShown = await titleOfRow(page, 1);
    for (const entry of shown) await page.getByRole('checkbox', { name: HI.linking.pickLabel(entry.title), exact: true }).check();
    await expect(page.getByTestId('picked-bar')).toContainText(HI.linking.pickedCount('3', 3));

    await page.getByTestId('new-enquiry').click();
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(HI.enquiryLog.formTitleNew);
    // The notice is read out before anything personal can be typed.
    await expect(dialog.getByTestId('privacy-notice')).toHaveText(HI.enquiryLog.privacyNotice('365'));
    await expect(form.name).toBeDisabled();
    await expect(form.phone).toBeDisabled();
    await form.consent.check();
    await dialog.getByRole('button', { name: HI.enquiryLog.linkOnScreen }).click();
    const linked = dialog.getByTestId('enquiry-linked').locator('li');
    await expect(linked).toHaveCount(3);
    for (const [index, entry] of shown.entries()) {
      await expect(linked.nth(index)).toHaveAttribute('data-entry-id', entry.id);
      await expect(linked.nth(index)).toContainText(entry.title);
    }
    await form.name.fill(NAME);
    await form.organisation.fill(ORGANISATION);
    await form.phone.fill(PHONE_FIRST);
    await form.email.fill(EMAIL_FIRST);
    // Nobody has been here with this phone before.
    await expect(dialog.getByTestId('returning-visitor')).toHaveCount(0);
    await form.visitorType.selectOption({ label: HI.enquiry['visitor:start-up'] });
    await form.channel.selectOption({ label: HI.enquiry['channel:walk-in'] });
    await form.question.fill(QUESTION_FIRST);
    await form.officer.fill('आर. सिंह');
    await dialog.getByTestId('enquiry-save').click();
    await expect(dialog).toBeHidden();
    await expect(announcement).toHaveText(new RegExp(`^सहेजा गया: ${NAME} की पूछताछ, संदर्भ संख्या ${REFERENCE.source}।$`));
    const first = REFERENCE.exec(await announcement.innerText())![0];
    expect(first).toMatch(/-0001$/);
    await expect(page.getByTestId('picked-bar')).toHaveCount(0);

    // 2. The same visitor calls back. The phone, written another way, finds the first enquiry.
    await page.getByTestId('new-enquiry').click();
    await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(HI.enquiryLog.formTitleNew);
    await form.consent.check();
    await form.phone.fill(PHONE_AGAIN);
    const returning = dialog.getByTestId('returning-visitor');
    await expect(returning.locator('p')).toHaveText(HI.enquiryLog.returningVisitor('1', 1));
    await expect(returning.getByRole('listitem')).toHaveCount(1);
    await expect(returning.getByRole('listitem')).toContainText(`${first} · ${hi.date(today())} · ${HI.enquiry['status:open']}`);
    await expectNoViolations(page, 'the enquiry form, a returning visitor recognised (Hindi)');
    // Continued: the form now edits the first enquiry, as saved; the case is closed with its outcome.
    await returning.getByRole('button', { name: HI.enquiryLog.continueEnquiry }).click();
    await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(`${HI.enquiryLog.formTitleEdit} · ${first}`);
    await expect(form.phone).toHaveValue(PHONE_FIRST);
    await expect(form.question).toHaveValue(QUESTION_FIRST);
    await expect(linked).toHaveCount(3);
    await form.status.selectOption({ label: HI.enquiry['status:closed'] });
    await form.outcome.selectOption({ label: HI.enquiry['outcome:tot-taken-up'] });
    await dialog.getByTestId('enquiry-save').click();
    await expect(dialog).toBeHidden();
    await expect(announcement).toHaveText(HI.enquiryLog.savedNew(NAME, first));

    // On the same call a new question: a second enquiry, sent on to a lab. The first shows as closed.
    await page.getByTestId('new-enquiry').click();
    await form.consent.check();
    await form.phone.fill(PHONE_AGAIN);
    await expect(returning.getByRole('listitem')).toContainText(`${first} · ${hi.date(today())} · ${HI.enquiry['status:closed']}`);
    await form.name.fill(NAME);
    await form.email.fill(EMAIL_AGAIN);
    await form.visitorType.selectOption({ label: HI.enquiry['visitor:start-up'] });
    await form.channel.selectOption({ label: HI.enquiry['channel:phone'] });
    await form.question.fill(QUESTION_AGAIN);
    await form.status.selectOption({ label: HI.enquiry['status:referred-to-lab'] });
    await expect(form.officer).toHaveValue('आर. सिंह');
    await dialog.getByTestId('enquiry-save').click();
    await expect(dialog).toBeHidden();
    await expect(announcement).toHaveText(new RegExp(`^सहेजा गया: ${NAME} की पूछताछ, संदर्भ संख्या ${REFERENCE.source}।$`));
    const second = REFERENCE.exec(await announcement.innerText())![0];
    expect(second).toMatch(/-0002$/);
    expect(second.slice(0, -4)).toBe(first.slice(0, -4));

    // 3. The first enquiry's brief, from the log: the entries shown, by their Hindi titles, in the order ticked.
    await openLog(page);
    const items = page.getByTestId('enquiry-list').locator(':scope > li');
    await expect(items).toHaveCount(2);
    // The reference a caller quotes, typed into the log's search box (in lower case too, as read
    // out on the phone), finds that enquiry and no other; cleared, both are listed again.
    const logSearch = page.getByTestId('enquiry-filters').getByLabel(HI.enquiryLog.searchLog);
    for (const [typed, reference] of [[second.toLowerCase(), second], [first, first]] as const) {
      await logSearch.fill(typed);
      await expect(items).toHaveCount(1);
      await expect(items.first().getByText(`${HI.enquiryLog.reference} ${reference}`, { exact: true })).toBeVisible();
    }
    await logSearch.fill('');
    await expect(items).toHaveCount(2);
    const firstItem = items.filter({ has: page.getByText(`${HI.enquiryLog.reference} ${first}`, { exact: true }) });
    await expect(firstItem).toContainText(`${HI.enquiry['status:closed']} (${HI.enquiry['outcome:tot-taken-up']})`);
    const firstId = (await firstItem.getAttribute('data-enquiry-id'))!;
    await firstItem.getByTestId('open-brief').click();
    await expect(page).toHaveURL(new RegExp(`#/enquiry/${firstId}/brief$`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(HI.brief.heading);
    const brief = page.getByTestId('visitor-brief');
    await expect(brief.getByTestId('brief-reference')).toHaveText(first);
    await expect(brief).toContainText(`${NAME}, ${ORGANISATION}`);
    const sections = brief.getByTestId('brief-entry');
    await expect(sections).toHaveCount(3);
    for (const [index, entry] of shown.entries()) {
      await expect(sections.nth(index)).toHaveAttribute('data-entry-id', entry.id);
      await expect(sections.nth(index).locator('h3')).toHaveText(entry.title);
    }
    await expectNoViolations(page, 'the brief (Hindi)');

    // On paper, page by page: A4, the letterhead and the running head with the reference on every
    // page, each entry's Hindi title on exactly one page, in the order ticked.
    const printed = await pdfPages(await printToPdf(page));
    expect(printed.length, 'pages of the brief').toBeGreaterThanOrEqual(1);
    expect(printed.length, 'pages of the brief').toBeLessThanOrEqual(3);
    // The title of the result not ticked tells the check apart from one that finds anything.
    const [runningHead, unticked, ...titles] = await asPrinted([
      { like: brief.locator('.brief-running-head'), phrase: HI.brief.runningHead(first) },
      { like: sections.nth(0).locator('h3'), phrase: notShown.title },
      ...shown.map((entry, index) => ({ like: sections.nth(index).locator('h3'), phrase: entry.title })),
    ]);
    for (const phrase of [runningHead!, unticked!, ...titles]) expect(phrase.length, 'a phrase as printed').toBeGreaterThan(8);
    expect(unwrapped(printed.map((sheet) => sheet.text).join('')), 'the result not ticked is not printed').not.toContain(unticked);
    for (const [index, sheet] of printed.entries()) {
      expect(sheet.size, `page ${index + 1} is A4`).toEqual([595, 842]);
      expect(sheet.text, `page ${index + 1}: letterhead`).toContain('Defence Technology and Test Centre, Lucknow');
      expect(sheet.text, `page ${index + 1}: reference`).toContain(first);
      expect(unwrapped(sheet.text), `page ${index + 1}: running head with the reference`).toContain(runningHead!);
    }
    let lastPage = 0;
    for (const [index, entry] of shown.entries()) {
      const pagesWithTitle = printed.flatMap((sheet, number) => (unwrapped(sheet.text).includes(titles[index]!) ? [number] : []));
      expect(pagesWithTitle, `${entry.title} is printed whole on one page`).toHaveLength(1);
      expect(pagesWithTitle[0]!, `${entry.title} comes in the order ticked`).toBeGreaterThanOrEqual(lastPage);
      lastPage = pagesWithTitle[0]!;
    }

    // 4. The Reports page for a period holding today counts the two enquiries; one long past counts none.
    await page.getByTestId('open-reports').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(HI.reports.reportsTitle);
    await choosePeriod(page, '01/01/2020', '31/12/2020');
    await expect(page.getByTestId('report-total')).toHaveText(HI.reports.total('0', 0));
    await choosePeriod(page, todayDayFirst(), todayDayFirst());
    await expect(page.getByTestId('report-total')).toHaveText(HI.reports.total('2', 2));
    const counts = async () => Object.fromEntries(await Promise.all(COUNTED.map(async (id) => [id, await tableRows(page, id)] as const))) as Record<(typeof COUNTED)[number], Record<string, string[]>>;
    const before = await counts();
    expect(before.byVisitorType[HI.enquiry['visitor:start-up']]).toEqual(['2']);
    expect(before.byChannel[HI.enquiry['channel:walk-in']]).toEqual(['1']);
    expect(before.byChannel[HI.enquiry['channel:phone']]).toEqual(['1']);
    expect(before.byStatus[HI.enquiry['status:closed']]).toEqual(['1']);
    expect(before.byStatus[HI.enquiry['status:referred-to-lab']]).toEqual(['1']);
    expect(before.byStatus[HI.enquiry['status:open']] ?? ['0']).toEqual(['0']);
    expect(before.byOutcome[HI.enquiry['outcome:tot-taken-up']]).toEqual(['1']);
    // Each entry shown counts once; only the first enquiry linked any.
    expect(Object.keys(before.topEntries).sort()).toEqual(shown.map((entry) => entry.title).sort());
    expect(Object.values(before.topEntries)).toEqual([['1'], ['1'], ['1']]);
    const kindTotal = Object.values(before.byKind).reduce((sum, [cell]) => sum + Number(cell), 0);
    expect(kindTotal, 'the kinds of the three entries shown').toBe(3);
    await expectNoViolations(page, 'the Reports page (Hindi)');

    // 5. The visitor asks what is held about them: found by e-mail (in other capitals), both enquiries.
    await openLog(page);
    const personal = page.getByTestId('personal-data');
    await personal.getByLabel(HI.enquiryLog.personKeyLabel).fill(EMAIL_AGAIN.toUpperCase());
    await personal.getByRole('button', { name: HI.enquiryLog.personFind, exact: true }).click();
    const message = page.getByTestId('personal-data-message');
    await expect(message).toHaveText(HI.enquiryLog.personFound('2', 2));
    const held = page.getByTestId('personal-data-list').locator('li');
    await expect(held).toHaveCount(2);
    await expect(held.filter({ hasText: first })).toContainText(NAME);
    await expect(held.filter({ hasText: second })).toContainText(NAME);
    await expectNoViolations(page, 'the enquiry log with a person found (Hindi)');

    const download = page.waitForEvent('download');
    await personal.getByRole('button', { name: HI.enquiryLog.personExport }).click();
    const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as { format: string; enquiries: { reference: string; visitorName: string; phone: string; email: string; question: string }[] };
    expect(exported.format).toBe('dttc-personal-data');
    expect(exported.enquiries.map(({ reference, visitorName, phone, email, question }) => ({ reference, visitorName, phone, email, question })).sort((a, b) => a.reference.localeCompare(b.reference))).toEqual([
      { reference: first, visitorName: NAME, phone: PHONE_FIRST, email: EMAIL_FIRST, question: QUESTION_FIRST },
      { reference: second, visitorName: NAME, phone: PHONE_AGAIN, email: EMAIL_AGAIN, question: QUESTION_AGAIN },
    ]);
    await expect(message).toHaveText(/^personal-data-\d{4}-\d{2}-\d{2}\.json के रूप में निर्यात किया गया।$/);

    // Erased on request: gone from every file in the host's data folder; the enquiries stay, without them.
    await personal.getByRole('button', { name: HI.enquiryLog.personErase }).click();
    await expect(page.getByTestId('confirm-erase')).toHaveText(HI.enquiryLog.personEraseConfirm('2', 2));
    await page.getByTestId('confirm-erase').click();
    await expect(message).toHaveText(HI.enquiryLog.personErased('2', 2));
    const files = readdirSync(host.data, { recursive: true, withFileTypes: true }).filter((file) => file.isFile());
    let referencesKept = 0;
    for (const file of files) {
      const bytes = readFileSync(join(file.parentPath, file.name));
      for (const value of PERSONAL) expect(bytes.includes(Buffer.from(value)), `${file.name} still holds ${value}`).toBe(false);
      if (bytes.includes(Buffer.from(first)) && bytes.includes(Buffer.from(second))) referencesKept += 1;
    }
    expect(referencesKept, 'a file of the log still holds both enquiries').toBeGreaterThanOrEqual(1);
    await expect(items).toHaveCount(2);
    await expect(page.getByTestId('enquiry-list')).not.toContainText(NAME);
    await expect(page.getByTestId('enquiry-list')).not.toContainText(PHONE_FIRST);
    await expect(page.getByTestId('enquiry-list')).toContainText(QUESTION_FIRST);
    await expect(page.getByTestId('enquiry-list')).toContainText(QUESTION_AGAIN);
    await expect(page.getByTestId('enquiry-list')).toContainText(ORGANISATION);
    await personal.getByRole('button', { name: HI.enquiryLog.personFind, exact: true }).click();
    await expect(message).toHaveText(HI.enquiryLog.personFound('0', 0));

    // The statistics are as they were.
    await page.getByTestId('open-reports').click();
    await choosePeriod(page, todayDayFirst(), todayDayFirst());
    await expect(page.getByTestId('report-total')).toHaveText(HI.reports.total('2', 2));
    expect(await counts()).toEqual(before);
  });
});
