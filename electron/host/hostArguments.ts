// The browser host's command line, parsed into options or a clear message (never a stack trace).
import { parseArgs } from 'node:util';
import { SYNC_MODES, type SyncModeSetting } from '../../shared/sync/channels';
import { isLoopback } from './loopback';

export interface HostArguments {
  host: string;
  port: number;
  dataFolder?: string;
  catalogueFolder?: string;
  rendererFolder?: string;
  kiosk: boolean;
  /** Kiosk mode: seconds without input before the reset countdown, and its length. */
  idleSeconds?: number;
  countdownSeconds?: number;
  /** Start-up overrides of the staff update settings (not saved): the feed address and the mode. */
  feedUrl?: string;
  syncMode?: SyncModeSetting;
}

export const HOST_USAGE = `usage: npm run host -- [--port N (0 = any free port; default 4180)] [--host ADDRESS (default 127.0.0.1)]
                       [--data USER-DATA-FOLDER] [--catalogue SPREADSHEET-FOLDER] [--renderer BUILT-RENDERER-FOLDER] [--kiosk]
                       [--idle-seconds N (kiosk: idle time before the reset countdown; default 90)] [--countdown-seconds N (default 15)]
                       [--feed-url http(s)://FEED/ (update feed for this run)] [--sync-mode none|manual|automatic]
  Without --catalogue the app runs on the signed feed installed in the user-data folder (the bundled one at first start).`;

export const DEFAULT_PORT = 4180;

export function parseHostArguments(args: string[]): { ok: true; value: HostArguments } | { ok: false; message: string } {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        host: { type: 'string' },
        port: { type: 'string' },
        data: { type: 'string' },
        catalogue: { type: 'string' },
        renderer: { type: 'string' },
        kiosk: { type: 'boolean' },
        'idle-seconds': { type: 'string' },
        'countdown-seconds': { type: 'string' },
        'feed-url': { type: 'string' },
        'sync-mode': { type: 'string' },
      },
    }));
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) return { ok: false, message: `--port must be a whole number from 0 to 65535, not "${values.port}"` };
  const host = values.host ?? '127.0.0.1';
  if (host.trim() === '') return { ok: false, message: '--host needs an address, e.g. 0.0.0.0 or 192.168.1.10' };
  // Off this machine the host serves only kiosks, read-only: the desk's enquiry log and settings
  // are never offered to the whole LAN.
  if (!isLoopback(host) && !values.kiosk) return { ok: false, message: `--host ${host} serves other machines: add --kiosk (read-only), or leave --host out to serve this machine only` };
  const idleSeconds = parseSeconds(values['idle-seconds']);
  const countdownSeconds = parseSeconds(values['countdown-seconds']);
  if (idleSeconds === null) return { ok: false, message: `--idle-seconds must be a whole number from 1 to 86400, not "${values['idle-seconds']}"` };
  if (countdownSeconds === null) return { ok: false, message: `--countdown-seconds must be a whole number from 1 to 86400, not "${values['countdown-seconds']}"` };
  if ((idleSeconds !== undefined || countdownSeconds !== undefined) && !values.kiosk) return { ok: false, message: '--idle-seconds and --countdown-seconds apply only with --kiosk' };
  const feedUrl = values['feed-url'];
  if (feedUrl !== undefined && !/^https?:\/\/\S+$/i.test(feedUrl)) return { ok: false, message: `--feed-url must be an http:// or https:// address, not "${feedUrl.slice(0, 100)}"` };
  const syncMode = values['sync-mode'];
  if (syncMode !== undefined && !isSyncMode(syncMode)) return { ok: false, message: `--sync-mode must be one of ${SYNC_MODES.join(', ')}, not "${syncMode.slice(0, 40)}"` };
  return {
    ok: true,
    value: {
      host,
      port,
      dataFolder: values.data,
      catalogueFolder: values.catalogue,
      rendererFolder: values.renderer,
      kiosk: values.kiosk ?? false,
      idleSeconds,
      countdownSeconds,
      ...(feedUrl !== undefined ? { feedUrl } : {}),
      ...(syncMode !== undefined ? { syncMode } : {}),
    },
  };
}

/** undefined when not given, null when given but not whole seconds from 1 to a day. */
function parseSeconds(text: string | undefined): number | undefined | null {
  if (text === undefined) return undefined;
  const seconds = Number(text);
  return /^\d+$/.test(text) && seconds >= 1 && seconds <= 86_400 ? seconds : null;
}

function isSyncMode(text: string): text is SyncModeSetting {
  return (SYNC_MODES as readonly string[]).includes(text);
}
