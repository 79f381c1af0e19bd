// "Not saved" when the disk is full or read-only, and nothing saved before is lost: the journal on a
// tiny tmpfs (filled up, then remounted read-only). Needs `mount` (we run as root); skipped with a
// printed reason where it is not permitted.
import { execFileSync } from 'node:child_process';
import { mkdtemp, open, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Enquiry, EnquiryId } from '../../shared/enquiry/enquiry';
import { sampleDraft, sampleEnquiry } from '../../shared/enquiry/testing/enquiryArbitraries';
import { EnquiryJournal } from '../../electron/enquiry/enquiryJournal';
import { createEnquiryHandlers } from '../../electron/enquiry/handlers';
import { openEnquiryLog, sweepRetention } from '../../electron/enquiry/openEnquiryLog';
import { ASHA, RAVI, seed, whereFound } from './personalDataFiles';

const folder = await mkdtemp(join(tmpdir(), 'enquiry-disk-'));
let mountProblem: string | undefined;
try {
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k,mode=0700', 'tmpfs', folder], { stdio: 'pipe' });
} catch (error) {
  mountProblem = error instanceof Error ? error.message.split('\n')[0] : String(error);
  console.log(`Skipping the disk-full and read-only tests: cannot mount a tmpfs here (${mountProblem})`);
}

afterAll(async () => {
  if (mountProblem === undefined) execFileSync('umount', [folder], { stdio: 'pipe' });
  await rm(folder, { recursive: true, force: true });
});

