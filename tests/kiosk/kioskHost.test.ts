// The LAN kiosk host over real HTTP: `npm run host -- --kiosk` wiring (runBrowserHost), a real
// socket, every channel of the contract. Everything outside the kiosk allow-list is refused with
// 403 (or 404 for names the contract does not have) and changes nothing; static files come only
// from the built renderer.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/ipc/schemas';
import { isChannelAllowedInKiosk } from '../../shared/kiosk/kioskChannels';
import type { BrowserHost } from '../../electron/host/browserHost';
import { runBrowserHost } from '../../electron/host/cli';
import { parseHostArguments } from '../../electron/host/hostArguments';

const FIXTURE_CATALOGUE = resolve('tests/fixtures/catalogue');
let folder: string;
let host: BrowserHost;
let port: number;

/** A sample argument per channel that its schema accepts, so a refusal is about the channel, not the argument. */
const SAMPLE_ARGUMENTS: Record<string, unknown> = {
  'settings:update': { language: 'hi' },
  'shell:openExternal': { url: 'https://www.drdo.gov.in/' },
  'kiosk:exit': { pin: '123456' },
};

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function send(method: string, path: string, body?: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolveAnswer, reject) => {
    const bodyHeaders = body === undefined ? {} : { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) };
    // A fresh connection per request: a refusal may close the socket without reading the body.
    const request = httpRequest({ host: '127.0.0.1', port, method, path, agent: false, headers: { ...bodyHeaders, ...headers } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolveAnswer({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    request.on('error', reject);
    request.end(body);
  });
}

const call = (channel: string, argument?: unknown, headers: Record<string, string> = {}) =>
  send('POST', `/api/${encodeURIComponent(channel)}`, JSON.stringify(argument === undefined ? {} : { argument }), headers);
const json = (answer: Answer) => JSON.parse(answer.body.toString('utf8')) as { ok: boolean; value?: unknown; error?: { code: string } };

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'kiosk-host-'));
  const renderer = join(folder, 'renderer');
  await mkdir(join(renderer, 'assets'), { recursive: true });
  await writeFile(join(renderer, 'index.html'), '<!doctype html><title>kiosk</title>');
  await writeFile(join(renderer, 'assets', 'app.js'), 'console.log(1);');
  await writeFile(join(folder, 'secret.txt'), 'not for visitors');
  // Bound to every interface, as a LAN kiosk server is; the test reaches it through 127.0.0.1.
  const parsed = parseHostArguments(['--kiosk', '--host', '0.0.0.0', '--port', '0', '--idle-seconds', '7', '--data', join(folder, 'data'), '--catalogue', FIXTURE_CATALOGUE, '--renderer', renderer]);
  if (!parsed.ok) throw new Error(parsed.message);
  host = await runBrowserHost(parsed.value);
  port = Number(new URL(host.url).port);
});

afterAll(async () => {
  await host?.close();
  await rm(folder, { recursive: true, force: true });
});

