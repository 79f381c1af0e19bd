// `npm run host` as a real process: it prints its URL, serves the page and answers the API.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { URL_LINE_PREFIX } from './cli';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

function startHost(args: string[]): Promise<{ child: ChildProcess; url: string; errors: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/host/cli.ts', ...args], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((each) => each.startsWith(URL_LINE_PREFIX));
      if (line) resolve({ child, url: line.slice(URL_LINE_PREFIX.length).trim(), errors: () => errors });
    });
    child.once('exit', (code) => reject(new Error(`the host exited with ${code}: ${errors}`)));
  });
}

describe('npm run host', () => {
  const children: ChildProcess[] = [];
  let folder: string | undefined;
  afterAll(async () => {
    for (const child of children) child.kill('SIGTERM');
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('prints its URL, serves the built page and answers the API; a bad catalogue folder is one clear line', async () => {
    folder = await mkdtemp(join(tmpdir(), 'dttc-host-cli-'));
    await mkdir(join(folder, 'renderer'));
    await writeFile(join(folder, 'renderer', 'index.html'), '<!doctype html><title>host cli</title>');
    const host = await startHost(['--port', '0', '--data', join(folder, 'data'), '--renderer', join(folder, 'renderer'), '--catalogue', join(folder, 'no-such-folder')]);
    children.push(host.child);
    // The desk's address carries this run's API key in its fragment, and only there.
    const key = /^http:\/\/127\.0\.0\.1:\d+\/#key=([A-Za-z0-9_-]{43})$/.exec(host.url)?.[1];
    expect(key, host.url).toBeDefined();
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${key}` };
    expect(await (await fetch(host.url)).text()).toContain('host cli');
    const info = (await (await fetch(new URL('api/host:info', host.url), { method: 'POST', headers, body: '{}' })).json()) as unknown;
    expect(info).toMatchObject({ ok: true, value: { shell: 'browser', mode: 'desk' } });
    expect((await fetch(new URL('api/host:info', host.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(403);
    const snapshot = (await (await fetch(new URL('api/catalogue:snapshot', host.url), { method: 'POST', headers, body: '{}' })).json()) as unknown;
    expect(snapshot).toMatchObject({ ok: false, error: { code: 'catalogue-unavailable', message: expect.stringContaining('no-such-folder') } });
    expect(host.errors()).toMatch(/host: The catalogue in .*no-such-folder could not be read/);
    expect(host.errors()).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('in kiosk mode offers only the read-only channels', async () => {
    folder ??= await mkdtemp(join(tmpdir(), 'dttc-host-cli-'));
    const host = await startHost(['--port', '0', '--kiosk', '--data', join(folder, 'kiosk-data'), '--renderer', join(folder, 'renderer')]);
    children.push(host.child);
    const post = async (channel: string, body: string) => fetch(new URL(`api/${channel}`, host.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect((await post('settings:get', '{}')).status).toBe(200);
    const refused = await post('settings:update', JSON.stringify({ argument: { language: 'hi' } }));
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ ok: false, error: { code: 'channel-not-allowed' } });
  }, 60_000);
});
