// The migration survives `kill -9`: a desk starting on a format-1 journal rewrites it in today's
// shape (openEnquiryLog's compaction), then saves status changes of old cases. A child doing this is
// killed with SIGKILL at varying moments, most of them while the compaction writes; after each kill the
// journal opens with no damaged line, it is either the old file byte for byte or wholly in the new
// shape (no enquiry half-migrated), every enquiry is there as the migration makes it or at a later
// revision, every save reported is kept, and the next start finishes the migration.
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { EnquiryJournal } from '../../electron/enquiry/enquiryJournal';
import { ENQUIRY_JOURNAL_FILE, openEnquiryLog } from '../../electron/enquiry/openEnquiryLog';
import type { Enquiry } from '../../shared/enquiry/enquiry';
import { legacyJournal, type LegacyJournal } from './legacyJournal';
import { crashTestFolder } from './bundleWriter';

const KILLS = 12;
/** Few lines (reading a format-1 line is the slow part) but long ones, so the compaction writes ~0.5 MB. */
const ENQUIRIES = 100;
const QUESTION_REPEAT = 60;
/** After the old enquiries' dates (2026-10) but well inside their retention period: no sweep runs. */
const NOW = '2026-12-01T09:00:00.000Z';
const crash = crashTestFolder('migration-crash-', 'migrationWriter');
let legacy: LegacyJournal;

beforeAll(() => {
  legacy = legacyJournal(ENQUIRIES, QUESTION_REPEAT);
});

interface Run {
  /** Reported saved: id → revision and status. */
  saved: Map<string, { revision: number; status: string }>;
  opened: boolean;
  /** Milliseconds from the compaction's first write (its temporary file appearing) to `opened`, and from `opened` to `done`. */
  compactionTook?: number;
  savesTook?: number;
}

/** When to kill: a moment after the compaction starts writing, or after the log opened; never (then it waits for `done`). */
type KillAt = { after: 'compaction-starts' | 'opened'; milliseconds: number } | undefined;

/** Starts the writer on `userData` and kills it with SIGKILL at `killAt`. */
function run(userData: string, killAt: KillAt): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [crash.writerScript, userData, NOW], { stdio: ['ignore', 'pipe', 'pipe'] });
    const result: Run = { saved: new Map(), opened: false };
    const kill = () => child.kill('SIGKILL');
    let compactionStarted: number | undefined;
    let openedAt = 0;
    // The compaction's first write: writeFileDurably's temporary file (".enquiries.jsonl.<pid>.<hex>.tmp")
    // appears, or (were it ever written in place) the journal itself changes.
    const watcher = watch(join(userData, 'enquiries'), (_event, name) => {
      const written = name === ENQUIRY_JOURNAL_FILE || (name?.startsWith(`.${ENQUIRY_JOURNAL_FILE}.`) === true && name.endsWith('.tmp'));
      if (compactionStarted !== undefined || !written) return;
      compactionStarted = performance.now();
      if (killAt?.after === 'compaction-starts') setTimeout(kill, killAt.milliseconds);
    });
    let pending = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith('opened ')) {
          result.opened = true;
          openedAt = performance.now();
          if (compactionStarted !== undefined) result.compactionTook = openedAt - compactionStarted;
          if (killAt?.after === 'opened') setTimeout(kill, killAt.milliseconds);
        } else if (line === 'done') {
          result.savesTook = performance.now() - openedAt;
          if (killAt === undefined) kill();
        } else {
          const match = /^saved (\S+) (\d+) (\S+)$/.exec(line);
          if (match !== null) result.saved.set(match[1]!, { revision: Number(match[2]), status: match[3]! });
        }
      }
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      watcher.close();
      if (signal !== 'SIGKILL') reject(new Error(`writer ended by itself (code ${code}): ${stderr}`));
      else resolve(result);
    });
  });
}

async function freshUserData(name: string): Promise<{ userData: string; journalPath: string }> {
  const userData = join(crash.folder, name);
  await mkdir(join(userData, 'enquiries'), { recursive: true });
  const journalPath = join(userData, 'enquiries', ENQUIRY_JOURNAL_FILE);
  await writeFile(journalPath, legacy.bytes);
  return { userData, journalPath };
}

