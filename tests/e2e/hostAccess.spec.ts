// The desk's API key in Chromium: the page opened at the printed address (key in the fragment) takes
// the key out of the address and works, also after a reload; opened without the key, or with one
// from an earlier start, it can do nothing with the API and goes to the host's page that says in
// English and Hindi how to open the desk; and a page on another origin (a real node server on another port, which a
// hostile site stands for) cannot obtain the key or call the API by any route a page has.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FIXTURE_URL, expect, keyOfHost, test } from './fixtures';

let other: Server;
let otherUrl: string;

test.beforeAll(async () => {
  // Another origin: a plain page with a script of its own (its own CSP allows it).
  other = createServer((request, response) => {
    if (request.url === '/attack.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' }).end('void 0;');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>another site</title><p>another site</p>');
  });
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  // "localhost" and "127.0.0.1" are different origins; so is another port.
  otherUrl = `http://localhost:${(other.address() as AddressInfo).port}/`;
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => other.close(() => resolve()));
});

test('the page takes the key out of its address, and keeps working after a reload', async ({ openApp }) => {
  const page = await openApp(FIXTURE_URL);
  const key = keyOfHost(FIXTURE_URL);
  expect(page.url()).not.toContain(key);
  expect(page.url()).not.toContain('key=');
  await page.reload();
  await expect(page.getByRole('searchbox')).toBeVisible();
  await expect(page.getByTestId('results')).toBeVisible();
  const status = await page.evaluate(async () => (await fetch('api/enquiry:status', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${sessionStorage.getItem('dttc-host-key')}` }, body: '{}' })).status);
  expect(status).toBe(200);
  // No entry of the tab's history holds the key either.
  const visited: string[] = [page.url()];
  while (await page.evaluate(() => history.length > 1) && visited.length < 10) {
    const back = await page.goBack();
    if (!back && visited.at(-1) === page.url()) break;
    visited.push(page.url());
  }
  expect(visited.some((url) => url.includes('key='))).toBe(false);
});

for (const [opened, suffix] of [
  ['without the key (a bookmark, a new tab)', ''],
  ['with a key from an earlier start', `#key=${'A'.repeat(43)}`],
] as const) {
  test(`the page opened ${opened} goes to the host's bilingual page saying how to open the desk (403, no script)`, async ({ page }) => {
    const key = keyOfHost(FIXTURE_URL);
    const apiStatuses: number[] = [];
    const violations: string[] = [];
    page.on('response', (response) => {
      if (response.url().includes('/api/')) apiStatuses.push(response.status());
    });
    page.on('console', (message) => {
      if (message.text().startsWith('CSP violation')) violations.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
    });
    const landed = page.waitForURL(`${FIXTURE_URL}api/`);
    await page.goto(`${FIXTURE_URL}${suffix}`);
    await landed;
    await expect(page.getByRole('heading', { level: 1, name: 'Open the desk from the app' })).toBeVisible();
    await expect(page.locator('section[lang="hi"] h1')).toHaveText('डेस्क को ऐप से खोलें');
    await expect(page.locator('section[lang="en"]')).toContainText('npm start');
    await expect(page.locator('section[lang="hi"]')).toContainText('npm start');
    await expect(page).toHaveTitle('Open the desk from the app · डेस्क को ऐप से खोलें');
    // The page itself: 403, HTML, no script, nothing from elsewhere, no key, and the app's own CSP honoured.
    const reload = await page.reload();
    expect(reload?.status()).toBe(403);
    expect(reload?.headers()['content-type']).toBe('text/html; charset=utf-8');
    expect(reload?.headers()['content-security-policy']).toContain("script-src 'self'");
    await expect(page.locator('script, link, img, iframe, style, [style]')).toHaveCount(0);
    expect(await page.content()).not.toContain(key);
    expect(violations).toEqual([]);
    // The app never answered this tab: every API call it made was refused.
    expect(apiStatuses.length).toBeGreaterThan(0);
    expect(new Set(apiStatuses)).toEqual(new Set([403]));
    const status = await page.evaluate(async () => (await fetch('/api/enquiry:list', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status);
    expect(status).toBe(403);
  });
}

test('a page on another origin cannot obtain the key nor call the API', async ({ page, context }) => {
  const key = keyOfHost(FIXTURE_URL);
  // The desk's own tab, opened the way the host opens it, holds the key.
  const desk = await context.newPage();
  await desk.goto(`${FIXTURE_URL}#key=${key}`);
  await expect(desk.getByRole('searchbox')).toBeVisible();

  const seenByHost: { url: string; authorization?: string }[] = [];
  // Every request to the host but the desk tab's own: the other page's, its frame's and its popup's.
  context.on('request', (request) => {
    if (!request.url().startsWith(FIXTURE_URL)) return;
    let fromDesk = false;
    try {
      fromDesk = request.frame().page() === desk;
    } catch {
      // A navigation that opens a new window has no frame yet: it is the popup's, not the desk's.
    }
    if (fromDesk) return;
    const authorization = request.headers().authorization;
    seenByHost.push({ url: request.url(), ...(authorization ? { authorization } : {}) });
  });
  await page.goto(otherUrl);
  const attempts = await page.evaluate(
    async ({ host }) => {
      const tried: Record<string, string> = {};
      const text = async (run: () => Promise<string>) => {
        try {
          return await run();
        } catch (error) {
          return `refused: ${error instanceof Error ? error.name : String(error)}`;
        }
      };
      // The API, as a JSON POST: needs a CORS preflight, which the host never approves.
      tried.jsonPost = await text(async () => (await fetch(`${host}api/enquiry:list`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).text());
      // A "simple" request needs no preflight, and its answer is opaque to the page anyway.
      tried.simplePost = await text(async () => `status ${(await fetch(`${host}api/enquiry:list`, { method: 'POST', mode: 'no-cors', body: '{}' })).status}`);
      // The page itself: opaque, and no byte of it holds the key.
      tried.page = await text(async () => (await fetch(host)).text());
      tried.opaquePage = await text(async () => `status ${(await fetch(host, { mode: 'no-cors' })).status}`);
      // A window onto the desk: its address (and fragment) and storage belong to another origin.
      const opened = window.open(host);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      tried.windowAddress = await text(async () => String(opened?.location.href));
      tried.windowStorage = await text(async () => String(opened?.sessionStorage.getItem('dttc-host-key')));
      opened?.close();
      // A frame of the desk: refused by the host (frame-ancestors 'none', X-Frame-Options: DENY).
      const frame = document.createElement('iframe');
      frame.src = host;
      document.body.append(frame);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      tried.frameStorage = await text(async () => String(frame.contentWindow?.sessionStorage.getItem('dttc-host-key')));
      tried.ownStorage = String(sessionStorage.getItem('dttc-host-key'));
      return tried;
    },
    { host: FIXTURE_URL },
  );
  for (const [route, answer] of Object.entries(attempts)) expect(answer, route).not.toContain(key);
  expect(attempts.jsonPost).toMatch(/^refused/);
  // Opaque (status 0) or refused outright (Chromium's private network checks): never an answer the page can read.
  expect(attempts.simplePost).toMatch(/^(status 0|refused)/);
  expect(attempts.page).toMatch(/^refused/);
  expect(attempts.windowAddress).toMatch(/^refused: SecurityError/);
  expect(attempts.windowStorage).toMatch(/^refused: SecurityError/);
  expect(attempts.frameStorage).toMatch(/^refused/);
  expect(attempts.ownStorage).toBe('null');
  // Nothing the other origin sent to the host carried the key.
  expect(seenByHost.length).toBeGreaterThan(0);
  for (const request of seenByHost) {
    expect(request.url).not.toContain(key);
    expect(request.authorization).toBeUndefined();
  }
  await desk.close();
});
