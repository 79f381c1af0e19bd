// Who may call the desk's browser host API: the page the host opened, and programs of the same user
// (the `kb api` command), nobody else on this computer. At each start the host makes a random key
// and requires it, as "Authorization: Bearer <key>", on every /api/ request: no channel is listed,
// so a channel added later is covered too.
//
// How the page gets the key, and why this way: in the address's fragment, http://127.0.0.1:4180/#key=…
// - A fragment never leaves the browser: it is in no request line, no Referer header (the host also
//   sends Referrer-Policy: no-referrer), no server log. So no response of the host ever holds the key:
//   a process or a page that fetches / or any file gets the same bytes as everyone and no key.
// - A page on another origin cannot read this origin's address, fragment or sessionStorage (the
//   same-origin policy); it cannot frame the page (frame-ancestors 'none', X-Frame-Options: DENY);
//   it cannot send the Authorization header here without a CORS preflight, which the host never
//   approves. A cookie would not do: a cookie set by the host is handed to anyone who asks the host
//   for the page. A bootstrap endpoint would not do either, for the same reason.
// - The page's first script takes the key out of the address (history.replaceState, so it is in no
//   history entry or bookmark) and keeps it in sessionStorage, which lasts for the tab and is
//   readable by this origin only.
// The command line gets the key from <user-data>/browser-host.json, written 0600 in the owner-only
// user-data folder: other users of the computer cannot read it. The kiosk host needs no key: it
// serves only read-only catalogue channels (shared/kiosk/kioskChannels.ts) and no personal data.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileDurably } from '../store/durableFile';

export const HOST_ACCESS_FILE = 'browser-host.json';
const KEY_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export interface HostAccess {
  /** The host's address, without the key: http://127.0.0.1:4180/ */
  url: string;
  key: string;
}

const hostAccessSchema = z.object({ format: z.literal(1), url: z.string().url().max(200), key: z.string().regex(KEY_PATTERN), pid: z.number().int() }).strict();

/** 32 random bytes, base64url (43 characters). */
export function createHostAccessKey(): string {
  return randomBytes(32).toString('base64url');
}

/** The address the page is opened at: the key in the fragment, never in the path or query. */
export function pageAddressWithKey(url: string, key: string): string {
  return `${url}#key=${key}`;
}

/** Whether an Authorization header carries the key; compared in constant time. */
export function carriesHostKey(authorization: string | undefined, key: string): boolean {
  const match = /^Bearer ([A-Za-z0-9_-]{1,200})$/.exec(authorization ?? '');
  if (!match) return false;
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(match[1]!), digest(key));
}

/** Written at each start (mode 0600, durably), removed at close. */
export async function writeHostAccessFile(dataFolder: string, access: HostAccess): Promise<void> {
  await writeFileDurably(join(dataFolder, HOST_ACCESS_FILE), `${JSON.stringify({ format: 1, ...access, pid: process.pid }, null, 2)}\n`);
}

export async function removeHostAccessFile(dataFolder: string): Promise<void> {
  await rm(join(dataFolder, HOST_ACCESS_FILE), { force: true });
}

export async function readHostAccessFile(dataFolder: string): Promise<{ ok: true; access: HostAccess } | { ok: false; message: string }> {
  const path = join(dataFolder, HOST_ACCESS_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') return { ok: false, message: `${path} does not exist: is the desk's browser host running with --data ${dataFolder}?` };
    if (code === 'EACCES') return { ok: false, message: `${path} cannot be read: only the user who runs the desk may call its API` };
    return { ok: false, message: `${path} cannot be read (${error instanceof Error ? error.message : String(error)})` };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, message: `${path} is not valid JSON: start the browser host again` };
  }
  const parsed = hostAccessSchema.safeParse(value);
  if (!parsed.success) return { ok: false, message: `${path} is not a browser host access file: start the browser host again` };
  return { ok: true, access: { url: parsed.data.url, key: parsed.data.key } };
}