/** Every old enquiry is there: as the migration makes it, or moved on by a save (never half of either). */
function problemsWith(list: Enquiry[], saved: Run['saved']): string[] {
  const problems: string[] = [];
  if (list.length !== legacy.expected.size) problems.push(`${list.length} enquiries, not ${legacy.expected.size}`);
  for (const enquiry of list) {
    const expected = legacy.expected.get(enquiry.id);
    if (expected === undefined) {
      problems.push(`${enquiry.id}: not in the old journal`);
      continue;
    }
    const reported = saved.get(enquiry.id);
    if (reported !== undefined && enquiry.revision < reported.revision) problems.push(`${enquiry.id}: revision ${reported.revision} reported saved, ${enquiry.revision} found`);
    if (enquiry.revision === expected.revision) {
      if (!isDeepStrictEqual(enquiry, expected)) problems.push(`${enquiry.id}: not as the migration makes it`);
    } else {
      // The status change: referred to a lab (so no outcome), channel and consent as the form asks them now.
      const { status: _status, outcome: _outcome, revision: _revision, updatedAt: _updated, channel: _channel, consent: _consent, ...kept } = enquiry;
      const { status: _s, outcome: _o, revision: _r, updatedAt: _u, channel: _c, consent: _k, ...expectedKept } = expected;
      if (enquiry.status !== 'referred-to-lab' || enquiry.outcome !== undefined || enquiry.revision !== expected.revision + 1 || !isDeepStrictEqual(kept, expectedKept)) problems.push(`${enquiry.id}: a save other than the status change`);
    }
  }
  return problems;
}

describe('the format-1 migration under kill -9', () => {
  it(`is never half done and loses nothing, over ${KILLS} kills around the compaction`, { timeout: 60_000 }, async () => {
    // One start left alone, to learn how long the compaction and the saves after it take here.
    const calibration = await run((await freshUserData('calibration')).userData, undefined);
    expect(calibration.compactionTook, 'the compaction was seen to start').toBeDefined();
    const compactionTook = calibration.compactionTook!;
    const savesTook = calibration.savesTook!;
    expect(calibration.saved.size).toBe(12);

    const outcomes = { oldFileWhole: 0, migrated: 0, migratedWithSaves: 0, temporaryLeft: 0 };
    for (let kill = 0; kill < KILLS; kill += 1) {
      const { userData, journalPath } = await freshUserData(`run-${kill}`);
      // Three in four while the compaction writes (from its first byte to a little past its end), the rest among the saves after it.
      const killAt: KillAt = kill % 4 === 3 ? { after: 'opened', milliseconds: Math.random() * savesTook } : { after: 'compaction-starts', milliseconds: kill % 4 === 0 ? 0 : Math.random() * compactionTook * 1.2 };
      const killed = await run(userData, killAt);
      const label = `kill ${kill + 1}, ${killAt.milliseconds.toFixed(0)} ms after ${killAt.after}`;
      if ((await readdir(join(userData, 'enquiries'))).some((name) => name.endsWith('.tmp'))) outcomes.temporaryLeft += 1;

      const journal = await EnquiryJournal.open(journalPath);
      try {
        expect(journal.status.damagedLines, label).toEqual([]);
        expect(journal.status.tornBytesDropped, label).toBe(0);
        if (journal.status.migratedLines > 0) {
          // Not yet migrated: the old file, byte for byte, and no save can have been made.
          expect(killed.opened, label).toBe(false);
          expect((await readFile(journalPath)).equals(legacy.bytes), `${label}: the old journal is whole`).toBe(true);
          outcomes.oldFileWhole += 1;
        } else {
          expect(journal.status.recordCount, `${label}: one line per enquiry, then the saves`).toBeGreaterThanOrEqual(ENQUIRIES);
          if (journal.status.recordCount > ENQUIRIES) outcomes.migratedWithSaves += 1;
          else outcomes.migrated += 1;
        }
        expect(problemsWith(journal.list(), killed.saved), label).toEqual([]);
      } finally {
        await journal.close();
      }

      // The next start finishes the migration (and clears what a cut-off compaction left).
      const log = await openEnquiryLog(userData, { deskCode: 'LKO1', now: () => new Date(NOW) });
      try {
        expect(log.journal.status, label).toMatchObject({ migratedLines: 0, damagedLines: [], count: ENQUIRIES });
        expect(problemsWith(log.journal.list(), killed.saved), label).toEqual([]);
        expect((await readdir(join(userData, 'enquiries'))).filter((name) => name.endsWith('.tmp')), label).toEqual([]);
      } finally {
        await log.journal.close();
        log.stop();
      }
    }
    console.log(`migration crash loop: the compaction took ${compactionTook.toFixed(0)} ms, the saves ${savesTook.toFixed(0)} ms; ${JSON.stringify(outcomes)}`);
    expect(outcomes.oldFileWhole + outcomes.migrated + outcomes.migratedWithSaves).toBe(KILLS);
  });
});
