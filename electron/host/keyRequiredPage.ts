// What a person sees who opens the desk's browser host in a tab the app did not open (a bookmark, a
// new tab, an address kept from an earlier start): one small page, English and Hindi side by side
// (the tab has no language setting to go by), saying how to open the desk properly. Sent with 403.
// Self-contained so it passes the host's own Content-Security-Policy unchanged: no script, no
// style sheet or style attribute (style-src 'self' allows neither inline), no image, no link to
// anywhere; the browser's own styles and its light or dark scheme lay it out. It holds no key and
// nothing of this run: the same bytes for everyone.
import { hostAccessMessages } from '../../shared/i18n/messages/hostAccess';
import { appMessages } from '../../shared/i18n/messages/app';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

function section(language: 'en' | 'hi'): string {
  const text = hostAccessMessages[language];
  const app = appMessages[language];
  return [
    `<section lang="${language}">`,
    `<h1>${escapeHtml(text.heading)}</h1>`,
    `<p><strong>${escapeHtml(app.appName)}</strong></p>`,
    `<p>${escapeHtml(text.why)}</p>`,
    `<h2>${escapeHtml(text.howHeading)}</h2>`,
    '<ol>',
    `<li>${escapeHtml(text.howApp)}</li>`,
    `<li>${escapeHtml(text.howCommand)}</li>`,
    `<li>${escapeHtml(text.howRunning)}</li>`,
    '</ol>',
    `<p>${escapeHtml(text.closeTab)}</p>`,
    '</section>',
  ].join('\n');
}

/** The page, as UTF-8 bytes, made once. */
export const KEY_REQUIRED_PAGE: Buffer = Buffer.from(
  [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    '<meta name="robots" content="noindex">',
    `<title>${escapeHtml(`${hostAccessMessages.en.pageTitle} · ${hostAccessMessages.hi.pageTitle}`)}</title>`,
    '</head>',
    '<body>',
    '<main>',
    section('en'),
    '<hr>',
    section('hi'),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n'),
  'utf8',
);

/**
 * Whether a request is a browser opening an address in a tab (a navigation), not a script's fetch
 * or `kb api`: Fetch Metadata where the browser sends it, else an Accept header asking for HTML.
 */
export function isPageNavigation(headers: { 'sec-fetch-mode'?: string | string[]; 'sec-fetch-dest'?: string | string[]; accept?: string | string[] }): boolean {
  const mode = headers['sec-fetch-mode'];
  if (mode !== undefined) return mode === 'navigate' || headers['sec-fetch-dest'] === 'document';
  return /\btext\/html\b/.test(String(headers.accept ?? ''));
}
