import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSearchMissLog, SEARCH_MISS_FILE, SEARCH_MISS_KEPT_DAYS } from './searchMissLog';
import { addDays } from '../../shared/reports/reportPeriods';

describe('the search-miss log', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'dttc-misses-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('counts normalised queries per day, durably, and reads them back after a restart', async () => {
    const log = await openSearchMissLog(folder);
    expect(await log.record('  Drone   Jammer ', '2026-11-20')).toEqual({ recorded: true });
    expect(await log.record('drone jammer', '2026-11-20')).toEqual({ recorded: true });
    expect(await log.record('DRONE JAMMER', '2026-11-21')).toEqual({ recorded: true });
    expect(await log.record('कवच', '2026-11-21')).toEqual({ recorded: true });
    expect(log.between('2026-11-01', '2026-11-30')).toEqual([
      { query: 'drone jammer', count: 3, lastDay: '2026-11-21' },
      { query: 'कवच', count: 1, lastDay: '2026-11-21' },
    ]);
    const again = await openSearchMissLog(folder);
    expect(again.between('2026-11-21', '2026-11-21')).toEqual([
      { query: 'drone jammer', count: 1, lastDay: '2026-11-21' },
      { query: 'कवच', count: 1, lastDay: '2026-11-21' },
    ]);
    // The file holds days and texts only: no time of day, nothing else.
    const stored = JSON.parse(await readFile(join(folder, SEARCH_MISS_FILE), 'utf8')) as unknown;
    expect(stored).toEqual({ format: 1, days: { '2026-11-20': { 'drone jammer': 2 }, '2026-11-21': { 'drone jammer': 1, कवच: 1 } } });
  });

  it('never writes a query that looks like a phone number or an e-mail address', async () => {
    const log = await openSearchMissLog(folder);
    expect(await log.record('+91 98390 12345', '2026-11-20')).toEqual({ recorded: false });
    expect(await log.record('asha@example.in', '2026-11-20')).toEqual({ recorded: false });
    expect(await log.record('   ', '2026-11-20')).toEqual({ recorded: false });
    await log.record('satellite', '2026-11-20');
    const bytes = await readFile(join(folder, SEARCH_MISS_FILE), 'utf8');
    expect(bytes).toContain('satellite');
    expect(bytes).not.toContain('98390');
    expect(bytes).not.toContain('asha');
  });

  it('drops days older than the kept period at the next write', async () => {
    const log = await openSearchMissLog(folder);
    await log.record('old gap', '2024-01-01');
    await log.record('new gap', addDays('2024-01-01', SEARCH_MISS_KEPT_DAYS + 1));
    expect(log.between('2000-01-01', '2099-12-31').map((row) => row.query)).toEqual(['new gap']);
  });

  it('leaves no temporary file behind and keeps the last good copy', async () => {
    const log = await openSearchMissLog(folder);
    await log.record('one', '2026-11-20');
    await log.record('two', '2026-11-20');
    expect((await readdir(join(folder, 'reports'))).sort()).toEqual(['search-misses.json', 'search-misses.json.bak']);
  });

  it('forgets every query holding an erased name from the log, its last good copy and a damaged copy, durably', async () => {
    const log = await openSearchMissLog(folder);
    for (const query of ['Meena Sharma', 'drone jammer', 'ToT for  MEENA sharma', 'kavach']) await log.record(query, '2026-11-20');
    // A damaged log set aside at some earlier start still holds her name.
    const aside = join(folder, 'reports', 'search-misses.json.damaged-2026-11-01T00-00-00-000Z');
    await writeFile(aside, '{"format":1,"days":{"2026-10-01":{"meena sharma":1,"radar":2}');
    const bak = join(folder, `${SEARCH_MISS_FILE}.bak`);
    expect(await readFile(bak, 'utf8')).toContain('meena sharma');

    expect(await log.forget(['Meena Sharma', '', '0522-2597000', 'meena@example.in'])).toEqual({ removed: 2 });
    expect(log.between('2026-11-01', '2026-11-30').map((row) => row.query)).toEqual(['drone jammer', 'kavach']);
    for (const file of [join(folder, SEARCH_MISS_FILE), bak, aside]) expect(await readFile(file, 'utf8'), file).not.toContain('meena');
    expect(await readFile(aside, 'utf8')).toContain('"radar":2');
    expect((await readdir(join(folder, 'reports'))).filter((name) => name.endsWith('.tmp'))).toEqual([]);

    // Read back after a restart; a search recorded later is kept as before.
    const again = await openSearchMissLog(folder);
    expect(again.between('2026-11-01', '2026-11-30').map((row) => row.query)).toEqual(['drone jammer', 'kavach']);
    await again.record('radar', '2026-11-21');
    expect(await again.forget(['Ravi Kumar'])).toEqual({ removed: 0 });
    expect(again.between('2026-11-01', '2026-11-30').map((row) => row.query)).toEqual(['drone jammer', 'kavach', 'radar']);
  });

  it('scrubs the last good copy even when the log itself no longer holds the name', async () => {
    const log = await openSearchMissLog(folder);
    await log.record('meena sharma', '2024-01-01');
    // A day past the kept period drops the old day from the log; its last good copy still has it.
    await log.record('kavach', addDays('2024-01-01', SEARCH_MISS_KEPT_DAYS + 1));
    const bak = join(folder, `${SEARCH_MISS_FILE}.bak`);
    expect(await readFile(bak, 'utf8')).toContain('meena sharma');
    expect(await log.forget(['Meena Sharma'])).toEqual({ removed: 0 });
    expect(await readFile(bak, 'utf8')).not.toContain('meena');
    expect(log.between('2000-01-01', '2099-12-31').map((row) => row.query)).toEqual(['kavach']);
  });
});
