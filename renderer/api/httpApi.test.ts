import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHttpApi } from './httpApi';

afterEach(() => vi.unstubAllGlobals());

describe('createHttpApi', () => {
  it('posts {"argument": …} to /api/<channel> and returns the Result as sent', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ ok: true, value: { language: 'hi', theme: 'dark' } })));
    vi.stubGlobal('fetch', fetch);
    const api = createHttpApi('http://127.0.0.1:4180/');
    const result = await api['settings:update']({ language: 'hi' });
    expect(result).toEqual({ ok: true, value: { language: 'hi', theme: 'dark' } });
    const [url, init] = fetch.mock.calls[0] as unknown as [URL, RequestInit];
    expect(String(url)).toBe('http://127.0.0.1:4180/api/settings:update');
    expect(init.method).toBe('POST');
    expect(JSON.parse(String(init.body))).toEqual({ argument: { language: 'hi' } });
  });

  it('leaves the argument out for channels that take none', async () => {
    const fetch = vi.fn(async () => new Response('{"ok":true,"value":{}}'));
    vi.stubGlobal('fetch', fetch);
    await createHttpApi('http://127.0.0.1:4180/')['settings:get'](undefined);
    expect((fetch.mock.calls[0] as unknown as [URL, RequestInit])[1].body).toBe('{}');
  });

  it('turns an unreachable host or a non-JSON answer into a failed Result', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    expect(await createHttpApi('http://127.0.0.1:1/')['host:info'](undefined)).toMatchObject({ ok: false, error: { code: 'unreachable' } });
    vi.stubGlobal('fetch', vi.fn(async () => new Response('<html>proxy error</html>', { status: 502 })));
    expect(await createHttpApi('http://127.0.0.1:1/')['host:info'](undefined)).toMatchObject({ ok: false, error: { code: 'bad-response' } });
  });
});
