// The government masthead (issue 15, item 9) and the kind icons of the desk's result rows. The
// masthead names DTTC and DRDO in Hindi and in English whatever the UI language; its emblem slot is
// empty and hidden in this build, and a deployment fills it by building with VITE_DTTC_EMBLEM_URL
// (see Masthead.tsx): here a renderer of the test's own is built so, with a stand-in image (not an
// official emblem), and served by a host of its own. Each result row carries one icon, its kind's.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { messagesFor } from '../../shared/i18n/messages';
import { expectNoViolations, switchToHindi } from './desk';
import { BUNDLED_URL, apiHeadersOf, expect, search, test } from './fixtures';
import { startOwnHost } from './ownHost';

const NAMES = {
  centre: { hi: 'रक्षा प्रौद्योगिकी एवं परीक्षण केंद्र, लखनऊ', en: 'Defence Technology and Test Centre, Lucknow' },
  parent: { hi: 'रक्षा अनुसंधान एवं विकास संगठन, रक्षा मंत्रालय, भारत सरकार', en: 'Defence Research and Development Organisation, Ministry of Defence, Government of India' },
};

test('the masthead names DTTC and DRDO in Hindi and English in either UI language; the emblem slot is there, empty until a deployment fills it', async ({ openApp }) => {
  const page = await openApp(BUNDLED_URL);
  const masthead = page.locator('header.app-header .masthead');
  for (const language of ['en', 'hi'] as const) {
    if (language === 'hi') await switchToHindi(page);
    for (const [which, names] of Object.entries(NAMES)) {
      for (const script of ['hi', 'en'] as const) {
        // Each name in its own language, so a screen reader reads it with the right voice.
        await expect(masthead.locator(`[lang="${script}"]`, { hasText: names[script] }), `${which} in ${script}, UI in ${language}`).toBeVisible();
      }
    }
    await expect(masthead.locator('.app-name')).toHaveText(messagesFor(language).app.appName);
    const slot = masthead.getByTestId('emblem-slot');
    await expect(slot).toHaveCount(1);
    await expect(slot).toBeHidden();
    await expect(slot.locator('img')).toHaveCount(0);
  }
});

test('a deployment that builds with VITE_DTTC_EMBLEM_URL shows its emblem in the slot, named in the UI language', async ({ openApp }) => {
  test.setTimeout(180_000);
  const renderer = mkdtempSync(join(tmpdir(), 'dttc-e2e-emblem-renderer-'));
  const built = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', renderer, '--emptyOutDir', '--logLevel', 'warn'], {
    encoding: 'utf8',
    env: { ...process.env, VITE_DTTC_EMBLEM_URL: './branding/emblem.svg' },
  });
  expect(built.status, `vite build: ${built.stderr}`).toBe(0);
  // What the deployment puts in renderer/public/branding/: a stand-in, a plain circle.
  mkdirSync(join(renderer, 'branding'));
  writeFileSync(join(renderer, 'branding', 'emblem.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 44 44"><circle cx="22" cy="22" r="20" fill="#0a4f8f"/></svg>\n');
  const host = await startOwnHost('dttc-e2e-emblem-', ['--renderer', renderer]);
  try {
    const page = await openApp(host.url);
    const slot = page.locator('header.app-header .masthead').getByTestId('emblem-slot');
    for (const language of ['en', 'hi'] as const) {
      if (language === 'hi') await switchToHindi(page);
      const emblem = slot.getByRole('img', { name: messagesFor(language).site.emblem, exact: true });
      await expect(emblem).toBeVisible();
      // Loaded (the page's policy allows the app's own images), not a broken-image box.
      expect(await emblem.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
      await expectNoViolations(page, `the masthead with an emblem (${language})`);
    }
  } finally {
    host.stop();
    rmSync(renderer, { recursive: true, force: true });
  }
});

test('each result row carries one kind icon, its own kind’s, and the four kinds draw four icons', async ({ openApp, request }) => {
  const snapshot = await request.post(`${BUNDLED_URL}api/catalogue:snapshot`, { data: {}, headers: apiHeadersOf(BUNDLED_URL) });
  const entries = ((await snapshot.json()) as { value: { entries: { id: string; kind: string }[] } }).value.entries;
  const kindOf = new Map(entries.map((entry) => [entry.id, entry.kind]));
  const page = await openApp(BUNDLED_URL);
  // "drone" lists entries of all four kinds under All.
  await search(page, 'drone');
  const rows = await page.locator('.result-button').evaluateAll((buttons) =>
    buttons.map((button) => {
      const icons = [...button.querySelectorAll('svg')];
      const icon = icons[0];
      const box = icon?.getBoundingClientRect();
      return { id: button.getAttribute('data-entry-id') ?? '', icons: icons.length, kind: icon?.getAttribute('data-kind-icon'), drawing: icon?.innerHTML ?? '', shown: Boolean(box && box.width > 0 && box.height > 0) };
    }),
  );
  expect(rows.length).toBeGreaterThan(0);
  const drawings = new Map<string, Set<string>>();
  for (const row of rows) {
    expect({ id: row.id, icons: row.icons, kind: row.kind, shown: row.shown }).toEqual({ id: row.id, icons: 1, kind: kindOf.get(row.id), shown: true });
    drawings.set(row.kind!, (drawings.get(row.kind!) ?? new Set()).add(row.drawing));
  }
  expect([...drawings.keys()].sort()).toEqual(['consultancy', 'course', 'scheme', 'technology']);
  // One drawing per kind, and no two kinds share one.
  for (const [kind, seen] of drawings) expect(seen.size, kind).toBe(1);
  expect(new Set([...drawings.values()].map((seen) => [...seen][0])).size).toBe(4);
});
