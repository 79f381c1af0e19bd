// The QR codes on a visitor's brief, read back (issue 14, item 4): an enquiry linking the test
// catalogue's two entries with a source link and one without is saved on a host of its own, its
// brief opened from the log, and each printed QR code photographed and decoded to the source link
// that the catalogue's spreadsheet gives for that entry; the entry without a link prints no code.
import Papa from 'papaparse';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openLog, today } from './desk';
import { apiHeadersOf, expect, test } from './fixtures';
import { startOwnHost, type OwnHost } from './ownHost';
import { decodeQrCodeOf } from './qrCodes';
import { sampleDraft } from '../../shared/enquiry/testing/enquiryArbitraries';

const CATALOGUE = 'tests/fixtures/catalogue';
const WITHOUT_SOURCE = 'fixture-ballistic-helmet';

/** Each entry's source_url as the spreadsheet has it ('' where it has none). */
function spreadsheetSources(): Map<string, string> {
  const sources = new Map<string, string>();
  for (const file of readdirSync(CATALOGUE).filter((name) => name.endsWith('.csv'))) {
    const rows = Papa.parse<Record<string, string>>(readFileSync(join(CATALOGUE, file), 'utf8'), { header: true, skipEmptyLines: true }).data;
    for (const row of rows) sources.set(row.id!, row.source_url ?? '');
  }
  return sources;
}

// Three device pixels a CSS pixel: the 30 mm code gets several pixels a module, as a printer gives it.
test.use({ deviceScaleFactor: 3 });

test.describe('the brief’s QR codes', () => {
  let host: OwnHost;
  test.beforeAll(async () => {
    host = await startOwnHost('dttc-e2e-brief-qr-', [], CATALOGUE);
  });
  test.afterAll(() => host?.stop());

  test('each linked entry’s QR code decodes to that entry’s source link in the catalogue', async ({ openApp, request }) => {
    const sources = spreadsheetSources();
    const withSource = [...sources].filter(([, url]) => url !== '').map(([id]) => id);
    expect(withSource.length, 'the test catalogue has at least two entries with a source link').toBeGreaterThanOrEqual(2);
    expect(sources.get(WITHOUT_SOURCE), `${WITHOUT_SOURCE} has no source link`).toBe('');
    const linked = [...withSource, WITHOUT_SOURCE];

    const saved = await request.post(`${host.url}api/enquiry:save`, {
      headers: apiHeadersOf(host.url),
      data: { argument: { draft: sampleDraft({ enquiryDate: today() as ReturnType<typeof sampleDraft>['enquiryDate'], entryIds: linked as ReturnType<typeof sampleDraft>['entryIds'], followUpAction: '', followUpDate: undefined }) } },
    });
    const enquiry = ((await saved.json()) as { ok: boolean; value: { id: string } }).value;

    const page = await openApp(host.url);
    await openLog(page);
    await page.locator(`[data-enquiry-id="${enquiry.id}"]`).getByTestId('open-brief').click();
    const sections = page.getByTestId('visitor-brief').getByTestId('brief-entry');
    await expect(sections).toHaveCount(linked.length);

    // As it goes to paper.
    await page.emulateMedia({ media: 'print' });
    const decoded: string[] = [];
    for (const [index, id] of linked.entries()) {
      const section = sections.nth(index);
      await expect(section).toHaveAttribute('data-entry-id', id);
      const code = section.locator('.brief-qr img');
      if (sources.get(id) === '') {
        await expect(code, `${id} has no source, so no QR code`).toHaveCount(0);
        continue;
      }
      await expect(code).toBeVisible();
      const text = await decodeQrCodeOf(code);
      expect(text, `the QR code of ${id}`).toBe(sources.get(id));
      decoded.push(text!);
    }
    expect(decoded, 'one decoded link for every entry with a source').toHaveLength(withSource.length);
  });
});
