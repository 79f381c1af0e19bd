// The one allow-list of API channels in kiosk mode, used by the Electron kiosk window and by the
// browser host started with --kiosk (the LAN kiosk server). Anything not listed is refused, so a
// channel added later (enquiries, sync, settings…) stays out of kiosks until someone lists it here.
import type { Channel } from '../ipc/contract';

/** Where kiosk pages run: Electron's kiosk window on this machine, or browsers served by the host. */
export type KioskSurface = 'kiosk-window' | 'kiosk-host';

/**
 * Read-only and catalogue-only: what a visitor's page needs to browse and search (catalogue:closed
 * names the entries no longer offered, so a visitor asking for one by name is told it closed).
 */
const READ_ONLY_CHANNELS: readonly Channel[] = ['host:info', 'catalogue:info', 'catalogue:snapshot', 'catalogue:entry', 'catalogue:closed', 'catalogue:vocabulary', 'settings:get'];

const ALLOWED: Record<KioskSurface, ReadonlySet<string>> = {
  // Only the window on the kiosk's own screen can be left, with the staff PIN.
  'kiosk-window': new Set<string>([...READ_ONLY_CHANNELS, 'kiosk:exit']),
  // A browser kiosk is left by closing the browser; offering the PIN check over the LAN would only
  // invite guessing from every machine on it.
  'kiosk-host': new Set<string>(READ_ONLY_CHANNELS),
};

export function isChannelAllowedInKiosk(channel: string, surface: KioskSurface): boolean {
  return ALLOWED[surface].has(channel);
}

export function kioskChannels(surface: KioskSurface): string[] {
  return [...ALLOWED[surface]].sort();
}
