import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../shared/ipc/channels';
import type { ChannelInvoker } from '../ipc/invokeChannel';

type Listener = (event: { senderFrame: { url: string; parent: unknown } | null }, argument: unknown) => unknown;
const registered = new Map<string, Listener>();

vi.mock('electron', () => ({ ipcMain: { handle: (channel: string, listener: Listener) => registered.set(channel, listener) } }));

describe('IPC registration', () => {
  it('registers every channel through the wrapper, passing the top frame URL as the sender', async () => {
    const { registerIpcHandlers } = await import('./ipcRegistration');
    const invoke = vi.fn<ChannelInvoker>(async () => ({ ok: true, value: null }));
    registerIpcHandlers(invoke);
    expect([...registered.keys()].sort()).toEqual([...CHANNELS].sort());

    await registered.get('settings:get')?.({ senderFrame: { url: 'app://desk/index.html', parent: null } }, undefined);
    expect(invoke).toHaveBeenLastCalledWith('settings:get', undefined, { senderUrl: 'app://desk/index.html' });

    await registered.get('settings:get')?.({ senderFrame: { url: 'app://desk/index.html', parent: {} } }, undefined);
    expect(invoke).toHaveBeenLastCalledWith('settings:get', undefined, { senderUrl: undefined });

    await registered.get('settings:get')?.({ senderFrame: null }, undefined);
    expect(invoke).toHaveBeenLastCalledWith('settings:get', undefined, { senderUrl: undefined });
  });
});
