// The sync channels as ApiHandlers: the desk app answers them from its sync service; kiosk mode
// (and a host run on a spreadsheet folder with --catalogue) refuses them.
import type { HostMode } from '../../shared/ipc/contract';
import type { SyncApiContract } from '../../shared/sync/channels';
import type { DeskSync } from '../deskSync/deskSync';
import { HandlerError, type ApiHandlers } from './apiHandlers';

export type SyncApiHandlers = Pick<ApiHandlers, keyof SyncApiContract>;

export function createSyncApiHandlers(sync: DeskSync | undefined, mode: HostMode): SyncApiHandlers {
  const desk = (): DeskSync => {
    if (mode === 'kiosk') throw new HandlerError('unsupported', 'Updates are managed at the help desk, not on a kiosk.');
    if (!sync) throw new HandlerError('unsupported', 'Updates are off: this app was started on a spreadsheet folder (--catalogue), not on the signed feed.');
    return sync;
  };
  return {
    'sync:status': () => desk().status(),
    'sync:check': (argument) => desk().check(argument?.confirm),
    'sync:settings': async (argument) => (argument ? desk().updateSettings(argument) : desk().status()),
    'sync:importBundle': (argument) => {
      const service = desk();
      // The schema has checked the alphabet and the size; Buffer decodes without a copy in base64.
      const bytes = new Uint8Array(Buffer.from(argument.base64, 'base64'));
      return service.importBytes(bytes, argument.confirm);
    },
    'sync:whatsNew': () => desk().whatsNew(),
  };
}
