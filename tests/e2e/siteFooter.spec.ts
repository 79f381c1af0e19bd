// The footer of every desk view (issue 15, item 9): who runs the desk and where, the helpline, the
// disclaimer and the catalogue's last update, with the privacy notice and terms of use a click away
// (axe on both), in English and Hindi; laid out as a footer band, not as bare paragraphs at the
// window's edge.
import { messagesFor } from '../../shared/i18n/messages';
import { expectNoViolations, switchToHindi } from './desk';
import { BUNDLED_URL, expect, test } from './fixtures';

for (const language of ['en', 'hi'] as const) {
  const text = messagesFor(language);
  test(`the footer carries address, helpline, disclaimer and last update, and opens the notices, which pass axe (${language === 'en' ? 'English' : 'Hindi'})`, async ({ openApp }) => {
    const page = await openApp(BUNDLED_URL);
    if (language === 'hi') await switchToHindi(page);
    const footer = page.locator('footer .site-footer');
    await expect(footer).toContainText(text.site.address);
    await expect(footer.getByTestId('helpline')).toHaveText(/^\+91-522-/);
    await expect(footer).toContainText(text.site.helplineHours);
    await expect(footer).toContainText(text.site.disclaimer);
    await expect(footer.getByTestId('last-updated')).toHaveText(new RegExp(`^${text.site.lastUpdated('').trim()}\\s*\\S`));

    // A band of its own, its text in line with the page's column rather than at the window's edge.
    const band = await footer.evaluate((element) => ({ background: getComputedStyle(element).backgroundColor, page: getComputedStyle(document.body).backgroundColor }));
    expect(band.background).not.toBe(band.page);
    const mainLeft = (await page.locator('main').boundingBox())!.x;
    const addressLeft = (await footer.locator('.site-footer-contact').boundingBox())!.x;
    expect(Math.abs(addressLeft - (mainLeft + 16))).toBeLessThanOrEqual(2);
    // The notices' links sit side by side, not as a bulleted list.
    const [privacyBox, termsBox] = [await footer.getByTestId('open-privacy').boundingBox(), await footer.getByTestId('open-terms').boundingBox()];
    expect(Math.abs(privacyBox!.y - termsBox!.y)).toBeLessThan(4);
    expect(await footer.locator('.site-footer-links').evaluate((list) => getComputedStyle(list).listStyleType)).toBe('none');

    await footer.getByTestId('open-privacy').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.legal.privacyTitle);
    await expect(page).toHaveTitle(new RegExp(text.legal.privacyTitle));
    await expectNoViolations(page, `privacy notice (${language})`);
    // A reading measure: lines of the notice are not as wide as the window.
    expect((await page.locator('.static-notice').boundingBox())!.width).toBeLessThan(800);
    await page.locator('footer .site-footer').getByTestId('open-terms').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.legal.termsTitle);
    await expectNoViolations(page, `terms of use (${language})`);
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.legal.privacyTitle);
  });
}
