import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../shared/ipc/channels';

const exposed = new Map<string, unknown>();
const invoke = vi.fn(async (channel: string, argument: unknown) => ({ ok: true, value: { channel, argument } }));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
  ipcRenderer: { invoke, send: vi.fn(), on: vi.fn() },
}));

describe('the preload', () => {
  beforeEach(async () => {
    exposed.clear();
    vi.resetModules();
    await import('./index');
  });

  it('exposes only window.dttc', () => {
    expect([...exposed.keys()]).toEqual(['dttc']);
  });

  it('offers one named function per channel, and nothing else', () => {
    const bridge = exposed.get('dttc') as Record<string, unknown>;
    expect(Object.keys(bridge).sort()).toEqual([...CHANNELS].sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
    expect(Object.values(bridge)).not.toContain(invoke);
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('sends each function to its own channel, with no way to name another', async () => {
    const bridge = exposed.get('dttc') as Record<string, (...args: unknown[]) => Promise<unknown>>;
    await bridge['settings:update']?.({ language: 'hi' }, 'shell:openExternal');
    expect(invoke).toHaveBeenLastCalledWith('settings:update', { language: 'hi' });
  });
});
