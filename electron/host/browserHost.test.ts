import { request } from 'node:http';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handMadeCatalogue } from '../../shared/search/testing/handMadeCatalogue';
import { CONTENT_SECURITY_POLICY } from '../main/contentSecurityPolicy';
import { createApiHandlers } from '../ipc/createAppHandlers';
import { openSettingsStore } from '../store/settingsStore';
import { startBrowserHost, type BrowserHost } from './browserHost';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** node:http, not fetch: fetch would normalise "/../" away before the server ever saw it. */
function send(base: string, method: string, path: string, options: { body?: string; headers?: Record<string, string> } = {}): Promise<Reply> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: url.hostname, port: url.port, method, path, headers: options.headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

const API_KEY = 'k'.repeat(43);
const postJson = (base: string, channel: string, body: string, headers: Record<string, string> = {}) =>
  send(base, 'POST', `/api/${channel}`, { body, headers: { 'content-type': 'application/json', authorization: `Bearer ${API_KEY}`, ...headers } });

describe('the browser host over real HTTP', () => {
  let folder: string;
  let host: BrowserHost;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'dttc-host-'));
    const renderer = join(folder, 'renderer');
    await mkdir(join(renderer, 'assets'), { recursive: true });
    await writeFile(join(renderer, 'index.html'), '<!doctype html><title>desk</title>');
    await writeFile(join(renderer, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(join(renderer, 'assets', 'style.css'), 'body{}');
    await writeFile(join(folder, 'secret.txt'), 'outside the app folder');
    const settings = await openSettingsStore(join(folder, 'data'));
    const catalogue = { snapshot: async () => ({ info: { feedId: 'test', version: 7, issuedAt: '2026-11-01T00:00:00.000Z', entryCount: handMadeCatalogue.length }, entries: handMadeCatalogue }) };
    const handlers = createApiHandlers({ shell: 'browser', mode: 'desk', appVersion: '9.9.9', settings, catalogue });
    host = await startBrowserHost({ handlers, rendererFolder: renderer, port: 0, apiKey: API_KEY, log: () => undefined });
  });

  afterAll(async () => {
    await host?.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves the page and its assets with the right type and the strict CSP', async () => {
    const page = await send(host.url, 'GET', '/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>desk</title>');
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    const script = await send(host.url, 'GET', '/assets/app.js');
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect((await send(host.url, 'GET', '/assets/style.css')).headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await send(host.url, 'GET', '/assets/missing.js')).status).toBe(404);
  });

  it.each(['/../package.json', '/../secret.txt', '/%2e%2e/secret.txt', '/%2E%2E/secret.txt', '/..%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/%252e%252e/secret.txt', '/assets/%00.js', '/%zz'])(
    'refuses the traversal %s',
    async (path) => {
      const reply = await send(host.url, 'GET', path);
      expect([400, 404]).toContain(reply.status);
      expect(reply.body).not.toContain('outside the app folder');
      expect(reply.body).not.toContain('"name"');
    },
  );

  it('answers the API with a Result, round trip through the settings store', async () => {
    const info = await postJson(host.url, 'host:info', '{}');
    expect(info.status).toBe(200);
    expect(JSON.parse(info.body)).toEqual({ ok: true, value: { shell: 'browser', mode: 'desk', appVersion: '9.9.9', notices: [] } });
    const updated = await postJson(host.url, 'settings:update', JSON.stringify({ argument: { language: 'hi' } }));
    expect(JSON.parse(updated.body)).toEqual({ ok: true, value: { language: 'hi', theme: 'system' } });
    const read = await postJson(host.url, 'settings:get', '{}');
    expect(JSON.parse(read.body)).toEqual({ ok: true, value: { language: 'hi', theme: 'system' } });
    const snapshot = await postJson(host.url, 'catalogue:snapshot', '{}');
    expect(JSON.parse(snapshot.body)).toMatchObject({ ok: true, value: { info: { version: 7 } } });
  });

  it('accepts a call from its own origin and refuses one from another site', async () => {
    const own = await postJson(host.url, 'settings:get', '{}', { origin: host.url.replace(/\/$/, '') });
    expect(own.status).toBe(200);
    const foreign = await postJson(host.url, 'settings:update', JSON.stringify({ argument: { language: 'en' } }), { origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect(JSON.parse(foreign.body)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    const crossSite = await postJson(host.url, 'settings:get', '{}', { 'sec-fetch-site': 'cross-site' });
    expect(crossSite.status).toBe(403);
  });

  it('refuses a host name other than its own (DNS rebinding)', async () => {
    const reply = await postJson(host.url, 'settings:get', '{}', { host: `rebound.example:${new URL(host.url).port}` });
    expect(reply.status).toBe(421);
  });

  it('answers bad JSON with 400 and a clear message', async () => {
    const reply = await postJson(host.url, 'settings:get', '{"argument": ');
    expect(reply.status).toBe(400);
    const result = JSON.parse(reply.body) as { ok: boolean; error: { code: string; message: string } };
    expect(result.ok).toBe(false);
    expect(result.error.message).toContain('not valid JSON');
    expect((await postJson(host.url, 'settings:get', '[1]')).status).toBe(400);
    expect((await postJson(host.url, 'settings:get', '{"channel":"x"}')).status).toBe(400);
  });

  it('answers an unknown channel with 404', async () => {
    const reply = await postJson(host.url, 'settings:delete', '{}');
    expect(reply.status).toBe(404);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect((await postJson(host.url, '__proto__', '{}')).status).toBe(404);
  });

  it('answers one entry in full by its id, and refuses an unknown or malformed id by name', async () => {
    const wanted = handMadeCatalogue[2]!;
    const found = await postJson(host.url, 'catalogue:entry', JSON.stringify({ argument: { id: wanted.id } }));
    expect(JSON.parse(found.body)).toEqual({ ok: true, value: wanted });
    const unknown = await postJson(host.url, 'catalogue:entry', JSON.stringify({ argument: { id: 'no-such-entry' } }));
    expect(JSON.parse(unknown.body)).toEqual({ ok: false, error: { code: 'entry-not-found', message: expect.stringContaining('"no-such-entry"') } });
    const malformed = await postJson(host.url, 'catalogue:entry', JSON.stringify({ argument: { id: '../../etc/passwd' } }));
    expect(JSON.parse(malformed.body)).toMatchObject({ ok: false, error: { code: 'invalid-argument', message: expect.stringContaining('id') } });
  });

  it('answers a bad argument with a Result naming the field', async () => {
    const reply = await postJson(host.url, 'settings:update', JSON.stringify({ argument: { theme: 'pink' } }));
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid-argument', message: expect.stringContaining('theme') } });
  });

  it('refuses a non-JSON content type and a GET on the API', async () => {
    const authorization = `Bearer ${API_KEY}`;
    expect((await send(host.url, 'POST', '/api/settings:get', { body: '{}', headers: { 'content-type': 'text/plain', authorization } })).status).toBe(415);
    expect((await send(host.url, 'GET', '/api/settings:get', { headers: { authorization } })).status).toBe(405);
  });

  it('refuses links out: the browser host cannot open other programs', async () => {
    const refused = await postJson(host.url, 'shell:openExternal', JSON.stringify({ argument: { url: 'javascript:alert(1)' } }));
    expect(JSON.parse(refused.body)).toMatchObject({ ok: false, error: { code: 'link-refused' } });
    const unsupported = await postJson(host.url, 'shell:openExternal', JSON.stringify({ argument: { url: 'https://drdo.gov.in/' } }));
    expect(JSON.parse(unsupported.body)).toMatchObject({ ok: false, error: { code: 'unsupported' } });
  });
});
