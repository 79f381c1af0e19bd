import { describe, expect, it, vi } from 'vitest';
import { createElectronApi } from './electronApi';

describe('createElectronApi', () => {
  it('calls the preload function named after the channel', async () => {
    const update = vi.fn(async (argument: unknown) => ({ ok: true as const, value: argument }));
    const api = createElectronApi({ 'settings:update': update });
    expect(await api['settings:update']({ theme: 'dark' })).toEqual({ ok: true, value: { theme: 'dark' } });
    expect(update).toHaveBeenCalledWith({ theme: 'dark' });
  });

  it('answers a failed Result for a channel the preload does not offer', async () => {
    expect(await createElectronApi({})['host:info'](undefined)).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });
});
