// "Not saved" when the disk is full or read-only, and nothing saved before is lost: the journal on a
// tiny tmpfs (filled up, then remounted read-only); erasure and the migration of an old journal on a
// full disk too. Needs `mount` (we run as root); skipped with a
// printed reason where it is not permitted.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, open, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { IsoDate } from '../../shared/catalogue/entry';
import type { Enquiry, EnquiryId } from '../../shared/enquiry/enquiry';
import { sampleDraft, sampleEnquiry } from '../../shared/enquiry/testing/enquiryArbitraries';
import { EnquiryJournal } from '../../electron/enquiry/enquiryJournal';
import { createEnquiryHandlers } from '../../electron/enquiry/handlers';
import { ENQUIRY_JOURNAL_FILE, openEnquiryLog, sweepRetention } from '../../electron/enquiry/openEnquiryLog';
import { legacyJournal } from './legacyJournal';
import { ASHA, RAVI, seed, whereFound } from './personalDataFiles';

/**
 * A tiny tmpfs of `size` at a new temporary folder, unmounted after the file's tests; `problem`
 * says why not where mounting is not permitted (the tests that need it are then skipped, saying so).
 */
async function tinyDisk(prefix: string, size: string, skipped: string): Promise<{ folder: string; problem?: string }> {
  const folder = await mkdtemp(join(tmpdir(), prefix));
  let problem: string | undefined;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0700`, 'tmpfs', folder], { stdio: 'pipe' });
  } catch (error) {
    problem = error instanceof Error ? error.message.split('\n')[0] : String(error);
    console.log(`Skipping ${skipped}: cannot mount a tmpfs here (${problem})`);
  }
  afterAll(async () => {
    // Lazily, so that a file a failed test left open cannot keep the mount (or stop the other unmounts).
    if (problem === undefined) execFileSync('umount', ['-l', folder], { stdio: 'pipe' });
    await rm(folder, { recursive: true, force: true });
  });
  return problem === undefined ? { folder } : { folder, problem };
}

const { folder, problem: mountProblem } = await tinyDisk('enquiry-disk-', '64k', 'the disk-full and read-only tests');

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
const { folder: eraseFolder, problem: eraseMountProblem } = await tinyDisk('enquiry-erase-disk-', '96k', 'the erasure-on-a-full-disk test');

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

// The migration on a full disk: a desk upgraded on a full disk opens its format-1 journal whole
// (read through the migration) when there is no room to rewrite it, nor to write its first desk.json;
// nothing is lost or half rewritten; a save works as soon as it fits, a new enquiry once its desk
// code is written; the next start with room migrates the file.
const { folder: migrateFolder, problem: migrateMountProblem } = await tinyDisk('enquiry-migrate-disk-', '128k', 'the migration-on-a-full-disk test');

describe.skipIf(migrateMountProblem !== undefined)('migrating a format-1 journal on a full disk', () => {
  it('opens the old journal whole when the rewrite has no room, saves once a line fits, and migrates at the next start', async () => {
    const now = () => new Date('2026-12-01T09:00:00.000Z');
    const userData = join(migrateFolder, 'user-data');
    const enquiries = join(userData, 'enquiries');
    const journalPath = join(enquiries, ENQUIRY_JOURNAL_FILE);
    await mkdir(enquiries, { recursive: true });
    const legacy = legacyJournal(24, 6);
    await writeFile(journalPath, legacy.bytes);
    const page = join(migrateFolder, 'two-pages');
    await writeFile(page, Buffer.alloc(8192));
    await fillDisk(join(migrateFolder, 'filler'));

    // An old desk has no desk.json yet either: the start must not fail for want of room to write one.
    const log = await openEnquiryLog(userData, { now });
    const old = log.journal.list().find((enquiry) => enquiry.status === 'open')!;
    const { id, reference: _reference, revision, createdAt: _created, updatedAt: _updated, outcome: _outcome, personalDataErased: _erased, ...fields } = old;
    const draft = { ...fields, channel: 'phone' as const, consent: 'given' as const, status: 'waiting-for-visitor' as const };
    let addedId = '';
    try {
      expect(log.journal.status).toMatchObject({ count: legacy.expected.size, migratedLines: legacy.lineCount, damagedLines: [] });
      expect(byId(log.journal.list())).toEqual(byId([...legacy.expected.values()]));
      expect((await readFile(journalPath)).equals(legacy.bytes), 'the old journal is untouched').toBe(true);
      expect((await readdir(enquiries)).filter((name) => name.endsWith('.tmp'))).toEqual([]);

      // A status change of an old case: "disk full", and nothing changes.
      expect(await log.handlers['enquiry:save']({ id, baseRevision: revision, draft })).toMatchObject({ ok: false, error: { code: 'enquiry/disk-full' } });
      expect(log.journal.get(id)).toEqual(old);

      // Room for a line but not for the rewritten journal: the save goes in, the rewrite still waits.
      await unlink(page);
      const moved = await log.handlers['enquiry:save']({ id, baseRevision: revision, draft });
      expect(moved).toMatchObject({ ok: true, value: { status: 'waiting-for-visitor', revision: revision + 1 } });
      await expect(log.journal.compact()).rejects.toMatchObject({ code: 'enquiry/disk-full' });
      expect(log.journal.status).toMatchObject({ migratedLines: legacy.lineCount, recordCount: legacy.lineCount + 1 });
      expect((await readdir(enquiries)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
      // The desk code made at this start is written before a new enquiry quotes it: not on a full disk.
      await fillDisk(join(migrateFolder, 'filler-again'));
      expect(await log.handlers['enquiry:save']({ draft: sampleDraft({ enquiryDate: '2026-12-01' as IsoDate }) })).toMatchObject({ ok: false, error: { code: 'enquiry/disk-full' } });
      await expect(readFile(join(enquiries, 'desk.json'))).rejects.toMatchObject({ code: 'ENOENT' });
      await unlink(join(migrateFolder, 'filler'));
      await unlink(join(migrateFolder, 'filler-again'));
      const added = await log.handlers['enquiry:save']({ draft: sampleDraft({ enquiryDate: '2026-12-01' as IsoDate }) });
      expect(added).toMatchObject({ ok: true, value: { reference: `DTTC-${log.deskCode}-261201-0001` } });
      if (added.ok) addedId = added.value.id;
      expect(JSON.parse(await readFile(join(enquiries, 'desk.json'), 'utf8'))).toMatchObject({ deskCode: log.deskCode });
    } finally {
      log.stop();
      await log.journal.close();
    }

    // With room, the next start migrates: one line per enquiry in today's shape, the status change kept.
    const reopened = await openEnquiryLog(userData, { now });
    try {
      expect(reopened.deskCode).toBe(log.deskCode);
      const count = legacy.expected.size + 1;
      expect(reopened.journal.status).toMatchObject({ count, recordCount: count, migratedLines: 0, damagedLines: [] });
      const untouched = (list: Enquiry[]) => byId(list.filter((enquiry) => enquiry.id !== id && enquiry.id !== addedId));
      expect(untouched(reopened.journal.list())).toEqual(untouched([...legacy.expected.values()]));
      expect(reopened.journal.get(id)).toMatchObject({ revision: revision + 1, status: 'waiting-for-visitor', question: old.question, reference: old.reference });
      expect(reopened.journal.get(addedId)?.reference).toBe(`DTTC-${log.deskCode}-261201-0001`);
      expect((await readFile(journalPath, 'utf8')).match(/"reference":"DTTC-OLD-/g)).toHaveLength(legacy.expected.size);
    } finally {
      reopened.stop();
      await reopened.journal.close();
    }
  });
});
