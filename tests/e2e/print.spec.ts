// The print brief: one A4 page with title, summary, key terms, contact, a QR code and the catalogue version.
import { BUNDLED_URL, FIXTURE_URL, expect, search, test } from './fixtures';
import { printToPdf as printBrief } from './pdfPages';

function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

test('the brief holds everything a visitor takes away and fits one page', async ({ openApp }) => {
  const page = await openApp(FIXTURE_URL);
  await search(page, 'quasar');
  await page.keyboard.press('Enter');
  const brief = page.getByTestId('print-brief');
  await expect(brief.locator('img')).toHaveAttribute('src', /^data:image\/svg\+xml/);
  await expect(brief).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(brief).toBeVisible();
  await expect(brief).toContainText('Quasar thermal imaging periscope');
  await expect(brief).toContainText('armoured vehicles');
  await expect(brief).toContainText('night sight');
  await expect(brief).toContainText('+91-522-0000-001');
  await expect(brief).toContainText(/Catalogue version \d+, as of/);
  await expect(page.getByRole('button', { name: 'Print brief' })).toBeHidden();
  await expect(page.locator('.app-header')).toBeHidden();
  expect(pageCount(await printBrief(page))).toBe(1);
});

test('every entry of the bundled catalogue prints on one page in English and Hindi', async ({ openApp }) => {
  test.setTimeout(120_000);
  const page = await openApp(BUNDLED_URL);
  // The longest entry of each kind is the one most likely to spill onto a second page.
  const ids = await page.evaluate(async () => {
    const response = await fetch('api/catalogue:snapshot', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json', authorization: `Bearer ${sessionStorage.getItem('dttc-host-key')}` } });
    const result = (await response.json()) as { value: { entries: { id: string; kind: string }[] } };
    const longest = new Map<string, { id: string; size: number }>();
    for (const entry of result.value.entries) {
      const size = JSON.stringify(entry).length;
      if ((longest.get(entry.kind)?.size ?? 0) < size) longest.set(entry.kind, { id: entry.id, size });
    }
    return [...longest.values()].map((entry) => entry.id);
  });
  expect(ids).toHaveLength(4);
  for (const language of ['en', 'hi'] as const) {
    if (language === 'hi') await page.getByTestId('language-switch').click();
    for (const id of ids) {
      await page.keyboard.press('Control+k');
      await search(page, '');
      await page.evaluate((entryId) => {
        // Open the entry the way a user would, through the result list when it is on screen.
        const button = document.querySelector<HTMLButtonElement>(`[data-entry-id="${CSS.escape(entryId)}"]`);
        button?.click();
      }, id);
      if (!(await page.locator(`[data-entry="${id}"]`).isVisible())) {
        const title = await page.evaluate(async (entryId) => {
          const response = await fetch('api/catalogue:snapshot', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json', authorization: `Bearer ${sessionStorage.getItem('dttc-host-key')}` } });
          const result = (await response.json()) as { value: { entries: { id: string; title: { en: string } }[] } };
          return result.value.entries.find((entry) => entry.id === entryId)?.title.en ?? '';
        }, id);
        await page.getByRole('searchbox').fill(title);
        await page.locator(`[data-entry-id="${id}"]`).click();
      }
      await expect(page.locator(`[data-entry="${id}"]`)).toBeVisible();
      expect(pageCount(await printBrief(page)), `${id} in ${language}`).toBe(1);
    }
  }
});
