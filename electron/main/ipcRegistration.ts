// Registers every contract channel with ipcMain through the one wrapper. The sender is the frame
// that called: only the app's own top-level page (app://desk/) is trusted.
import { ipcMain } from 'electron';
import { CHANNELS } from '../../shared/ipc/schemas';
import type { ChannelInvoker } from '../ipc/invokeChannel';

export function registerIpcHandlers(invoke: ChannelInvoker): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, argument: unknown) => {
      const frame = event.senderFrame;
      // A sub-frame (there should be none: frames are refused by CSP) is never trusted.
      const senderUrl = frame && frame.parent === null ? frame.url : undefined;
      return invoke(channel, argument, { senderUrl });
    });
  }
}
