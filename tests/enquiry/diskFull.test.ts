// "Not saved" when the disk is full or read-only, and nothing saved before is lost: the journal on a
// tiny tmpfs (filled up, then remounted read-only). Needs `mount` (we run as root); skipped with a
// printed reason where it is not permitted.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Enquiry, EnquiryId } from '../../shared/enquiry/enquiry';
import { sampleDraft, sampleEnquiry } from '../../shared/enquiry/testing/enquiryArbitraries';
import { EnquiryJournal } from '../../electron/enquiry/enquiryJournal';
import { createEnquiryHandlers } from '../../electron/enquiry/handlers';

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
