// The browser host's API key for this page (electron/host/hostAccessKey.ts says why it travels in
// the address's fragment). The page's first script takes it out of the address, so it stays in no
// history entry, bookmark or screenshot of the address bar, and keeps it in sessionStorage, so a
// reload of the tab still has it; no other origin can read either.
const KEY_IN_FRAGMENT = /^#key=([A-Za-z0-9_-]{43})(?=$|&)&?/;
const STORAGE_NAME = 'dttc-host-key';

/** Where a tab the host refuses goes: an API address, which the host answers in a tab with its key-required page. */
export const KEY_REQUIRED_ADDRESS = 'api/';

/** Moves a key in the address's fragment into sessionStorage; what followed it stays as the fragment. */
export function takeHostKeyFromAddress(location: Pick<Location, 'hash' | 'pathname' | 'search'>, history: Pick<History, 'replaceState' | 'state'>, storage: Pick<Storage, 'setItem'>): void {
  const match = KEY_IN_FRAGMENT.exec(location.hash);
  if (!match) return;
  try {
    storage.setItem(STORAGE_NAME, match[1]!);
  } catch {
    // Storage refused (a private window's quota): the key is still read from memory below.
  }
  keyInMemory = match[1];
  const rest = location.hash.slice(match[0].length);
  history.replaceState(history.state, '', `${location.pathname}${location.search}${rest === '' ? '' : `#${rest}`}`);
}

let keyInMemory: string | undefined;

/** The key this tab was opened with; undefined in a kiosk browser (the kiosk host needs none). */
export function hostKey(storage: Pick<Storage, 'getItem'> | undefined): string | undefined {
  if (keyInMemory) return keyInMemory;
  try {
    return storage?.getItem(STORAGE_NAME) ?? undefined;
  } catch {
    return undefined;
  }
}
