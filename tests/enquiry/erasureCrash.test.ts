// An erasure survives `kill -9`: a child erasing a person is killed at random moments; after each
// kill, and after the next start, no other enquiry or search miss is lost, and the person is either
// untouched (the erasure never said done) or gone from every byte of the user-data folder, the
// search-miss log included — never half.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openEnquiryLog } from '../../electron/enquiry/openEnquiryLog';
import type { Enquiry, EnquiryId, Timestamp } from '../../shared/enquiry/enquiry';
import { sampleEnquiry } from '../../shared/enquiry/testing/enquiryArbitraries';
import { openSearchMissLog } from '../../electron/reports/searchMissLog';
import { normaliseMissQuery } from '../../shared/reports/searchMisses';
import { ASHA, MISSES_OF, RAVI, draftFor, recordMisses, seed, whereFound } from './personalDataFiles';
import { crashTestFolder } from './bundleWriter';

const KILLS = 16;
const OTHERS = 1500;
const crash = crashTestFolder('erasure-crash-', 'eraseWriter');

function runAndKill(userData: string, millisecondsAfterReady: number): Promise<{ acknowledged: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [crash.writerScript, userData], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (output.includes('ready\n') && !output.includes('#killing')) {
        output += '#killing';
        setTimeout(() => child.kill('SIGKILL'), millisecondsAfterReady);
      }
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`eraser ended by itself (code ${code}): ${stderr}`));
      else resolve({ acknowledged: output.includes('erased\n') });
    });
  });
}

function otherEnquiry(index: number): Enquiry {
  const now = new Date().toISOString() as Timestamp;
  return sampleEnquiry({ ...draftFor(RAVI, { question: `Ravi question ${index} `.repeat(1 + (index % 7)) }), id: randomUUID() as EnquiryId, reference: `DTTC-LKO1-261201-${String(index + 1).padStart(4, '0')}`, createdAt: now, updatedAt: now });
}

describe('erasure under kill -9', () => {
  it(`is never half done, and loses nothing else, over ${KILLS} kills`, { timeout: 240_000 }, async () => {
    const outcomes = { untouched: 0, missesErasedFirst: 0, erasedBeforeAck: 0, acknowledged: 0 };
    for (let kill = 0; kill < KILLS; kill += 1) {
      const userData = join(crash.folder, `run-${kill}`);
      const setup = await openEnquiryLog(userData, { deskCode: 'LKO1' });
      await setup.journal.append(Array.from({ length: OTHERS }, (_, index) => otherEnquiry(index)));
      const { asha } = await seed(setup.handlers, 0);
      await setup.journal.close();
      setup.stop();
      // Her name typed into the search box by mistake, on two days (the miss log's last good copy has it too).
      await recordMisses(userData, '2026-12-01');
      await recordMisses(userData, '2026-12-02');

      // From killed at once to killed after the erasure finished.
      const { acknowledged } = await runAndKill(userData, Math.floor(Math.random() * 50));
      if (acknowledged) expect(await whereFound(userData, ASHA)).toEqual([]);

      const misses = await openSearchMissLog(userData);
      const reopened = await openEnquiryLog(userData, { deskCode: 'LKO1', otherCopies: [misses] });
      try {
        expect(reopened.journal.status.damagedLines).toEqual([]);
        expect(reopened.journal.list()).toHaveLength(OTHERS + asha.length);
        expect(reopened.journal.list().filter((enquiry) => enquiry.visitorName === RAVI.visitorName)).toHaveLength(OTHERS);
        const counted = new Set(misses.between('2026-12-01', '2026-12-02').map((row) => row.query));
        for (const query of [...MISSES_OF.noOne, ...MISSES_OF.ravi]) expect(counted.has(normaliseMissQuery(query)), query).toBe(true);
        const ashas = asha.map((id) => reopened.journal.get(id)!);
        const erased = ashas.filter((enquiry) => enquiry.personalDataErased !== undefined).length;
        expect([0, asha.length]).toContain(erased);
        if (erased > 0) {
          expect(await whereFound(userData, ASHA)).toEqual([]);
          if (acknowledged) outcomes.acknowledged += 1;
          else outcomes.erasedBeforeAck += 1;
        } else {
          expect(acknowledged).toBe(false);
          for (const enquiry of ashas) expect(enquiry).toMatchObject(ASHA);
          outcomes.untouched += 1;
          // The miss log is erased from first, so it may already be without her name; the rest is always counted.
          if (!misses.between('2026-12-01', '2026-12-02').some((row) => row.query === normaliseMissQuery(ASHA.visitorName))) outcomes.missesErasedFirst += 1;
        }
      } finally {
        await reopened.journal.close();
        reopened.stop();
      }
    }
    console.log(`erasure crash loop: ${JSON.stringify(outcomes)}`);
  });
});
