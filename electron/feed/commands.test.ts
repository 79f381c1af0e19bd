// The kb keygen / publish / bundle / prune commands as a user meets them: exit codes and plain
// one-line messages, never a stack trace.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run as bundle } from '../cli/commands/bundle';
import { run as keygen } from '../cli/commands/keygen';
import { run as prune } from '../cli/commands/prune';
import { run as publish } from '../cli/commands/publish';

let folder: string;
let output: string[];
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'feed-commands-'));
  output = [];
  const capture = (...parts: unknown[]) => void output.push(parts.join(' '));
  vi.spyOn(console, 'log').mockImplementation(capture);
  vi.spyOn(console, 'error').mockImplementation(capture);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(folder, { recursive: true, force: true });
});

const text = () => output.join('\n');

describe('feed commands', () => {
  it('refuse bad arguments with the usage (exit 2)', async () => {
    expect(await keygen([])).toBe(2);
    expect(await keygen(['--out', folder, '--feed-id', 'Bad Id'])).toBe(2);
    expect(await keygen(['--out', folder, '--nonsense'])).toBe(2);
    expect(await publish(['sheet'])).toBe(2);
    expect(await publish(['sheet', '--key', 'k', '--feed', 'f', '--expires-days', 'ninety'])).toBe(2);
    expect(await bundle([folder])).toBe(2);
    expect(await prune([])).toBe(2);
    expect(text()).toContain('usage: kb publish');
    expect(text()).not.toMatch(/\n\s+at /);
  });

  it('keygen, publish, publish again, bundle and prune from the command line', async () => {
    const keys = join(folder, 'keys');
    const feed = join(folder, 'feed');
    const sheet = join(folder, 'sheet');
    expect(await keygen(['--out', keys, '--feed-id', 'cli-feed'])).toBe(0);
    await mkdir(sheet);
    await writeFile(join(sheet, 'technologies.csv'), 'id,title_en,summary_en,lab,domain,updated\ntech-one,One,A summary.,DTTC,Testing,2026-01-10\n');
    expect(await publish([sheet, '--key', join(keys, 'feed.key'), '--feed', feed, '--keys', keys])).toBe(0);
    expect(text()).toContain('published cli-feed version 1');
    expect(await publish([sheet, '--key', join(keys, 'feed.key'), '--feed', feed])).toBe(0);
    expect(text()).toContain('no change');
    expect(await bundle([feed, '--out', join(folder, 'update.dttc')])).toBe(0);
    expect((await readFile(join(folder, 'update.dttc'))).subarray(0, 18).toString()).toBe('DTTC-FEED-BUNDLE/1');
    expect(await prune([feed, '--dry-run'])).toBe(0);
    expect(text()).toContain('would remove 0 objects');
  });

  it('print every spreadsheet problem and publish nothing (exit 1)', async () => {
    const keys = join(folder, 'keys');
    await keygen(['--out', keys]);
    const sheet = join(folder, 'sheet');
    await mkdir(sheet);
    await writeFile(join(sheet, 'technologies.csv'), 'id,title_en,summary_en,lab,domain,updated\nBad Id,,A summary.,DTTC,,2026-02-30\n');
    expect(await publish([sheet, '--key', join(keys, 'feed.key'), '--feed', join(folder, 'feed'), '--keys', keys])).toBe(1);
    expect(text()).toMatch(/4 problems; nothing published/);
    await expect(readFile(join(folder, 'feed', 'manifest.json'))).rejects.toThrow();
  });

  it('say plainly when files are missing (exit 1)', async () => {
    expect(await publish([join(folder, 'none'), '--key', join(folder, 'none.key'), '--feed', join(folder, 'feed')])).toBe(1);
    expect(await bundle([join(folder, 'none'), '--out', join(folder, 'x')])).toBe(1);
    expect(await prune([join(folder, 'none')])).toBe(1);
    expect(text()).toContain('no manifest.json');
    expect(text()).not.toMatch(/\n\s+at /);
  });
});
