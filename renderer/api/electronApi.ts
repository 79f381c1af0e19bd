// The API inside the Electron shell: the preload exposes one named function per channel on
// window.dttc (never ipcRenderer, never a channel parameter).
import type { Channel } from '../../shared/ipc/contract';
import { failure, type Result } from '../../shared/ipc/result';
import { apiFromTransport, type Api } from './api';

export type PreloadBridge = Record<string, ((argument: unknown) => Promise<Result<unknown>>) | undefined>;

export function createElectronApi(bridge: PreloadBridge): Api {
  return apiFromTransport(async (channel: Channel, argument: unknown) => {
    const method = bridge[channel];
    if (typeof method !== 'function') return failure('unknown-channel', `The desktop shell offers no "${channel}".`);
    return method(argument);
  });
}
