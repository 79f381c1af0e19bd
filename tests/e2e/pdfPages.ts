// The text of each page of a PDF, read with Mozilla's pdf.js: a printed brief is checked page by
// page. Devanagari comes out of Chromium's PDFs as glyphs, not words, so Hindi pages are checked by
// their Latin and numeric text (references, links) and the Hindi words on screen in print media, or
// by a Hindi phrase as the same browser prints it alone (asPrinted).
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** What the page prints, as the print dialog's "Save as PDF" would write it (A4, the page's own @page size). */
export async function printToPdf(page: Page): Promise<Buffer> {
  await page.emulateMedia({ media: 'print' });
  try {
    return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
}

export interface PdfPage {
  /** Width and height in points (A4 is 595 × 842). */
  size: [number, number];
  text: string;
}

export async function pdfPages(pdf: Buffer): Promise<PdfPage[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  const pages: PdfPage[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    const text = content.items
      .map((item) => ('str' in item ? item.str : ''))
      .join(' ')
      .replace(/\s+/g, ' ');
    const [left, bottom, right, top] = page.view as [number, number, number, number];
    pages.push({ size: [Math.round(right - left), Math.round(top - bottom)], text });
  }
  await document.destroy();
  return pages;
}

/**
 * Phrases as this Chromium's PDFs give them back, whitespace removed: Devanagari comes out as glyphs
 * (conjuncts and vowel signs lost or split), so a Hindi title is looked for in the form the same
 * browser gives when it prints the phrase alone, in the font and language of the element it stands in.
 */
export async function asPrinted(phrases: { like: Locator; phrase: string }[]): Promise<string[]> {
  const styled = await Promise.all(
    phrases.map(async ({ like, phrase }) => ({ phrase, ...(await like.evaluate((element) => ({ font: getComputedStyle(element).font, lang: element.closest('[lang]')?.getAttribute('lang') ?? '' }))) })),
  );
  const probe = await phrases[0]!.like.page().context().newPage();
  try {
    // One page of the PDF a phrase.
    await probe.setContent('<!doctype html><meta charset="utf-8"><body></body>');
    await probe.locator('body').evaluate((body, all) => {
      for (const { phrase, font, lang } of all) {
        const paragraph = body.appendChild(document.createElement('p'));
        paragraph.setAttribute('lang', lang);
        paragraph.style.font = font;
        paragraph.style.breakAfter = 'page';
        paragraph.textContent = phrase;
      }
    }, styled);
    const pages = await pdfPages(await probe.pdf({ format: 'A4' }));
    expect(pages, 'one probe page a phrase').toHaveLength(phrases.length);
    return pages.map((printed) => printed.text.replace(/\s+/g, ''));
  } finally {
    await probe.close();
  }
}
