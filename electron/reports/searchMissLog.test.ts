import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
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
});
