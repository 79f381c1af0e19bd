// Counts agree everywhere (issue 15, item 5), on the bundled catalogue, in English and Hindi: the
// status bar's "N entries (M closed or withdrawn)", the All chip, the sum of the kind chips, the
// results listed with nothing typed, and the kiosk's home tiles (a kiosk host of the spec's own on
// the same catalogue) all count the same offered entries, and N + M is every entry the catalogue
// holds, worked out here from the snapshot itself. And a withdrawn entry asked for by name says it
// was withdrawn, as an expired one says when it closed (results.spec.ts), instead of nothing.
import type { APIRequestContext, Page } from '@playwright/test';
import { today } from './desk';
import { BUNDLED_URL, apiHeadersOf, expect, test } from './fixtures';
import { startOwnHost, type OwnHost } from './ownHost';

const KINDS = ['technology', 'consultancy', 'course', 'scheme'] as const;
type Kind = (typeof KINDS)[number];
type Language = 'en' | 'hi';

const TEXT = {
  en: {
    entries: /^([\d,]+) entries \(([\d,]+) closed or withdrawn\)$/,
    results: /([\d,]+) results?/,
    tile: /^[\d,]+ entries$/,
    withdrawn: '“UV-C sanitisation cabinet” has been withdrawn from the catalogue.',
    query: 'UV-C sanitisation cabinet',
  },
  hi: {
    entries: /^([\d,]+) प्रविष्टियाँ \(([\d,]+) बंद या वापस ली गईं\)$/,
    results: /([\d,]+) परिणाम/,
    tile: /^[\d,]+ प्रविष्टियाँ$/,
    withdrawn: '“यूवी-सी सैनिटाइज़ेशन कैबिनेट” को सूची से वापस ले लिया गया है।',
    query: 'सैनिटाइज़ेशन कैबिनेट',
  },
} as const;

const WITHDRAWN_ID = 'tech-drde-uv-sanitisation-cabinet';

interface SnapshotEntry {
  id: string;
  kind: Kind;
  status: string;
  validUntil?: string;
}

const numberIn = (text: string) => Number(text.replace(/[^\d]/g, ''));

/** What the bundled catalogue offers today, by kind, and what it holds but no longer offers. */
async function catalogueCounts(request: APIRequestContext): Promise<{ offered: Record<Kind, number>; closed: number; withdrawn: SnapshotEntry | undefined }> {
  const snapshot = (await (await request.post(`${BUNDLED_URL}api/catalogue:snapshot`, { data: {}, headers: apiHeadersOf(BUNDLED_URL) })).json()) as { value: { entries: SnapshotEntry[] } };
  const offered: Record<Kind, number> = { technology: 0, consultancy: 0, course: 0, scheme: 0 };
  let closed = 0;
  for (const entry of snapshot.value.entries) {
    if (entry.status === 'active' && (entry.validUntil === undefined || entry.validUntil >= today())) offered[entry.kind] += 1;
    else closed += 1;
  }
  return { offered, closed, withdrawn: snapshot.value.entries.find((entry) => entry.id === WITHDRAWN_ID) };
}

async function deskCounts(page: Page, language: Language): Promise<{ status: [number, number]; all: number; kinds: Record<Kind, number>; results: number }> {
  const status = page.getByTestId('entry-count');
  await expect(status).toHaveText(TEXT[language].entries);
  const [, offered = '', closed = ''] = TEXT[language].entries.exec((await status.innerText()).trim()) ?? [];
  const chipCount = async (kind: string) => numberIn(await page.locator(`.chip[data-kind="${kind}"] .chip-count`).innerText());
  const kinds = Object.fromEntries(await Promise.all(KINDS.map(async (kind) => [kind, await chipCount(kind)] as const))) as Record<Kind, number>;
  await expect(page.locator('section.results')).toHaveAttribute('aria-busy', 'false');
  const total = TEXT[language].results.exec(await page.locator('.result-total').innerText())?.[1] ?? '';
  return { status: [numberIn(offered), numberIn(closed)], all: await chipCount('all'), kinds, results: numberIn(total) };
}

let kiosk: OwnHost;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  kiosk = await startOwnHost('dttc-e2e-counts-kiosk-', ['--kiosk']);
});

test.afterAll(() => kiosk?.stop());

test('the status bar, the kind chips, the results and the kiosk home count the same entries, in English and Hindi', async ({ openApp, request, browser }) => {
  test.setTimeout(120_000);
  const catalogue = await catalogueCounts(request);
  const offered = KINDS.reduce((sum, kind) => sum + catalogue.offered[kind], 0);
  expect(catalogue.closed, 'the bundled catalogue holds closed or withdrawn entries, so the two counts differ').toBeGreaterThan(0);

  const page = await openApp(BUNDLED_URL);
  const kioskPage = await browser.newPage();
  await kioskPage.goto(kiosk.url);
  await expect(kioskPage.locator('[data-kind-tile]').first()).toBeVisible();
  for (const language of ['en', 'hi'] as const) {
    if (language === 'hi') {
      await page.getByTestId('language-switch').click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
      await kioskPage.getByTestId('language-switch').click();
      await expect(kioskPage.locator('html')).toHaveAttribute('lang', 'hi');
    }
    const desk = await deskCounts(page, language);
    expect(desk.status, `status bar (${language})`).toEqual([offered, catalogue.closed]);
    expect(desk.all, `All chip (${language})`).toBe(offered);
    expect(desk.kinds, `kind chips (${language})`).toEqual(catalogue.offered);
    expect(desk.results, `results listed with nothing typed (${language})`).toBe(offered);

    const tiles: Record<string, number> = {};
    for (const kind of KINDS) {
      const count = kioskPage.locator(`[data-kind-tile="${kind}"] .kiosk-tile-count`);
      await expect(count).toHaveText(TEXT[language].tile);
      tiles[kind] = numberIn(await count.innerText());
    }
    expect(tiles, `kiosk home tiles (${language})`).toEqual(catalogue.offered);
  }
  await kioskPage.close();
});

test('a withdrawn entry asked for by name says it was withdrawn, in English and Hindi', async ({ openApp, request }) => {
  const { withdrawn } = await catalogueCounts(request);
  expect(withdrawn?.status, 'the bundled catalogue withdraws the UV-C cabinet').toBe('withdrawn');
  const page = await openApp(BUNDLED_URL);
  for (const language of ['en', 'hi'] as const) {
    if (language === 'hi') {
      await page.getByTestId('language-switch').click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
    }
    const box = page.getByRole('searchbox');
    await box.fill(TEXT[language].query);
    await expect(page.locator('section.results')).toHaveAttribute('aria-busy', 'false');
    const notice = page.getByTestId('closed-notice');
    await expect(notice.locator(`li[data-entry-id="${WITHDRAWN_ID}"]`)).toHaveText(TEXT[language].withdrawn);
    // Named, not offered: no result row opens it.
    await expect(page.locator(`.result-button[data-entry-id="${WITHDRAWN_ID}"]`)).toHaveCount(0);
  }
});
