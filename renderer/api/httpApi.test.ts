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

describe('createHttpApi when the host refuses the key', () => {
  const refusal = () => new Response(JSON.stringify({ ok: false, error: { code: 'forbidden-sender', message: 'no key' } }), { status: 403 });

  it('calls onKeyRefused once, however many calls were refused, and leaves their Results pending', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => refusal()));
    const onKeyRefused = vi.fn();
    const api = createHttpApi('http://127.0.0.1:4180/', undefined, onKeyRefused);
    const settled = vi.fn();
    void api['settings:get'](undefined).then(settled);
    void api['catalogue:info'](undefined).then(settled);
    await vi.waitFor(() => expect(onKeyRefused).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(onKeyRefused).toHaveBeenCalledTimes(1);
    expect(settled).not.toHaveBeenCalled();
  });

  it('returns other refusals as they come (a kiosk channel not allowed), and a refusal when nobody listens', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ ok: false, error: { code: 'channel-not-allowed', message: 'kiosk' } }), { status: 403 })));
    const onKeyRefused = vi.fn();
    expect(await createHttpApi('http://127.0.0.1:4180/', undefined, onKeyRefused)['enquiry:list']({})).toMatchObject({ ok: false, error: { code: 'channel-not-allowed' } });
    expect(onKeyRefused).not.toHaveBeenCalled();
    vi.stubGlobal('fetch', vi.fn(async () => refusal()));
    expect(await createHttpApi('http://127.0.0.1:4180/')['settings:get'](undefined)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });
});
