// The sync client against Debian's nginx serving a feed published by `kb publish`'s code from the
// bundled spreadsheet folder: first sync (interrupted and resumed with Range), a delta update after
// the folder changes, and nothing downloaded when nothing changed (304).
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../shared/feed/canonicalJson';
import { sortById } from '../../shared/feed/delta';
import { feedIdSchema, MANIFEST_FILE } from '../../shared/feed/format';
import { parseTrustFile } from '../../shared/feed/trustAnchor';
import { generateFeedKeys, FEED_KEY_FILE, TRUST_FILE } from '../../electron/feed/generateKeys';
import { publishFeed } from '../../electron/feed/publishFeed';
import { readSpreadsheetFolder } from '../../electron/node/readSpreadsheetFolder';
import { createHttpFeedSource } from '../../electron/sync/httpFeedSource';
import { HttpTransport, type FetchFunction } from '../../electron/sync/httpTransport';
import { openSyncClient } from '../../electron/sync/openSyncClient';
import type { SyncProgress } from '../../electron/sync/syncProgress';
import { temporaryFolder } from '../fixtures/feed/feedFolder';
import { nginxAvailable, startNginx, type NginxServer } from '../fixtures/feed/nginxServer';

const available = await nginxAvailable();
if (!available) console.warn('tests/feed/nginx.test.ts skipped: /usr/sbin/nginx is not installed (apt-get install nginx; CI installs it)');

let work: { path: string; remove(): Promise<void> };
let nginx: NginxServer;
const paths = (name: string) => join(work.path, name);

async function publish(): Promise<void> {
  const report = await publishFeed({ spreadsheetFolder: paths('sheet'), privateKeyPath: join(paths('keys'), FEED_KEY_FILE), feedFolder: paths('feed'), keysFolder: paths('keys') });
  if (report.status !== 'published') throw new Error(`publish: ${JSON.stringify(report).slice(0, 500)}`);
}

async function expectedEntries(): Promise<string> {
  const read = await readSpreadsheetFolder(paths('sheet'));
  if (!read.ok) throw new Error('the test spreadsheet is invalid');
  return canonicalJson(sortById(read.entries.filter((entry) => entry.status === 'active')));
}

/** A fetch that breaks the body of the first response for `path` after `bytes` bytes. */
function breakingFetch(path: string, bytes: number): FetchFunction {
  let broken = false;
  return async (url, init) => {
    const response = await fetch(url, init);
    if (broken || !url.endsWith(path) || !response.body) return response;
    broken = true;
    const reader = response.body.getReader();
    let passed = 0;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const next = await reader.read();
        if (next.done) return controller.close();
        const room = bytes - passed;
        if (next.value.length >= room) {
          controller.enqueue(next.value.subarray(0, room));
          await reader.cancel();
          controller.error(new TypeError('terminated (the test cut the connection)'));
          return;
        }
        passed += next.value.length;
        controller.enqueue(next.value);
      },
    });
    return new Response(body, { status: response.status, headers: response.headers });
  };
}

