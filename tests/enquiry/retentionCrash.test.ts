// The retention sweep survives `kill -9` (DPDP Act 2023 s. 8(7)): a desk starting after many
// visitors' retention periods ended erases their details (the search-miss log first, then the
// journal's erased revisions, then its compaction), and is killed with SIGKILL at varying moments
// of that sweep. After each kill the journal opens undamaged and nothing is lost: the enquiries
// not due are as they were, each due one is whole, either untouched or erased (never a half of a
// record), an erasure seen never comes undone, and the searches of no one stay counted. The next
// start finishes the sweep: the erased details are in no file of the user-data folder.
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { EnquiryJournal } from '../../electron/enquiry/enquiryJournal';
import { ENQUIRY_JOURNAL_FILE, openEnquiryLog } from '../../electron/enquiry/openEnquiryLog';
import { openSearchMissLog } from '../../electron/reports/searchMissLog';
import type { Enquiry } from '../../shared/enquiry/enquiry';
import { normaliseMissQuery } from '../../shared/reports/searchMisses';
import { crashTestFolder } from './bundleWriter';
import { ASHA, MISSES_OF, RAVI, filesUnder, whereFound } from './personalDataFiles';
import { NOW, RETENTION_DAYS, setUpRetention } from './retentionSetUp';

const KILLS = 12;
const OTHERS_DUE = 400;
const OTHERS_KEPT = 200;
const crash = crashTestFolder('retention-crash-', 'retentionWriter');

/** Files the sweep writes: the miss log (and its copy and temporaries), the journal and its temporaries; not the lock. */
function writtenBySweep(name: string | null): boolean {
  if (name === null || name.endsWith('.lock')) return false;
  return name.startsWith('search-misses.json') || name.startsWith('.search-misses.json.') || name === ENQUIRY_JOURNAL_FILE || name.startsWith(`.${ENQUIRY_JOURNAL_FILE}.`);
}

/** Starts the writer; kills it `milliseconds` after the sweep's first write (never, if undefined: then at `opened`). */
function run(userData: string, milliseconds: number | undefined): Promise<{ opened: boolean; sweepTook?: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [crash.writerScript, userData, NOW], { stdio: ['ignore', 'pipe', 'pipe'] });
    let opening = false;
    let firstWrite: number | undefined;
    const result: { opened: boolean; sweepTook?: number } = { opened: false };
    const onEvent = (_event: string, name: string | null) => {
      if (!opening || firstWrite !== undefined || !writtenBySweep(name)) return;
      firstWrite = performance.now();
      if (milliseconds !== undefined) setTimeout(() => child.kill('SIGKILL'), milliseconds);
    };
    const watchers = [watch(join(userData, 'enquiries'), onEvent), watch(join(userData, 'reports'), onEvent)];
    let output = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (output.includes('opening\n')) opening = true;
      if (output.includes('opened\n') && !result.opened) {
        result.opened = true;
        if (firstWrite !== undefined) result.sweepTook = performance.now() - firstWrite;
        if (milliseconds === undefined || firstWrite === undefined) child.kill('SIGKILL');
      }
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      for (const watcher of watchers) watcher.close();
      if (signal !== 'SIGKILL') reject(new Error(`writer ended by itself (code ${code}): ${stderr}`));
      else resolve(result);
    });
  });
}

/** Whole and untouched, or whole and erased for retention (the same enquiry, one revision on, without the details). */
function stateOf(found: Enquiry | undefined, before: Enquiry): 'untouched' | 'erased' | 'broken' {
  if (found === undefined) return 'broken';
  if (isDeepStrictEqual(found, before)) return 'untouched';
  const { visitorName, phone, email, personalDataErased, revision, updatedAt: _updated, ...rest } = found;
  const { visitorName: _n, phone: _p, email: _e, revision: beforeRevision, updatedAt: _u, ...restBefore } = before;
  const erased = visitorName === '' && phone === '' && email === '' && personalDataErased?.reason === 'retention' && revision === beforeRevision + 1;
  return erased && isDeepStrictEqual(rest, restBefore) ? 'erased' : 'broken';
}

