// The `kb search` command as staff and scripts run it: a real process on a temporary spreadsheet folder.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const TECHNOLOGIES = [
  'id,title_en,title_hi,summary_en,lab,domain,keywords,updated,valid_until,status,trl',
  'ground-radar,Ground Surveillance Radar,भूमि निगरानी रडार,Portable radar for border watch.,LRDE,Radar,BFSR,2026-03-01,,active,8',
  'radome-panels,Composite Radome Panels,,"Panels for antennas, mentioning radar.",DMSRDE,Materials,,2026-01-01,,active,5',
  'old-radar,Old Radar Offer,,An expired radar offer.,LRDE,Radar,,2025-01-01,2025-06-30,active,',
  'gone-radar,Withdrawn Radar Offer,,A withdrawn radar offer.,LRDE,Radar,,2025-01-01,,withdrawn,',
].join('\r\n');
const COURSES = [
  'id,title_en,summary_en,lab,domain,updated,duration_days,mode,batches',
  'radar-course,Radar Maintenance Course,Five days on radar upkeep.,DTTC,Skills,2026-02-01,5,in-person,2026-09-07/2026-09-11',
].join('\n');

/** Each case starts Node and tsx; on a busy two-core machine that alone can take many seconds. */
const SLOW = 120_000;
let folder: string;
let brokenFolder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'kb-search-'));
  await writeFile(join(folder, 'technologies.csv'), `\ufeff${TECHNOLOGIES}`);
  await writeFile(join(folder, 'courses.csv'), COURSES);
  brokenFolder = await mkdtemp(join(tmpdir(), 'kb-search-broken-'));
  await writeFile(join(brokenFolder, 'technologies.csv'), 'id,title_en,summery_en\nx,y,z\n');
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
  await rm(brokenFolder, { recursive: true, force: true });
});

function kb(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    // `node --import tsx` is what `npx tsx` runs, without npx's own start-up time.
    execFile(process.execPath, ['--import', 'tsx', 'electron/cli/kb.ts', 'search', ...args], { cwd: process.cwd(), timeout: 110_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

describe('kb search', () => {
  it('prints a JSON array best first, with id, kind, title and score; never expired or withdrawn entries', async () => {
    const { code, stdout } = await kb('radar', '--catalogue', folder, '--today', '2026-06-01', '--json');
    expect(code).toBe(0);
    const results = JSON.parse(stdout) as { id: string; kind: string; title: string; score: number }[];
    expect(results.map((result) => result.id)).toEqual(expect.arrayContaining(['ground-radar', 'radome-panels', 'radar-course']));
    expect(results.map((result) => result.id)).not.toContain('old-radar');
    expect(results.map((result) => result.id)).not.toContain('gone-radar');
    expect(results[0]).toMatchObject({ kind: expect.any(String), title: expect.any(String), score: expect.any(Number) });
    const scores = results.map((result) => result.score);
    expect(scores).toEqual([...scores].sort((left, right) => right - left));
  }, SLOW);

  it('filters by kind and lab, tolerates typos and reads Devanagari queries', async () => {
    const [byKind, byLab] = await Promise.all([kb('raddar', '--catalogue', folder, '--kind', 'course', '--json'), kb('रडार', '--catalogue', folder, '--lab', 'lrde', '--json')]);
    expect((JSON.parse(byKind.stdout) as { id: string }[]).map((result) => result.id)).toEqual(['radar-course']);
    expect((JSON.parse(byLab.stdout) as { id: string }[]).map((result) => result.id)).toEqual(['ground-radar']);
  }, SLOW);

  it('prints a readable ranked list without --json', async () => {
    const { code, stdout } = await kb('radar', '--catalogue', folder);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\s+1\. technology\s+ground-radar\s+Ground Surveillance Radar\s+\[LRDE\]$/m);
  }, SLOW);

  it('answers bad arguments with the usage and exit code 2', async () => {
    const runs = await Promise.all([[], ['radar', '--kind', 'gadget'], ['radar', '--limit', 'lots'], ['radar', '--frobnicate'], ['two', 'words']].map((args) => kb(...args)));
    for (const { code, stderr } of runs) {
      expect(code).toBe(2);
      expect(stderr).toContain('usage: kb search');
      expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
    }
  }, SLOW);

  it('lists the problems of a broken catalogue and exits non-zero', async () => {
    const { code, stderr } = await kb('radar', '--catalogue', brokenFolder);
    expect(code).toBe(1);
    expect(stderr).toContain('summery_en');
    expect(stderr).not.toMatch(/\n\s+at /);
  }, SLOW);
});