describe.skipIf(!available)('sync against nginx', () => {
  beforeAll(async () => {
    work = await temporaryFolder('nginx');
    await cp('resources/catalogue', paths('sheet'), { recursive: true });
    const keys = await generateFeedKeys({ outFolder: paths('keys'), feedId: feedIdSchema.parse('dttc-nginx-test') });
    if (!keys.ok) throw new Error(keys.message);
    await publish();
    nginx = await startNginx(paths('nginx'), paths('feed'));
  });
  afterAll(async () => {
    await nginx?.stop();
    await work?.remove();
  });

  const openClient = async (onProgress?: (progress: SyncProgress) => void) => {
    const trust = parseTrustFile(new Uint8Array(await readFile(join(paths('keys'), TRUST_FILE))));
    if (!trust.ok) throw new Error(trust.error.message);
    return openSyncClient({ dataFolder: paths('data'), trust: trust.value, appVersion: '0.1.0', ...(onProgress ? { onProgress } : {}) });
  };

  it('installs the first version, resuming a broken snapshot download with Range', async () => {
    const manifest = JSON.parse(await readFile(join(paths('feed'), MANIFEST_FILE), 'utf8')) as { files: { role: string; name: string; length: number }[] };
    const snapshot = manifest.files.find((file) => file.role === 'snapshot')!;
    const cutAt = Math.floor(snapshot.length / 3);
    const client = await openClient();
    const transport = new HttpTransport({ fetch: breakingFetch(snapshot.name, cutAt), retry: { attempts: 3, baseDelayMs: 10, maxDelayMs: 100 } });
    const outcome = await client.update(createHttpFeedSource(nginx.url, transport));
    expect(outcome).toMatchObject({ status: 'applied', info: { version: 1 } });
    expect(canonicalJson(client.current()!.entries)).toBe(await expectedEntries());

    const requests = (await nginx.accessLog()).filter((line) => line.uri.endsWith(snapshot.name));
    // The resume starts where the received bytes end (a stream that errors drops its queued chunk, so at or before the cut).
    expect(requests.map((line) => [line.status, line.range.replace(/\d+/, 'N')])).toEqual([
      [200, ''],
      [206, 'bytes=N-'],
    ]);
    const resumedFrom = Number(/bytes=(\d+)-/.exec(requests[1]!.range)![1]);
    expect(resumedFrom).toBeGreaterThan(0);
    expect(resumedFrom).toBeLessThanOrEqual(cutAt);
    expect(requests[1]!.bytesSent).toBe(snapshot.length - resumedFrom);
    expect(transport.counters.rangeRequests).toBe(1);
  });

  it('applies a delta after the spreadsheet changes', async () => {
    const sheetPath = join(paths('sheet'), 'technologies.csv');
    const sheet = Papa.parse<Record<string, string>>(await readFile(sheetPath, 'utf8'), { header: true, skipEmptyLines: true });
    const rows = sheet.data;
    rows[0]!.title_en = `${rows[0]!.title_en} (revised)`;
    rows.push({ ...rows[1]!, id: `${rows[1]!.id}-mk2`, title_en: `${rows[1]!.title_en} Mk II` });
    await writeFile(sheetPath, Papa.unparse(rows, { columns: sheet.meta.fields }));
    await publish();

    const before = (await nginx.accessLog()).length;
    const events: SyncProgress[] = [];
    const client = await openClient((event) => events.push(event));
    const outcome = await client.update(createHttpFeedSource(nginx.url, new HttpTransport()));
    expect(outcome).toMatchObject({ status: 'applied', info: { version: 2, changes: { added: [`${rows[1]!.id}-mk2`], updated: [rows[0]!.id], withdrawn: [] } } });
    expect(canonicalJson(client.current()!.entries)).toBe(await expectedEntries());

    const manifest = JSON.parse(await readFile(join(paths('feed'), MANIFEST_FILE), 'utf8')) as { files: { role: string; name: string; length: number }[] };
    const delta = manifest.files.find((file) => file.role === 'delta')!;
    const snapshot = manifest.files.find((file) => file.role === 'snapshot')!;
    const fetched = (await nginx.accessLog()).slice(before).map((line) => line.uri);
    expect(fetched).toContain(`/feed/${delta.name}`);
    expect(fetched).not.toContain(`/feed/${snapshot.name}`);
    expect(delta.length).toBeLessThan(snapshot.length / 20);
    expect(events.filter((event) => event.stage === 'downloading').every((event) => event.stage === 'downloading' && event.what === 'delta')).toBe(true);
  });

  it('downloads nothing when nothing changed (304)', async () => {
    const before = (await nginx.accessLog()).length;
    const client = await openClient();
    const transport = new HttpTransport();
    expect(await client.update(createHttpFeedSource(nginx.url, transport))).toMatchObject({ status: 'up-to-date', info: { version: 2 } });
    const lines = (await nginx.accessLog()).slice(before);
    expect(lines).toEqual([expect.objectContaining({ uri: `/feed/${MANIFEST_FILE}`, status: 304, bytesSent: 0 })]);
    expect(lines[0]!.ifNoneMatch).not.toBe('');
    expect(transport.counters).toMatchObject({ requests: 1, notModified: 1, bytesReceived: 0 });
  });
});
