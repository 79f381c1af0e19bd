import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../shared/ipc/schemas';
import { HandlerError, type ApiHandlers } from './apiHandlers';
import { createEnquiryApiHandlers } from './enquiryApiHandlers';
import { createSyncApiHandlers } from './syncApiHandlers';
import { createReportApiHandlers } from '../reports/reportApiHandlers';
import { createChannelInvoker } from './invokeChannel';

const OWN_PAGE = 'app://desk/index.html';

function fakeHandlers(overrides: Partial<ApiHandlers> = {}): ApiHandlers {
  return {
    'host:info': () => ({ shell: 'electron', mode: 'desk', appVersion: '1.2.3', notices: [] }),
    'catalogue:info': () => ({ feedId: 'test', version: 1, issuedAt: '2026-01-01T00:00:00.000Z', entryCount: 0 }),
    'catalogue:snapshot': () => ({ info: { feedId: 'test', version: 1, issuedAt: '2026-01-01T00:00:00.000Z', entryCount: 0 }, entries: [] }),
    'catalogue:entry': ({ id }) => {
      throw new Error(`no entry ${id}`);
    },
    'catalogue:closed': () => [],
    'catalogue:vocabulary': () => ({ subjectAreas: [], labs: [] }),
    'settings:get': () => ({ language: 'en', theme: 'light' }),
    'settings:update': (patch) => ({ language: 'en', theme: 'light', ...patch }),
    'shell:openExternal': () => undefined,
    'kiosk:exit': () => ({ outcome: 'not-set' }),
    ...createEnquiryApiHandlers(undefined, undefined),
    ...createSyncApiHandlers(undefined, 'desk'),
    ...createReportApiHandlers({ catalogue: { snapshot: () => Promise.reject(new Error('no catalogue')) } }),
    ...overrides,
  };
}

function invoker(handlers = fakeHandlers(), log = vi.fn()) {
  return createChannelInvoker({ handlers, isTrustedSender: (url) => url.startsWith('app://desk/'), log });
}

describe('the IPC wrapper', () => {
  it('answers a valid call from our own page with the handler value', async () => {
    await expect(invoker()('settings:update', { language: 'hi' }, { senderUrl: OWN_PAGE })).resolves.toEqual({ ok: true, value: { language: 'hi', theme: 'light' } });
  });

  it('refuses a sender that is not our own page, without calling the handler', async () => {
    const handler = vi.fn(() => ({ language: 'en' as const, theme: 'light' as const }));
    const call = invoker(fakeHandlers({ 'settings:get': handler }));
    for (const senderUrl of ['https://evil.example/', 'file:///etc/passwd', 'app://other/index.html', undefined]) {
      const result = await call('settings:get', undefined, { senderUrl });
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses an argument its schema rejects, naming the field', async () => {
    const handler = vi.fn();
    const call = invoker(fakeHandlers({ 'settings:update': handler }));
    const wrongValue = await call('settings:update', { language: 'fr' }, { senderUrl: OWN_PAGE });
    expect(wrongValue).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(!wrongValue.ok && wrongValue.error.message).toContain('language');
    const extraField = await call('settings:update', { language: 'hi', isAdmin: true }, { senderUrl: OWN_PAGE });
    expect(extraField).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    const unexpected = await call('settings:get', { anything: 1 }, { senderUrl: OWN_PAGE });
    expect(unexpected).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses unknown channels, including names inherited from Object.prototype', async () => {
    for (const channel of ['settings:delete', '__proto__', 'constructor', 'toString', '']) {
      await expect(invoker()(channel, undefined, { senderUrl: OWN_PAGE })).resolves.toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    }
  });

  it('refuses a channel this shell does not offer (kiosk mode)', async () => {
    const handler = vi.fn(() => ({ language: 'en' as const, theme: 'light' as const }));
    const call = createChannelInvoker({ handlers: fakeHandlers({ 'settings:update': handler }), isTrustedSender: () => true, isChannelAllowed: (channel) => channel !== 'settings:update', log: vi.fn() });
    await expect(call('settings:update', { language: 'hi' }, { senderUrl: OWN_PAGE })).resolves.toMatchObject({ ok: false, error: { code: 'channel-not-allowed' } });
    await expect(call('settings:get', undefined, { senderUrl: OWN_PAGE })).resolves.toMatchObject({ ok: true });
    expect(handler).not.toHaveBeenCalled();
  });

  it('turns a thrown error into a Result error and logs it', async () => {
    const log = vi.fn();
    const call = invoker(
      fakeHandlers({
        'catalogue:snapshot': () => {
          throw new Error('disk on fire');
        },
      }),
      log,
    );
    const result = await call('catalogue:snapshot', undefined, { senderUrl: OWN_PAGE });
    expect(result).toEqual({ ok: false, error: { code: 'internal-error', message: '"catalogue:snapshot" failed: disk on fire' } });
    expect(log).toHaveBeenCalledWith(expect.stringContaining('disk on fire'));
  });

  it('passes a HandlerError code and message through as they are', async () => {
    const call = invoker(
      fakeHandlers({
        'shell:openExternal': async () => {
          throw new HandlerError('link-refused', 'Only https: and mailto: links can be opened outside the app.');
        },
      }),
    );
    await expect(call('shell:openExternal', { url: 'javascript:alert(1)' }, { senderUrl: OWN_PAGE })).resolves.toEqual({
      ok: false,
      error: { code: 'link-refused', message: 'Only https: and mailto: links can be opened outside the app.' },
    });
  });

  it('knows every channel of the contract', () => {
    expect([...CHANNELS].sort()).toEqual(Object.keys(fakeHandlers()).sort());
  });
});
