// Crash safety of the enquiry journal: a child process saving enquiries (new ones, edits, status
// changes) is killed with SIGKILL at random moments, ~30 times; after each kill every enquiry it
// reported saved must be in the journal (at that revision or later; at that revision, with the status
// it reported), the journal must read without damaged lines, and the next child carries on appending
// to the same file.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EnquiryJournal } from '../../electron/enquiry/enquiryJournal';
import { crashTestFolder } from './bundleWriter';

const KILLS = 30;
const crash = crashTestFolder('enquiry-crash-', 'crashWriter');

interface Saved {
  revision: number;
  status: string;
}

interface Run {
  saved: Map<string, Saved>;
  /** Statuses reported saved by a status change (not a new enquiry or an edit of its text). */
  statusChanges: string[];
  stderr: string;
}

/** Starts the writer, lets it save for `millisecondsAfterReady`, then kills it with SIGKILL. */
function runAndKill(journalPath: string, millisecondsAfterReady: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [crash.writerScript, journalPath], { stdio: ['ignore', 'pipe', 'pipe'] });
    const saved = new Map<string, Saved>();
    const statusChanges: string[] = [];
    let pending = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (line === 'ready') setTimeout(() => child.kill('SIGKILL'), millisecondsAfterReady);
        const match = /^saved (\S+) (\d+) (\S+) (new|edit|status)$/.exec(line);
        if (match === null) continue;
        if (Number(match[2]) > (saved.get(match[1]!)?.revision ?? 0)) saved.set(match[1]!, { revision: Number(match[2]), status: match[3]! });
        if (match[4] === 'status') statusChanges.push(match[3]!);
      }
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`writer ended by itself (code ${code}): ${stderr}`));
      else resolve({ saved, statusChanges, stderr });
    });
  });
}

describe('the enquiry journal under kill -9', () => {
  it(
    `keeps every enquiry reported saved, across ${KILLS} kills at random moments`,
    async () => {
      const journalPath = join(crash.folder, 'enquiries.jsonl');
      const everSaved = new Map<string, Saved>();
      let tornTailsFound = 0;
      const statusChanges: string[] = [];
      for (let kill = 0; kill < KILLS; kill += 1) {
        const run = await runAndKill(journalPath, Math.floor(Math.random() * 300));
        for (const [id, saved] of run.saved) if (saved.revision > (everSaved.get(id)?.revision ?? 0)) everSaved.set(id, saved);
        statusChanges.push(...run.statusChanges);

        const journal = await EnquiryJournal.open(journalPath);
        try {
          expect(journal.status.writable, `after kill ${kill + 1}`).toBe(true);
          expect(journal.status.damagedLines, `after kill ${kill + 1}`).toEqual([]);
          const missing = [...everSaved].filter(([id, saved]) => (journal.get(id)?.revision ?? 0) < saved.revision);
          expect(missing, `after kill ${kill + 1}: reported saved but not in the journal`).toEqual([]);
          // A revision is written once, so the journal at the revision reported holds the status reported.
          const wrongStatus = [...everSaved].filter(([id, saved]) => journal.get(id)?.revision === saved.revision && journal.get(id)?.status !== saved.status);
          expect(wrongStatus, `after kill ${kill + 1}: saved status not in the journal`).toEqual([]);
          if (journal.status.tornBytesDropped > 0) tornTailsFound += 1;
        } finally {
          await journal.close();
        }
      }
      console.log(`crash test: ${KILLS} kills, ${everSaved.size} enquiries reported saved, all present; ${statusChanges.length} status changes; ${tornTailsFound} restarts found (and dropped) a torn last line`);
      expect(everSaved.size).toBeGreaterThan(KILLS);
      expect(new Set(statusChanges), 'a status change to every status was saved').toEqual(new Set(['open', 'waiting-for-visitor', 'referred-to-lab', 'closed']));
    },
    300_000,
  );
});
