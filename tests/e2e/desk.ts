// What the help-desk specs share: axe (WCAG 2.1 AA) on a page, today where the page runs, the
// Hindi UI, the enquiry log, a result row's title, and a report's period and tables read by row.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Language } from '../../shared/ipc/contract';
import { messagesFor } from '../../shared/i18n/messages/index';
import { expect } from './fixtures';

export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export async function expectNoViolations(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  const summary = results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
  expect(summary, what).toEqual([]);
}

// Today where the page runs (the config's timezoneId), not where the test runner does: between
// 18:30 and 24:00 UTC the two dates differ. en-CA formats a date as YYYY-MM-DD.
export const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kolkata' }).format(new Date());
/** The same day as dd/mm/yyyy, as the report's date fields take it. */
export const todayDayFirst = () => new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Kolkata' }).format(new Date());

/** Text as printed, without the spaces that line breaks put into it (a link or a title wraps anywhere). */
export const unwrapped = (text: string) => text.replace(/\s+/g, '');

export async function switchToHindi(page: Page): Promise<void> {
  await page.getByTestId('language-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
}

export async function openLog(page: Page): Promise<void> {
  await page.getByTestId('open-enquiry-log').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Enquiry log|पूछताछ लॉग/);
}

/** A result row's entry id and its title as shown (in the UI's language). */
export async function titleOfRow(page: Page, index: number): Promise<{ id: string; title: string }> {
  const row = page.locator('.result-button').nth(index);
  const id = (await row.getAttribute('data-entry-id')) ?? '';
  const title = (await row.locator('.result-title').innerText()).trim();
  return { id, title };
}

/** The Reports page's period, dd/mm/yyyy, by its labels in the UI's language (Hindi unless told). */
export async function choosePeriod(page: Page, from: string, to: string, language: Language = 'hi'): Promise<void> {
  const labels = messagesFor(language).reports;
  const controls = page.getByTestId('report-controls');
  await controls.getByLabel(labels.from, { exact: true }).fill(from);
  await controls.getByLabel(labels.to, { exact: true }).fill(to);
}

/** The cells of a report table by its row heading: { "प्रौद्योगिकियाँ": ["2"] }. */
export async function tableRows(page: Page, id: string): Promise<Record<string, string[]>> {
  const rows = page.locator(`[data-report-table="${id}"] tbody tr`);
  const result: Record<string, string[]> = {};
  for (const row of await rows.all()) result[(await row.locator('th').innerText()).trim()] = (await row.locator('td').allInnerTexts()).map((cell) => cell.trim());
  return result;
}
