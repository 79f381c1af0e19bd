// Everything without a mouse: "/" and Ctrl+K find the search box, arrows move, Enter opens, Esc goes back.
import { FIXTURE_URL, expect, search, test } from './fixtures';

test('search → detail → back with the keyboard only', async ({ openApp }) => {
  const page = await openApp(FIXTURE_URL);
  await page.locator('body').click({ position: { x: 5, y: 5 } }); // focus away from the box first
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('drone');
  await expect(page.locator('section.results')).toHaveAttribute('aria-busy', 'false');

  await page.keyboard.press('ArrowDown');
  await expect(page.locator('[data-result-index="0"]')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const second = page.locator('[data-result-index="1"]');
  await expect(second).toBeFocused();
  const secondId = await second.getAttribute('data-entry-id');

  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toBeFocused();
  await expect(page.locator(`[data-entry="${secondId}"]`)).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(page.locator(`[data-entry-id="${secondId}"]`)).toBeFocused();
  await expect(page.getByRole('searchbox')).toHaveValue('drone');

  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('searchbox')).toBeFocused();
});

test('Ctrl+K goes from an entry straight to the search box; Enter in the box opens the first result', async ({ openApp }) => {
  const page = await openApp(FIXTURE_URL);
  await search(page, 'helmet');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lightweight ballistic helmet');
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('searchbox')).toBeFocused();
});

test('every control on the detail page is reachable with Tab and shows its focus', async ({ openApp }) => {
  const page = await openApp(FIXTURE_URL);
  await search(page, 'quasar');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  const reached = new Set<string>();
  for (let step = 0; step < 20; step += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const style = getComputedStyle(element);
      return { name: (element.textContent ?? '').trim().slice(0, 40), outline: style.outlineStyle !== 'none' && style.outlineWidth !== '0px' };
    });
    if (!focused) continue;
    expect(focused.outline, `visible focus on "${focused.name}"`).toBe(true);
    reached.add(focused.name);
  }
  for (const name of ['Print brief', 'Copy phone', 'Copy e-mail']) expect([...reached].some((text) => text.startsWith(name)), name).toBe(true);
});
