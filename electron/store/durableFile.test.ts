import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupPathOf, readFileDurably, removeLeftoverTemporaryFiles, writeFileDurably } from './durableFile';

interface Version {
  counter: number;
  padding: string;
  check: string;
}

function parseVersion(text: string): Version {
  const value = JSON.parse(text) as Version;
  if (!Number.isInteger(value.counter) || value.check !== `done-${value.counter}` || value.padding.length !== 128 * 1024) throw new Error('not a whole version');
  return value;
}

describe('durable files', () => {
  let folder: string;
  let path: string;

  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'dttc-durable-'));
    path = join(folder, 'data.json');
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('writes and reads back, keeping the previous content as the last good copy', async () => {
    await writeFileDurably(path, '{"a":1}', { keepBackup: true });
    await writeFileDurably(path, '{"a":2}', { keepBackup: true });
    await expect(readFileDurably(path, JSON.parse)).resolves.toEqual({ state: 'ok', value: { a: 2 } });
    expect(await readFile(backupPathOf(path), 'utf8')).toBe('{"a":1}');
    expect((await readdir(folder)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('reports a missing file as missing, not as empty data', async () => {
    await expect(readFileDurably(path, JSON.parse)).resolves.toEqual({ state: 'missing' });
  });

  it('at start-up, loads the last good copy in place of a damaged file and keeps the damaged one aside', async () => {
    await writeFileDurably(path, '{"a":1}', { keepBackup: true });
    await writeFileDurably(path, '{"a":2}', { keepBackup: true });
    await writeFile(path, '{"a":2, torn');
    const read = await readFileDurably(path, JSON.parse);
    expect(read).toMatchObject({ state: 'recovered', value: { a: 1 } });
    if (read.state !== 'recovered' || !read.damagedCopy) throw new Error('expected a damaged copy');
    expect(read.reason).toContain('damaged');
    expect(await readFile(read.damagedCopy, 'utf8')).toBe('{"a":2, torn');
  });

  it('loads the last good copy when the file itself is gone', async () => {
    await writeFileDurably(path, '{"a":1}', { keepBackup: true });
    await writeFileDurably(path, '{"a":2}', { keepBackup: true });
    await rm(path);
    await expect(readFileDurably(path, JSON.parse)).resolves.toMatchObject({ state: 'recovered', value: { a: 1 } });
  });

  it('never hands back defaults when neither copy reads: it says so and keeps the damaged file', async () => {
    await writeFile(path, 'not json');
    const read = await readFileDurably(path, JSON.parse);
    expect(read).toMatchObject({ state: 'unreadable' });
    if (read.state !== 'unreadable' || !read.damagedCopy) throw new Error('expected the damaged file set aside');
    expect(await readFile(read.damagedCopy, 'utf8')).toBe('not json');
  });

  it('leaves a readable file after every one of 40 kill -9s at random moments during writes', async () => {
    const childScript = join(folder, 'child.mjs');
    await build({
      entryPoints: [fileURLToPath(new URL('./testing/durableWriterChild.ts', import.meta.url))],
      outfile: childScript,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'error',
    });
    // Four files written and killed side by side: a process start costs far more than a write.
    const lanes = 4;
    const killsPerLane = 10;
    const outcomes = await Promise.all(Array.from({ length: lanes }, (_, lane) => killRepeatedly(childScript, join(folder, `lane-${lane}.json`), killsPerLane)));
    const failures = outcomes.flatMap((outcome) => outcome.failures);
    expect(failures).toEqual([]);
    const highestCounter = Math.max(...outcomes.map((outcome) => outcome.highestCounter));
    const recovered = outcomes.reduce((sum, outcome) => sum + outcome.recovered, 0);
    // Killed writers leave temporary files; the start-up sweep removes them and nothing else.
    const leftovers = (await readdir(folder)).filter((name) => name.endsWith('.tmp'));
    let removed = 0;
    for (let lane = 0; lane < lanes; lane += 1) removed += await removeLeftoverTemporaryFiles(join(folder, `lane-${lane}.json`));
    expect(removed).toBe(leftovers.length);
    expect((await readdir(folder)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    for (let lane = 0; lane < lanes; lane += 1) expect((await readFileDurably(join(folder, `lane-${lane}.json`), parseVersion)).state).toBe('ok');
    // The kills must have really raced the writer, landing after it had replaced the file several times.
    expect(highestCounter).toBeGreaterThan(2);
    console.log(`durable file: ${lanes * killsPerLane} kill -9s, file readable every time (${recovered} loaded from the last good copy; up to ${highestCounter + 1} writes per child; ${leftovers.length} leftover temporary files swept)`);
  }, 120_000);
});

async function killRepeatedly(childScript: string, path: string, kills: number): Promise<{ failures: string[]; recovered: number; highestCounter: number }> {
  const failures: string[] = [];
  let recovered = 0;
  let highestCounter = -1;
  for (let round = 0; round < kills; round += 1) {
    const child = spawn(process.execPath, [childScript, path], { stdio: ['ignore', 'pipe', 'inherit'] });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const ready = await new Promise<boolean>((resolve) => {
      child.stdout.once('data', () => resolve(true));
      void exited.then(() => resolve(false));
    });
    if (!ready) {
      failures.push(`${path}: the writer exited before its first write`);
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 80));
    child.kill('SIGKILL');
    await exited;
    const read = await readFileDurably(path, parseVersion);
    if (read.state === 'ok' || read.state === 'recovered') {
      highestCounter = Math.max(highestCounter, read.value.counter);
      if (read.state === 'recovered') recovered += 1;
    } else {
      failures.push(`${path} after kill ${round + 1}: ${read.state}${'reason' in read ? ` (${read.reason})` : ''}`);
    }
  }
  return { failures, recovered, highestCounter };
}
