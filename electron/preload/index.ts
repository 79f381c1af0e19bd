// The preload: one named function per contract channel on window.dttc, made from the channel list.
// The page never sees ipcRenderer, and no function takes a channel name.
import { contextBridge, ipcRenderer } from 'electron';
import type { Result } from '../../shared/ipc/result';
import { CHANNELS } from '../../shared/ipc/channels';

const bridge: Record<string, (argument?: unknown) => Promise<Result<unknown>>> = {};
for (const channel of CHANNELS) {
  bridge[channel] = (argument?: unknown) => ipcRenderer.invoke(channel, argument) as Promise<Result<unknown>>;
}

contextBridge.exposeInMainWorld('dttc', Object.freeze(bridge));