describe('the retention sweep under kill -9', () => {
  it(`is never half done on any record and loses nothing, over ${KILLS} kills during the sweep`, { timeout: 90_000 }, async () => {
    const calibrationFolder = join(crash.folder, 'calibration');
    await setUpRetention(calibrationFolder, OTHERS_DUE, OTHERS_KEPT);
    const calibration = await run(calibrationFolder, undefined);
    expect(calibration.sweepTook, 'the sweep was seen to write').toBeDefined();
    const sweepTook = calibration.sweepTook!;
    expect(await whereFound(calibrationFolder, ASHA)).toEqual([]);

    const outcomes = { noneErased: 0, someErased: 0, allErased: 0, acknowledged: 0 };
    for (let kill = 0; kill < KILLS; kill += 1) {
      const userData = join(crash.folder, `run-${kill}`);
      const { before, due } = await setUpRetention(userData, OTHERS_DUE, OTHERS_KEPT);
      const killAfter = kill === 0 ? 0 : Math.random() * sweepTook * 1.2;
      const killed = await run(userData, killAfter);
      const label = `kill ${kill + 1}, ${killAfter.toFixed(0)} ms into the sweep`;

      const erasedAfterKill = new Set<string>();
      const journal = await EnquiryJournal.open(join(userData, 'enquiries', ENQUIRY_JOURNAL_FILE), { lock: false });
      try {
        expect(journal.status.damagedLines, label).toEqual([]);
        expect(journal.list(), label).toHaveLength(before.size);
        for (const [id, enquiry] of before) {
          const state = stateOf(journal.get(id), enquiry);
          expect(state === 'untouched' || (state === 'erased' && due.has(id)), `${label}: ${id} ${due.has(id) ? 'due' : 'not due'} is ${state}`).toBe(true);
          if (state === 'erased') erasedAfterKill.add(id);
        }
      } finally {
        await journal.close();
      }
      if (erasedAfterKill.size === 0) outcomes.noneErased += 1;
      else if (erasedAfterKill.size < due.size) outcomes.someErased += 1;
      else outcomes.allErased += 1;
      if (killed.opened) {
        outcomes.acknowledged += 1;
        expect(erasedAfterKill.size, `${label}: the sweep said done`).toBe(due.size);
        expect(await whereFound(userData, ASHA), label).toEqual([]);
      }

      // The next start finishes the sweep: every due enquiry erased (none undone), the rest as before.
      const misses = await openSearchMissLog(userData);
      const log = await openEnquiryLog(userData, { deskCode: 'LKO1', now: () => new Date(NOW), retentionDays: RETENTION_DAYS, otherCopies: [misses] });
      try {
        expect(log.journal.status.damagedLines, label).toEqual([]);
        for (const [id, enquiry] of before) expect(stateOf(log.journal.get(id), enquiry), `${label}, restarted: ${id}`).toBe(due.has(id) ? 'erased' : 'untouched');
        for (const id of erasedAfterKill) expect(log.journal.get(id)?.personalDataErased, label).toBeDefined();
        expect(await whereFound(userData, ASHA), label).toEqual([]);
        expect((await whereFound(userData, RAVI)).length, label).toBeGreaterThan(0);
        const counted = misses.between('2026-01-01', '2026-12-31').map((row) => row.query).sort();
        expect(counted, label).toEqual([...MISSES_OF.noOne, ...MISSES_OF.ravi].map(normaliseMissQuery).sort());
        expect((await filesUnder(userData)).filter((file) => file.endsWith('.tmp')), label).toEqual([]);
      } finally {
        await log.journal.close();
        log.stop();
      }
    }
    console.log(`retention crash loop: the sweep took ${sweepTook.toFixed(0)} ms; ${JSON.stringify(outcomes)}`);
  });
});