const path = join(folder, 'enquiries.jsonl');
const filler = join(folder, 'filler');
const saved: Enquiry[] = [];
const byId = (list: Enquiry[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

describe.skipIf(mountProblem !== undefined)('the enquiry log on a full or read-only disk', () => {
  it('answers "disk full", keeps every enquiry saved before, and saves again once space is freed', async () => {
    await writeFile(filler, Buffer.alloc(12 * 1024));
    const journal = await EnquiryJournal.open(path);
    let failure: unknown;
    for (let index = 0; index < 1000 && failure === undefined; index += 1) {
      const enquiry = sampleEnquiry({ id: crypto.randomUUID() as EnquiryId, question: `प्रश्न ${index} `.repeat(1 + (index % 7) * 20) });
      try {
        await journal.append([enquiry]);
        saved.push(journal.get(enquiry.id)!);
      } catch (error) {
        failure = error;
      }
    }
    expect(failure).toMatchObject({ name: 'EnquiryStoreError', code: 'enquiry/disk-full' });
    expect(saved.length).toBeGreaterThan(3);
    expect(byId(journal.list())).toEqual(byId(saved));

    const handlers = createEnquiryHandlers(journal);
    const result = await handlers['enquiry:save']({ draft: sampleDraft({ question: 'x'.repeat(9000) }) });
    expect(result).toMatchObject({ ok: false, error: { code: 'enquiry/disk-full', message: expect.stringContaining('disk is full') } });
    await expect(journal.compact()).rejects.toMatchObject({ code: 'enquiry/disk-full' });
    expect(byId(journal.list())).toEqual(byId(saved));

    await unlink(filler);
    const retried = await handlers['enquiry:save']({ draft: sampleDraft({ question: 'after freeing space' }) });
    expect(retried.ok).toBe(true);
    if (retried.ok) saved.push(retried.value);
    await journal.close();

    const reread = await EnquiryJournal.open(path);
    expect(reread.status).toMatchObject({ damagedLines: [], tornBytesDropped: 0 });
    expect(byId(reread.list())).toEqual(byId(saved));
    await reread.close();
  });

  it('opens a read-only log for reading, answers "read-only" to a save, loses nothing, and saves once writable again', async (context) => {
    try {
      execFileSync('mount', ['-o', 'remount,ro', folder], { stdio: 'pipe' });
    } catch (error) {
      const reason = `cannot remount the tmpfs read-only here (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
      console.log(`Skipping the read-only test: ${reason}`);
      context.skip(reason);
    }
    let remountedReadWrite = false;
    const journal = await EnquiryJournal.open(path);
    try {
      expect(journal.status).toMatchObject({ writable: false, reason: 'enquiry/read-only' });
      expect(byId(journal.list())).toEqual(byId(saved));
      await expect(journal.append([sampleEnquiry({ id: crypto.randomUUID() as EnquiryId })])).rejects.toMatchObject({ name: 'EnquiryStoreError', code: 'enquiry/read-only' });
      const handlers = createEnquiryHandlers(journal);
      expect(await handlers['enquiry:save']({ draft: sampleDraft() })).toMatchObject({ ok: false, error: { code: 'enquiry/read-only' } });
      expect(await handlers['enquiry:status']()).toMatchObject({ ok: true, value: { writable: false, reason: 'enquiry/read-only', count: saved.length } });

      execFileSync('mount', ['-o', 'remount,rw', folder], { stdio: 'pipe' });
      remountedReadWrite = true;
      const retried = await handlers['enquiry:save']({ draft: sampleDraft({ question: 'after the disk became writable' }) });
      expect(retried).toMatchObject({ ok: true });
      if (retried.ok) saved.push(retried.value);
    } finally {
      await journal.close();
      if (!remountedReadWrite) execFileSync('mount', ['-o', 'remount,rw', folder], { stdio: 'pipe' });
    }
    const reread = await EnquiryJournal.open(path);
    expect(byId(reread.list())).toEqual(byId(saved));
    await reread.close();
  });
});

// Erasure on a full disk (DPDP Act s. 12): refused plainly with nothing half done, or, when the
// erased revisions fit but the compaction does not, recorded and finished once there is room; in
// every case no other enquiry is lost, and at the end the person's details are in no file.
const eraseFolder = await mkdtemp(join(tmpdir(), 'enquiry-erase-disk-'));
let eraseMountProblem: string | undefined;
try {
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=96k,mode=0700', 'tmpfs', eraseFolder], { stdio: 'pipe' });
} catch (error) {
  eraseMountProblem = error instanceof Error ? error.message.split('\n')[0] : String(error);
  console.log(`Skipping the erasure-on-a-full-disk test: cannot mount a tmpfs here (${eraseMountProblem})`);
}

afterAll(async () => {
  if (eraseMountProblem === undefined) execFileSync('umount', [eraseFolder], { stdio: 'pipe' });
  await rm(eraseFolder, { recursive: true, force: true });
});

/** Fills the disk to the last byte: 4 KiB pieces until the file system refuses one. */
async function fillDisk(file: string): Promise<void> {
  const handle = await open(file, 'a');
  try {
    for (;;) await handle.write(Buffer.alloc(4096));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    await handle.close().catch(() => undefined);
  }
}

describe.skipIf(eraseMountProblem !== undefined)('erasing a visitor on a full disk', () => {
  it('refuses with "disk full" and changes nothing; with room for the erasure only, finishes once space is freed', async () => {
    const userData = join(eraseFolder, 'user-data');
    const log = await openEnquiryLog(userData, { deskCode: 'LKO1', retentionDays: 365 });
    const { asha, ravi } = await seed(log.handlers, 12);
    const before = byId(log.journal.list());
    // One page kept free for scenario two, then every other byte taken.
    const page = join(eraseFolder, 'one-page');
    await writeFile(page, Buffer.alloc(4096));
    await fillDisk(join(eraseFolder, 'filler'));

    // 1. No room at all: refused, and nothing is half done, in memory or on disk.
    const refused = await log.handlers['enquiry:erasePerson']({ phone: ASHA.phone });
    expect(refused).toMatchObject({ ok: false, error: { code: 'enquiry/disk-full' } });
    expect(byId(log.journal.list())).toEqual(before);
    await expect(sweepRetention(log.journal, new Date(Date.now() + 400 * 86_400_000), 365)).rejects.toMatchObject({ code: 'enquiry/disk-full' });
    expect(byId(log.journal.list())).toEqual(before);

    // 2. Room for the erased revisions but not for the compacted copy: the erasure is recorded
    //    (the log answers without Asha's details), the old revisions wait in the file for room.
    await unlink(page);
    const partly = await log.handlers['enquiry:erasePerson']({ phone: ASHA.phone });
    expect(partly).toMatchObject({ ok: false, error: { code: 'enquiry/disk-full' } });
    for (const id of asha) expect(log.journal.get(id)).toMatchObject({ visitorName: '', phone: '', email: '', personalDataErased: { reason: 'request' } });
    for (const id of ravi) expect(log.journal.get(id)).toEqual(before.find((enquiry) => enquiry.id === id));
    expect(log.journal.holdsErasedLeftovers).toBe(true);

    // Space freed: asking again (or the next sweep) finishes it; Asha is in no file, Ravi untouched.
    await unlink(join(eraseFolder, 'filler'));
    expect(await log.handlers['enquiry:erasePerson']({ phone: ASHA.phone })).toMatchObject({ ok: true });
    expect(log.journal.holdsErasedLeftovers).toBe(false);
    expect(await whereFound(userData, ASHA)).toEqual([]);
    expect(await whereFound(userData, RAVI)).not.toEqual([]);
    log.stop();
    await log.journal.close();

    const reopened = await EnquiryJournal.open(join(userData, 'enquiries', 'enquiries.jsonl'));
    expect(reopened.status).toMatchObject({ damagedLines: [] });
    expect(reopened.list()).toHaveLength(before.length);
    for (const id of ravi) expect(reopened.get(id)).toEqual(before.find((enquiry) => enquiry.id === id));
    await reopened.close();
  });
});
