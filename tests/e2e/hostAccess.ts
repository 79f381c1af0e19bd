// The desk host's API key in the e2e tests: the address it prints carries the key in its fragment
// (electron/host/hostAccessKey.ts), and it writes the key to <user-data>/browser-host.json. Tests
// open the page at that address, as a user does, and send the key when they call the API themselves.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PrintedAddress {
  /** The host's address without the key: http://127.0.0.1:port/ */
  url: string;
  /** What the host printed, to open in the browser (with #key=… on the desk). */
  pageUrl: string;
  key: string | undefined;
}

export function splitPrintedAddress(printed: string): PrintedAddress {
  const match = /^(.*?)#key=([A-Za-z0-9_-]{43})$/.exec(printed);
  return match ? { url: match[1]!, pageUrl: printed, key: match[2] } : { url: printed, pageUrl: printed, key: undefined };
}

/** The key a host running on `dataFolder` wrote for this run. */
export function keyInDataFolder(dataFolder: string): string {
  return (JSON.parse(readFileSync(join(dataFolder, 'browser-host.json'), 'utf8')) as { key: string }).key;
}

const registered = new Map<string, string>();

/** A host a spec started itself: its key, so the openApp fixture can open its page too. */
export function registerHostKey(address: PrintedAddress): void {
  if (address.key) registered.set(address.url, address.key);
}

export function registeredHostKey(url: string): string | undefined {
  return registered.get(url);
}

export function keyHeaders(key: string | undefined): Record<string, string> {
  return key ? { authorization: `Bearer ${key}` } : {};
}