describe('the kiosk host (--kiosk --host 0.0.0.0)', () => {
  it('says it is a kiosk, with the idle time it was given', async () => {
    const answer = json(await call('host:info'));
    expect(answer).toMatchObject({ ok: true, value: { mode: 'kiosk', shell: 'browser', kiosk: { idleSeconds: 7, countdownSeconds: 15 } } });
  });

  it('answers to a LAN name in the Host header (it is not bound to loopback)', async () => {
    const answer = await call('host:info', undefined, { host: `192.168.1.50:${port}` });
    expect(answer.status).toBe(200);
  });

  it('serves the catalogue, serialised once, with an ETag, gzip and 304', async () => {
    const first = await call('catalogue:snapshot');
    expect(first.status).toBe(200);
    const snapshot = json(first) as { ok: true; value: { entries: unknown[]; info: { entryCount: number } } };
    expect(snapshot.value.entries.length).toBe(snapshot.value.info.entryCount);
    expect(snapshot.value.entries.length).toBeGreaterThan(0);
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[\w-]+"$/);
    // The first gzip request starts compressing off the main thread and is answered plain meanwhile.
    let zipped = await call('catalogue:snapshot', undefined, { 'accept-encoding': 'gzip' });
    for (let attempt = 0; attempt < 50 && zipped.headers['content-encoding'] !== 'gzip'; attempt++) {
      expect(zipped.body.equals(first.body)).toBe(true);
      await new Promise((wait) => setTimeout(wait, 50));
      zipped = await call('catalogue:snapshot', undefined, { 'accept-encoding': 'gzip' });
    }
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(zipped.body).equals(first.body)).toBe(true);
    const again = await call('catalogue:snapshot', undefined, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('refuses every channel of the contract outside the kiosk allow-list with 403, even from its own page', async () => {
    const origin = `http://127.0.0.1:${port}`;
    const refused = CHANNELS.filter((channel) => !isChannelAllowedInKiosk(channel, 'kiosk-host'));
    expect(refused).toEqual(expect.arrayContaining(['settings:update', 'shell:openExternal', 'kiosk:exit']));
    for (const channel of refused) {
      for (const headers of [{}, { origin }] as Record<string, string>[]) {
        const answer = await call(channel, SAMPLE_ARGUMENTS[channel], headers);
        expect(answer.status, `${channel} ${JSON.stringify(headers)}`).toBe(403);
        expect(json(answer)).toMatchObject({ ok: false, error: { code: 'channel-not-allowed' } });
      }
    }
    for (const channel of CHANNELS.filter((name) => isChannelAllowedInKiosk(name, 'kiosk-host'))) {
      expect((await call(channel)).status, channel).toBe(200);
    }
  });

  it('changed nothing: the refused settings:update left the settings as they were', async () => {
    await call('settings:update', { language: 'hi' });
    expect(json(await call('settings:get'))).toMatchObject({ ok: true, value: { language: 'en' } });
    await expect(readFile(join(folder, 'data', 'settings.json'), 'utf8').catch(() => 'absent')).resolves.not.toContain('"hi"');
  });

  it('has no enquiry, sync, update or settings-writing routes at all (404), whatever the method', async () => {
    const names = ['enquiry:list', 'enquiry:record', 'enquiry:update', 'enquiry:export', 'enquiry:import', 'enquiries:list', 'sync:import', 'sync:check', 'update:import', 'settings:reset', 'store:write', '__proto__', 'constructor', 'toString'];
    for (const name of names) {
      if ((CHANNELS as string[]).includes(name)) expect((await call(name)).status, name).toBe(403);
      else expect((await call(name)).status, name).toBe(404);
    }
    for (const method of ['GET', 'PUT', 'DELETE', 'PATCH']) {
      expect((await send(method, '/api/settings:update', method === 'GET' ? undefined : '{}')).status, method).toBe(405);
      expect((await send(method, '/api/enquiry:record', method === 'GET' ? undefined : '{}')).status, method).toBe(405);
    }
  });

  it('serves the built renderer and nothing outside it', async () => {
    expect((await send('GET', '/')).status).toBe(200);
    expect((await send('GET', '/assets/app.js')).status).toBe(200);
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/data/settings.json', '/../data/settings.json', '/%2e%2e/%2e%2e/package.json', '/assets/../../secret.txt']) {
      const answer = await send('GET', path);
      expect(answer.status, path).not.toBe(200);
      expect(answer.body.toString('utf8'), path).not.toContain('not for visitors');
    }
    for (const method of ['POST', 'PUT', 'DELETE']) expect((await send(method, '/index.html', '')).status, method).toBe(405);
  });

  it('serves static files from memory, gzipped, with an ETag and 304', async () => {
    const plain = await send('GET', '/assets/app.js');
    expect(plain.body.toString('utf8')).toBe('console.log(1);');
    const zipped = await send('GET', '/assets/app.js', undefined, { 'accept-encoding': 'gzip, deflate' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(zipped.body).toString('utf8')).toBe('console.log(1);');
    const again = await send('GET', '/assets/app.js', undefined, { 'if-none-match': String(plain.headers.etag) });
    expect(again.status).toBe(304);
    // A rebuilt renderer is served at once, not the copy in memory.
    await writeFile(join(folder, 'renderer', 'assets', 'app.js'), 'console.log(22);');
    expect((await send('GET', '/assets/app.js')).body.toString('utf8')).toBe('console.log(22);');
  });

  it('refuses a request body over the limit', async () => {
    const answer = await call('catalogue:snapshot', 'x'.repeat(2 * 1024 * 1024));
    expect(answer.status).toBe(413);
  });
});
