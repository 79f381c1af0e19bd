// Type-ahead search finds the planted entry within the first results, whatever way it is typed.
import { FIXTURE_URL, BUNDLED_URL, expect, resultTitles, search, test } from './fixtures';

const PLANTED = 'Quasar thermal imaging periscope';

for (const [how, query] of [
  ['a prefix', 'quas'],
  ['a typo', 'periscpe'],
  ['a Devanagari query', 'पेरिस्कोप'],
] as const) {
  test(`finds the planted entry from ${how} (“${query}”)`, async ({ openApp }) => {
    const page = await openApp(FIXTURE_URL);
    await search(page, query);
    const titles = await resultTitles(page);
    expect(titles.slice(0, 3)).toContain(PLANTED);
  });
}

test('shows results from the first keystroke and highlights the match as plain text', async ({ openApp }) => {
  const page = await openApp(FIXTURE_URL);
  await search(page, 'q');
  await expect(page.locator('.result-title').first()).toBeVisible();
  await search(page, 'quasar');
  const planted = page.locator('.result-button', { hasText: PLANTED });
  await expect(planted.locator('mark').first()).toHaveText(/quasar/i);
});

test('never shows an entry past its valid-until date', async ({ openApp }) => {
  const page = await openApp(FIXTURE_URL);
  await search(page, 'expired quasar');
  await expect(page.locator('.result-title', { hasText: 'Expired quasar entry' })).toHaveCount(0);
});

test('says what to try when nothing matches', async ({ openApp }) => {
  const page = await openApp(FIXTURE_URL);
  await search(page, 'zzqxj');
  const noResults = page.locator('.no-results');
  await expect(noResults).toContainText('Nothing found for “zzqxj”');
  await expect(noResults.getByRole('listitem')).not.toHaveCount(0);
});

// Each next letter's answer may come from those the worker worked out ahead (nextKeyAnswers.ts):
// typed a key at a time, every prefix shows what the same text pasted in one go shows.
test('a word typed a key at a time shows, at each key, the answer to that text asked afresh', async ({ openApp }) => {
  const page = await openApp(BUNDLED_URL);
  const box = page.getByRole('searchbox');
  const answered = () => expect(page.locator('section.results')).toHaveAttribute('aria-busy', 'false');
  const shown = async () => ({ total: await page.locator('.result-total').innerText(), titles: await resultTitles(page) });
  const typed: { total: string; titles: string[] }[] = [];
  for (const word of ['drone', 'testing']) {
    await box.fill('');
    await answered();
    for (const key of word) {
      // A typist's pace: the worker has the time to work out the next keys' answers.
      await page.waitForTimeout(150);
      await box.press(key);
      await answered();
      typed.push(await shown());
    }
  }
  const answeredAhead = await page.evaluate(() => performance.getEntriesByName('dttc:search-answered').filter((mark) => (mark as PerformanceMark).detail?.foreseen === true).length);
  expect(answeredAhead).toBeGreaterThan(3);
  const texts = ['drone', 'testing'].flatMap((word) => [...word].map((_, length) => word.slice(0, length + 1)));
  for (const [index, text] of texts.entries()) {
    await box.fill(text);
    await answered();
    expect(await shown(), text).toEqual(typed[index]);
  }
});

test('finds drone entries in the bundled catalogue', async ({ openApp }) => {
  const page = await openApp(BUNDLED_URL);
  await search(page, 'drone');
  const titles = await resultTitles(page);
  expect(titles.length).toBeGreaterThan(0);
  expect(titles.slice(0, 5).some((title) => /drone|UAV/i.test(title))).toBe(true);
});

// The search for a typed character starts at its beforeinput, before the box holds it: the screen
// must still end on the answer to what the box holds, whatever the edit.
test('results answer the text in the box after typing over a selection, pasting, and an edit or a key that was cancelled', async ({ openApp }) => {
  const page = await openApp(FIXTURE_URL);
  const box = page.getByRole('searchbox');
  const answered = () => expect(page.locator('section.results')).toHaveAttribute('aria-busy', 'false');
  await search(page, 'drone');
  await box.press('ControlOrMeta+a');
  await box.pressSequentially('quas');
  await answered();
  expect((await resultTitles(page)).slice(0, 3)).toContain(PLANTED);

  await box.press('ControlOrMeta+a');
  await box.press('Backspace');
  await answered();
  await expect(box).toHaveValue('');
  await page.evaluate(() => navigator.clipboard.writeText('periscope'));
  await box.press('ControlOrMeta+v');
  await answered();
  expect((await resultTitles(page)).slice(0, 3)).toContain(PLANTED);

  // A listener that cancels the next edit: the search it announced must not replace the results.
  const before = await resultTitles(page);
  await page.evaluate(() => document.addEventListener('beforeinput', (event) => event.preventDefault(), { capture: true, once: true }));
  await box.press('z');
  await expect(box).toHaveValue('periscope');
  await page.waitForTimeout(300);
  await answered();
  expect(await resultTitles(page)).toEqual(before);
  // The same for a key whose keydown is cancelled after the box saw it (the search leaves at the
  // keydown already): typed over the whole text, it would have searched for "x" alone.
  await box.press('ControlOrMeta+a');
  await page.evaluate(() => window.addEventListener('keydown', (event) => event.preventDefault(), { once: true }));
  await box.press('x');
  await expect(box).toHaveValue('periscope');
  await page.waitForTimeout(300);
  await answered();
  expect(await resultTitles(page)).toEqual(before);
  await box.pressSequentially(' quasar');
  await answered();
  expect((await resultTitles(page))[0]).toBe(PLANTED);
});

// An answer's first screen of rows renders with the keystroke and the rest of the list follows a
// moment later (ResultList): no frame may show a row of the previous answer in view beside it.
test('every frame shows only the current answer’s rows in view', async ({ openApp }) => {
  const page = await openApp(BUNDLED_URL);
  await page.evaluate(() => {
    const frames: { text: string; busy: string | null; ids: string[] }[] = [];
    (window as unknown as { frames_: typeof frames }).frames_ = frames;
    const record = () => {
      const box = document.querySelector<HTMLInputElement>('input[type=search]');
      const ids = [...document.querySelectorAll<HTMLElement>('.result-button')]
        .filter((row) => {
          const { top, bottom } = row.getBoundingClientRect();
          return bottom > 0 && top < window.innerHeight;
        })
        .map((row) => row.dataset.entryId ?? '');
      frames.push({ text: box?.value ?? '', busy: document.querySelector('section.results')?.getAttribute('aria-busy') ?? null, ids });
      requestAnimationFrame(record);
    };
    requestAnimationFrame(record);
  });
  const box = page.getByRole('searchbox');
  const finalIds = new Map<string, string[]>();
  for (const word of ['drone', 'course', 'radar']) {
    await box.fill('');
    await expect(page.locator('section.results')).toHaveAttribute('aria-busy', 'false');
    await box.pressSequentially(word, { delay: 80 });
    await expect(page.locator('section.results')).toHaveAttribute('aria-busy', 'false');
    await page.waitForTimeout(300);
    finalIds.set(word, await page.locator('.result-button').evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.entryId ?? '')));
  }
  const frames = await page.evaluate(() => (window as unknown as { frames_: { text: string; busy: string | null; ids: string[] }[] }).frames_);
  const checked = frames.filter((frame) => frame.busy === 'false' && finalIds.has(frame.text));
  expect(checked.length).toBeGreaterThan(10);
  for (const frame of checked) expect(frame.ids, `rows in view while “${frame.text}” was answered`).toEqual(finalIds.get(frame.text)!.slice(0, frame.ids.length));
});
