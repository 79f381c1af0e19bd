// Who may call the desk's browser host, over real HTTP against `npm run host`'s own wiring
// (runBrowserHost): every channel (CHANNELS, so a channel added later is checked too, plus names no
// channel has) refuses a request without the key or with a wrong one (403) and answers with it; no
// response of the host carries the key; a tab opened at an API address without it gets a bilingual
// page (403, no script) saying how to open the desk, a program the JSON refusal; `kb api` reads it
// from the user-data folder; the user-data folder is 0700 and every file in it 0600 after a run
// that wrote settings, an enquiry, the catalogue, its search index and backups. The kiosk host keeps its read-only channels open.
import { execFile } from 'node:child_process';
import { get, type IncomingHttpHeaders } from 'node:http';
import { promisify } from 'node:util';
import { chmod, lstat, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/ipc/channels';
import { isChannelAllowedInKiosk } from '../../shared/kiosk/kioskChannels';
import { runBrowserHost, type RunningBrowserHost } from '../../electron/host/cli';
import { HOST_ACCESS_FILE } from '../../electron/host/hostAccessKey';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/contentSecurityPolicy';
import { parseHostArguments } from '../../electron/host/hostArguments';
import { makeFolderPrivate } from '../../electron/store/privateFolder';

const POSIX = process.platform !== 'win32';

/** Asynchronously: the host answers from this very process, so a synchronous spawn would wait for ever. */
async function kb(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', resolve('electron/cli/kb.ts'), ...args], { encoding: 'utf8', timeout: 30_000 });
    return { status: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { status: typeof failed.code === 'number' ? failed.code : -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}
const NOT_CHANNELS = ['enquiry:delete', 'enquiry:listAll', '__proto__', 'x'];
let folder: string;

async function start(extra: string[], data: string): Promise<RunningBrowserHost> {
  const parsed = parseHostArguments([...extra, '--port', '0', '--data', data, '--renderer', join(folder, 'renderer')]);
  if (!parsed.ok) throw new Error(parsed.message);
  return runBrowserHost(parsed.value);
}

function post(host: RunningBrowserHost, channel: string, argument: unknown, authorization?: string): Promise<Response> {
  return fetch(`${host.url}api/${encodeURIComponent(channel)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization === undefined ? {} : { authorization }) },
    body: JSON.stringify(argument === undefined ? {} : { argument }),
  });
}

/** A GET with exactly these headers (node:http: fetch would add Sec-Fetch-Mode: cors of its own). */
function navigate(url: string, headers: Record<string, string>): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
  return new Promise((resolvePage, reject) => {
    get(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolvePage({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
    }).on('error', reject);
  });
}

/** Every path under `root` with its permission bits. */
async function modesUnder(root: string): Promise<{ path: string; mode: number; folder: boolean }[]> {
  const found: { path: string; mode: number; folder: boolean }[] = [];
  const visit = async (path: string) => {
    const info = await lstat(path);
    found.push({ path, mode: info.mode & 0o777, folder: info.isDirectory() });
    if (info.isDirectory()) for (const name of await readdir(path)) await visit(join(path, name));
  };
  await visit(root);
  return found;
}

const DRAFT = {
  enquiryDate: '2026-11-25',
  visitorName: 'Asha Verma',
  organisation: 'Verma Engineering',
  visitorType: 'msme',
  channel: 'walk-in',
  status: 'open',
  phone: '+91 98765 43210',
  email: 'asha@example.in',
  question: 'Drone technology transfer',
  entryIds: [],
  followUpAction: '',
  followUpDone: false,
  officer: 'R. Singh',
  consent: 'given',
};

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'host-access-'));
  await mkdir(join(folder, 'renderer'));
  await writeFile(join(folder, 'renderer', 'index.html'), '<!doctype html><title>desk</title><script type="module" src="/boot.js"></script>');
  await writeFile(join(folder, 'renderer', 'boot.js'), 'void 0;');
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('the desk host', () => {
  let host: RunningBrowserHost;
  const data = () => join(folder, 'desk');
  beforeAll(async () => {
    host = await start([], data());
  }, 60_000);
  afterAll(async () => host?.close());

  it('opens its page with the key in the fragment only, and writes the key 0600 for kb', async () => {
    expect(host.apiKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(host.pageUrl).toBe(`${host.url}#key=${host.apiKey}`);
    const access = JSON.parse(await readFile(join(data(), HOST_ACCESS_FILE), 'utf8')) as { url: string; key: string };
    expect(access).toMatchObject({ url: host.url, key: host.apiKey });
    if (POSIX) expect((await lstat(join(data(), HOST_ACCESS_FILE))).mode & 0o777).toBe(0o600);
  });

  it.each([...CHANNELS, ...NOT_CHANNELS])('refuses %s without the key and with a wrong one (403)', async (channel) => {
    const wrongKey = `${host.apiKey!.slice(0, -1)}${host.apiKey!.endsWith('A') ? 'B' : 'A'}`;
    for (const authorization of [undefined, '', `Bearer ${wrongKey}`, `Bearer ${host.apiKey!.slice(1)}`, host.apiKey!, `Basic ${host.apiKey}`, `Bearer ${host.apiKey}x`]) {
      const response = await post(host, channel, {}, authorization);
      expect(response.status, `${channel} with ${JSON.stringify(authorization)}`).toBe(403);
      expect(await response.json()).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    }
  });

  it.each(CHANNELS)('answers %s with the key (no 403)', async (channel) => {
    const response = await post(host, channel, undefined, `Bearer ${host.apiKey}`);
    expect(response.status, channel).not.toBe(403);
  });

  it('never sends the key in a response a process without it can get', async () => {
    for (const path of ['', 'index.html', 'boot.js', 'data/search-index.bin', 'data/catalogue.json', 'no-such-file', `#key=`]) {
      const response = await fetch(`${host.url}${path}`);
      expect(await response.text(), path).not.toContain(host.apiKey!);
      expect([...response.headers.values()].join('\n'), path).not.toContain(host.apiKey!);
    }
    const refused = await post(host, 'enquiry:list', {});
    expect(await refused.text()).not.toContain(host.apiKey!);
  });

  // A tab opened at the host without this run's key: the page sends it to an API address (renderer/api/chooseApi.ts).
  const NAVIGATIONS: [string, Record<string, string>][] = [
    ['a tab (Fetch Metadata)', { 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'document', 'sec-fetch-site': 'none', accept: 'text/html,application/xhtml+xml,*/*;q=0.8' }],
    ['a browser without Fetch Metadata', { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' }],
  ];

  it.each(NAVIGATIONS)('shows %s opened without the key a bilingual page saying how to open the desk: 403, no script, nothing remote, no key', async (_, headers) => {
    const pages = new Set<string>();
    for (const path of ['api/', 'api/enquiry:list', 'api/no-such-channel']) {
      for (const authorization of [undefined, `Bearer ${'A'.repeat(43)}`]) {
        const response = await navigate(`${host.url}${path}`, { ...headers, ...(authorization ? { authorization } : {}) });
        expect(response.status, path).toBe(403);
        expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
        expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
        expect(response.headers['cache-control']).toBe('no-store');
        const body = response.body;
        pages.add(body);
        expect(body).toMatch(/^<!doctype html>\n<html lang="en">/);
        expect(body).toContain('<section lang="en">\n<h1>Open the desk from the app</h1>');
        expect(body).toContain('<section lang="hi">\n<h1>डेस्क को ऐप से खोलें</h1>');
        expect(body.match(/npm start/g)).toHaveLength(2);
        // Nothing the host's CSP would refuse (no script, no inline style) and nothing from elsewhere.
        expect(body).not.toMatch(/<script|<style|<link|<img|<iframe|\sstyle=|\ssrc=|\shref=|https?:|\son\w+=/i);
        expect(body).not.toContain(host.apiKey!);
        expect(JSON.stringify(response.headers)).not.toContain(host.apiKey!);
      }
    }
    // The same bytes for everyone.
    expect(pages.size).toBe(1);
  });

  it('still answers a program or a fetch without the key with the JSON refusal', async () => {
    const programs: Record<string, string>[] = [{}, { 'sec-fetch-mode': 'cors', 'sec-fetch-dest': 'empty', accept: 'text/html' }, { accept: '*/*' }];
    for (const headers of programs) {
      const response = await fetch(`${host.url}api/enquiry:list`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{}' });
      expect(response.status).toBe(403);
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(await response.json()).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    }
  });

  it('lets `kb api` call it with the key from the user-data folder', async () => {
    await post(host, 'enquiry:save', { draft: DRAFT }, `Bearer ${host.apiKey}`);
    const listed = await kb(['api', 'enquiry:list', '--data', data()]);
    expect(listed.status, listed.stderr).toBe(0);
    expect(JSON.parse(listed.stdout)).toMatchObject({ ok: true, value: [{ visitorName: 'Asha Verma' }] });
    const elsewhere = await kb(['api', 'enquiry:list', '--data', join(folder, 'no-host-here')]);
    expect(elsewhere.status).toBe(1);
    expect(elsewhere.stderr).toContain('browser-host.json does not exist');
  }, 60_000);

  it.skipIf(!POSIX)('keeps the user-data folder 0700 and every file in it 0600 (settings, journal, catalogue, index, backups)', async () => {
    const key = `Bearer ${host.apiKey}`;
    expect((await post(host, 'settings:update', { language: 'hi' }, key)).status).toBe(200);
    expect((await post(host, 'settings:update', { language: 'en' }, key)).status).toBe(200);
    expect((await post(host, 'sync:settings', { mode: 'manual' }, key)).status).toBe(200);
    expect((await post(host, 'sync:settings', { mode: 'none' }, key)).status).toBe(200);
    const modes = await modesUnder(data());
    const names = modes.map((each) => each.path.slice(data().length));
    // What the run wrote: settings and its backup, the enquiry journal, the installed catalogue, the search index.
    expect(names).toEqual(expect.arrayContaining([expect.stringMatching(/settings\.json$/), expect.stringMatching(/\.bak$/), expect.stringMatching(/enquiries\.jsonl$/), expect.stringMatching(/search-index\//), HOST_ACCESS_FILE.replace(/^/, '/')]));
    const loose = modes.filter((each) => each.mode !== (each.folder ? 0o700 : 0o600)).map((each) => `${each.path} ${each.mode.toString(8)}`);
    expect(loose).toEqual([]);
  });

  it('removes the key file when it closes', async () => {
    const other = await start([], join(folder, 'desk-closed'));
    await other.close();
    await expect(lstat(join(folder, 'desk-closed', HOST_ACCESS_FILE))).rejects.toMatchObject({ code: 'ENOENT' });
  }, 60_000);
});

describe('the kiosk host', () => {
  let host: RunningBrowserHost;
  beforeAll(async () => {
    host = await start(['--kiosk'], join(folder, 'kiosk'));
  }, 60_000);
  afterAll(async () => host?.close());

  it('serves its read-only channels without a key, and no other channel with or without one', async () => {
    expect(host.apiKey).toBeUndefined();
    expect(host.pageUrl).toBe(host.url);
    for (const channel of CHANNELS) {
      const response = await post(host, channel, channel === 'catalogue:entry' ? { id: 'no-such-entry' } : undefined);
      if (isChannelAllowedInKiosk(channel, 'kiosk-host')) expect(response.status, channel).toBe(200);
      else expect(response.status, channel).toBe(403);
    }
  });

  it('needs no key, so a tab at an API address gets no key-required page', async () => {
    const response = await navigate(`${host.url}api/`, { 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'document', accept: 'text/html' });
    expect(response.status).toBe(405);
    expect(response.body).not.toContain('Open the desk from the app');
  });
});

describe.skipIf(!POSIX)('makeFolderPrivate', () => {
  it('tightens what an older version left readable by others, leaving symbolic links alone', async () => {
    const root = join(folder, 'old-install');
    await mkdir(join(root, 'enquiries'), { recursive: true });
    await writeFile(join(root, 'enquiries', 'enquiries.jsonl'), '{}\n');
    await writeFile(join(root, 'settings.json'), '{}');
    await chmod(join(root, 'enquiries', 'enquiries.jsonl'), 0o644);
    await chmod(join(root, 'settings.json'), 0o666);
    await chmod(join(root, 'enquiries'), 0o755);
    await chmod(root, 0o755);
    expect(await makeFolderPrivate(root)).toBe(4);
    expect((await modesUnder(root)).map((each) => [each.path.slice(root.length), each.mode.toString(8)])).toEqual([
      ['', '700'],
      ['/enquiries', '700'],
      ['/enquiries/enquiries.jsonl', '600'],
      ['/settings.json', '600'],
    ]);
    expect(await makeFolderPrivate(root)).toBe(0);
  });
});
