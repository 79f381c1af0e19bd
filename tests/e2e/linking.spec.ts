// Linking what was shown, on purpose: the officer ticks the results shown to the visitor, and Alt+L
// (or the bar above the results) links exactly those, listed by title in the dialog; with nothing
// ticked, Alt+L links nothing and says what to do. In English and Hindi. Nothing is saved here.
import { titleOfRow } from './desk';
import { BUNDLED_URL, expect, search, test } from './fixtures';

for (const language of ['en', 'hi'] as const) {
  test(`ticked results, and only those, are linked to the enquiry (${language === 'en' ? 'English' : 'Hindi'})`, async ({ openApp }) => {
    const page = await openApp(BUNDLED_URL);
    if (language === 'hi') {
      await page.getByTestId('language-switch').click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
    }
    await search(page, language === 'en' ? 'drone' : 'ड्रोन');
    await expect(page.locator('.result-button')).not.toHaveCount(0);
    const rows = await page.locator('.result-button').count();
    expect(rows, 'the query needs at least four results for the test to mean something').toBeGreaterThanOrEqual(4);

    // Nothing ticked: Alt+L opens the form, links nothing and tells the officer to tick first.
    await page.keyboard.press('Alt+L');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expect(page.getByTestId('enquiry-linked')).toHaveCount(0);
    await expect(page.getByTestId('enquiry-linked-news')).toContainText(language === 'en' ? 'tick the results you showed the visitor first' : 'पहले आगंतुक को दिखाए गए परिणाम चुनें');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    // Tick the second and the fourth rows (not the top of the list), by their labelled boxes.
    const second = await titleOfRow(page, 1);
    const fourth = await titleOfRow(page, 3);
    const labelStart = language === 'en' ? 'Shown to the visitor: ' : 'आगंतुक को दिखाई गई: ';
    await page.getByRole('checkbox', { name: `${labelStart}${second.title}`, exact: true }).check();
    await page.getByRole('checkbox', { name: `${labelStart}${fourth.title}`, exact: true }).check();
    await expect(page.getByTestId('picked-bar')).toContainText(language === 'en' ? '2 entries ticked' : '2 प्रविष्टियाँ');
    await page.screenshot({ path: `docs/screenshots/results-ticked-${language}.png` });

    // The ticks survive a new search for the same visitor; Alt+L links exactly the two, in the order ticked.
    await search(page, language === 'en' ? 'composite' : 'कंपोजिट');
    await expect(page.getByTestId('picked-bar')).toBeVisible();
    await page.keyboard.press('Alt+L');
    await expect(dialog).toBeVisible();
    const linked = page.getByTestId('enquiry-linked').locator('li');
    await expect(linked).toHaveCount(2);
    await expect(linked.nth(0)).toHaveAttribute('data-entry-id', second.id);
    await expect(linked.nth(1)).toHaveAttribute('data-entry-id', fourth.id);
    // Listed by title in the current language, not by id alone.
    await expect(linked.nth(0)).toContainText(second.title);
    await expect(linked.nth(1)).toContainText(fourth.title);
    await expect(page.getByTestId('enquiry-linked-news')).toContainText(language === 'en' ? 'Linked 2 entries.' : '2 प्रविष्टियाँ जोड़ी गईं।');

    // Linking clears the ticks: the next visitor starts with none.
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('picked-bar')).toHaveCount(0);
    await expect(page.getByTestId('result-pick').and(page.locator(':checked'))).toHaveCount(0);
    // Leave the shared host's desk as it was found: the draft goes.
    await page.keyboard.press('Alt+N');
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: language === 'en' ? 'Discard' : 'हटाएँ', exact: true }).click();
    await expect(dialog).toBeHidden();
  });
}

