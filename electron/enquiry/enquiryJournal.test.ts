import fc from 'fast-check';
import { appendFile, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Enquiry, Timestamp } from '../../shared/enquiry/enquiry';
import { mergeEnquiryLists } from '../../shared/enquiry/merge';
import { enquiryArbitrary, SAMPLE_IDS, sampleEnquiry } from '../../shared/enquiry/testing/enquiryArbitraries';
import { EnquiryJournal } from './enquiryJournal';
import { encodeJournalLine } from './journalLine';

let folder: string;
let path: string;
const open: EnquiryJournal[] = [];

async function openJournal(options?: Parameters<typeof EnquiryJournal.open>[1]): Promise<EnquiryJournal> {
  const journal = await EnquiryJournal.open(path, options);
  open.push(journal);
  return journal;
}

async function reopen(journal: EnquiryJournal): Promise<EnquiryJournal> {
  await journal.close();
  return openJournal();
}

const byId = (list: Enquiry[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'enquiry-journal-'));
  path = join(folder, 'log', 'enquiries.jsonl');
});

afterEach(async () => {
  await Promise.all(open.splice(0).map((journal) => journal.close()));
  await rm(folder, { recursive: true, force: true });
});

describe('the enquiry journal', () => {
  it('starts empty, appends, edits and reads back every enquiry after reopening', async () => {
    let journal = await openJournal();
    expect(journal.status).toEqual({ writable: true, count: 0, recordCount: 0, damagedLines: [], migratedLines: 0, tornBytesDropped: 0 });
    const first = sampleEnquiry({ id: SAMPLE_IDS[0]!, visitorName: 'आशा' });
    const second = sampleEnquiry({ id: SAMPLE_IDS[1]! });
    await journal.append([first]);
    await journal.append([second]);
    const edited = { ...first, revision: 2, question: 'edited', updatedAt: '2026-11-21T00:00:00.000Z' as Timestamp };
    await journal.append([edited]);
    expect(byId(journal.list())).toEqual(byId([edited, second]));

    journal = await reopen(journal);
    expect(byId(journal.list())).toEqual(byId([edited, second]));
    expect(journal.status).toMatchObject({ count: 2, recordCount: 3, damagedLines: [] });
    expect((await readFile(path, 'utf8')).split('\n')).toHaveLength(4);
  });

  it('drops a torn last line, keeps the file, and writes the next line cleanly after the last whole one', async () => {
    let journal = await openJournal();
    await journal.append([sampleEnquiry({ id: SAMPLE_IDS[0]! })]);
    await journal.close();
    const torn = encodeJournalLine(sampleEnquiry({ id: SAMPLE_IDS[1]! }));
    await appendFile(path, torn.slice(0, torn.length / 2));

    journal = await openJournal();
    expect(journal.list().map((enquiry) => enquiry.id)).toEqual([SAMPLE_IDS[0]]);
    expect(journal.status.damagedLines).toEqual([]);
    expect(journal.status.tornBytesDropped).toBe(Buffer.byteLength(torn.slice(0, torn.length / 2)));
    await journal.append([sampleEnquiry({ id: SAMPLE_IDS[2]! })]);

    journal = await reopen(journal);
    expect(journal.list().map((enquiry) => enquiry.id).sort()).toEqual([SAMPLE_IDS[0], SAMPLE_IDS[2]].sort());
    expect(journal.status.damagedLines).toEqual([]);
  });

  it('reports a corrupt middle line and keeps every other line', async () => {
    const lines = SAMPLE_IDS.map((id) => encodeJournalLine(sampleEnquiry({ id })));
    const damaged = lines[1]!.replace('Asha', 'Usha');
    await openJournal().then((journal) => journal.close());
    await writeFile(path, lines[0]! + damaged + 'garbage\n' + Buffer.from([0xff, 0xfe, 0x0a]).toString('latin1') + lines[2]!);
    // (the latin1 string above writes the bytes c3 bf c3 be 0a: valid UTF-8, not a journal line)
    const journal = await openJournal();
    expect(journal.list().map((enquiry) => enquiry.id).sort()).toEqual([SAMPLE_IDS[0], SAMPLE_IDS[2]].sort());
    expect(journal.status.damagedLines).toEqual([
      { lineNumber: 2, reason: 'checksum does not match' },
      { lineNumber: 3, reason: 'not a journal line' },
      { lineNumber: 4, reason: 'not a journal line' },
    ]);
  });

  it('reports bytes that are not UTF-8 and drops a corrupt last whole line', async () => {
    await openJournal().then((journal) => journal.close());
    await writeFile(path, Buffer.concat([Buffer.from(encodeJournalLine(sampleEnquiry())), Buffer.from([0xff, 0x0a]), Buffer.from(encodeJournalLine(sampleEnquiry({ id: SAMPLE_IDS[1]! })).replace('"type"', '"tipe"'))]));
    const journal = await openJournal();
    expect(journal.list().map((enquiry) => enquiry.id)).toEqual([SAMPLE_IDS[0]]);
    expect(journal.status.damagedLines).toEqual([
      { lineNumber: 2, reason: 'not UTF-8 text' },
      { lineNumber: 3, reason: 'checksum does not match' },
    ]);
  });

  it('compacts to one line per enquiry, keeping a damaged journal aside whole first', async () => {
    let journal = await openJournal();
    for (let revision = 1; revision <= 5; revision += 1) await journal.append([sampleEnquiry({ revision })]);
    await journal.append([sampleEnquiry({ id: SAMPLE_IDS[1]! })]);
    await journal.close();
    await appendFile(path, 'damaged\n');
    journal = await openJournal();
    const before = byId(journal.list());
    await journal.compact();
    expect(journal.status).toMatchObject({ count: 2, recordCount: 2, damagedLines: [] });
    expect((await readFile(path, 'utf8')).trimEnd().split('\n')).toHaveLength(2);
    const names = await readdir(join(folder, 'log'));
    const aside = names.filter((name) => name.startsWith('enquiries.jsonl.damaged-'));
    expect(aside).toHaveLength(1);
    expect(await readFile(join(folder, 'log', aside[0]!), 'utf8')).toContain('damaged\n');
    expect(names.filter((name) => name.endsWith('.tmp'))).toEqual([]);

    await journal.append([sampleEnquiry({ id: SAMPLE_IDS[2]! })]);
    journal = await reopen(journal);
    expect(byId(journal.list())).toEqual(byId([...before, sampleEnquiry({ id: SAMPLE_IDS[2]! })]));
  });

  it('cleans up the temp file of a compaction cut short, and the old journal is whole', async () => {
    let journal = await openJournal();
    await journal.append([sampleEnquiry()]);
    await journal.close();
    const leftover = join(folder, 'log', '.enquiries.jsonl.12345.abcd1234.tmp');
    await writeFile(leftover, encodeJournalLine(sampleEnquiry()).slice(0, 50));
    journal = await openJournal();
    expect(journal.list()).toEqual([sampleEnquiry()]);
    expect(await readdir(join(folder, 'log'))).not.toContain('.enquiries.jsonl.12345.abcd1234.tmp');
  });

  it('lets one process write: a second opens read-only with reason "locked", until the first closes', async () => {
    const first = await openJournal();
    const second = await openJournal();
    expect(second.status).toMatchObject({ writable: false, reason: 'enquiry/locked' });
    await expect(second.append([sampleEnquiry()])).rejects.toMatchObject({ name: 'EnquiryStoreError', code: 'enquiry/locked' });
    await first.close();
    await second.close();
    const third = await openJournal();
    expect(third.status.writable).toBe(true);
  });

  it('a reader that was locked out saves once the writer closes, after what the writer wrote', async () => {
    const writer = await openJournal();
    await writer.append([sampleEnquiry({ id: SAMPLE_IDS[0]! })]);
    const reader = await openJournal();
    expect(reader.status.reason).toBe('enquiry/locked');
    await writer.append([sampleEnquiry({ id: SAMPLE_IDS[1]!, question: 'written after the reader opened' })]);
    await writer.close();
    await reader.append([sampleEnquiry({ id: SAMPLE_IDS[2]! })]);
    expect(reader.status).toMatchObject({ writable: true, count: 3 });
    const reread = await reopen(reader);
    expect(reread.status).toMatchObject({ count: 3, recordCount: 3, damagedLines: [], tornBytesDropped: 0 });
    expect(reread.get(SAMPLE_IDS[1]!)?.question).toBe('written after the reader opened');
  });

  it('takes over the lock of a process that died', async () => {
    await openJournal().then((journal) => journal.close());
    await writeFile(`${path}.lock`, '999999999\n');
    const journal = await openJournal();
    expect(journal.status.writable).toBe(true);
    expect(await readFile(`${path}.lock`, 'utf8')).toBe(`${process.pid}\n`);
  });

  it('takes over a lock not refreshed for too long (a pid reused after a reboot)', async () => {
    await openJournal().then((journal) => journal.close());
    await writeFile(`${path}.lock`, `${process.ppid}\n`);
    expect((await openJournal({ lockOptions: { staleAfterMs: 60_000 } })).status.reason).toBe('enquiry/locked');
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect((await openJournal({ lockOptions: { staleAfterMs: 10 } })).status.writable).toBe(true);
  });

  it('replaying the journal gives the same log as merging what was appended, before and after compaction', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(enquiryArbitrary, { maxLength: 3 }), { maxLength: 6 }), fc.boolean(), async (batches, compactMidway) => {
        await rm(join(folder, 'log'), { recursive: true, force: true });
        let journal = await openJournal();
        for (const [index, batch] of batches.entries()) {
          await journal.append(batch);
          if (compactMidway && index === 1) await journal.compact();
        }
        const expected = mergeEnquiryLists([], batches.flat());
        expect(byId(journal.list())).toEqual(expected);
        journal = await reopen(journal);
        expect(byId(journal.list())).toEqual(expected);
        await journal.compact();
        journal = await reopen(journal);
        expect(byId(journal.list())).toEqual(expected);
        expect(journal.status.damagedLines).toEqual([]);
        await journal.close();
      }),
      { numRuns: 40 },
    );
  });

  it('refuses an invalid enquiry, and stores each as the reader will see it (trimmed)', async () => {
    const journal = await openJournal();
    await expect(journal.append([sampleEnquiry({ id: SAMPLE_IDS[1]! }), sampleEnquiry({ email: 'nobody' })])).rejects.toMatchObject({ code: 'enquiry/invalid', message: expect.stringContaining('email') });
    expect(journal.list()).toEqual([]);
    await journal.append([sampleEnquiry({ question: '  spaced  ' })]);
    expect(journal.get(SAMPLE_IDS[0]!)?.question).toBe('spaced');
    const reread = await reopen(journal);
    expect(reread.list()).toEqual([sampleEnquiry({ question: 'spaced' })]);
  });

  it('cuts off a failed write before the next one, so a later line is never glued to it', async () => {
    const journal = await openJournal();
    await journal.append([sampleEnquiry()]);
    // A batch that failed midway: one whole line (never acknowledged) and half of the next.
    await appendFile(path, encodeJournalLine(sampleEnquiry({ id: SAMPLE_IDS[2]!, question: 'x'.repeat(3000) })) + 'half a line');
    // The journal still believes its file ends before these bytes: as after a write that failed midway.
    (journal as unknown as { tailToCut: boolean }).tailToCut = true;
    await journal.append([sampleEnquiry({ id: SAMPLE_IDS[1]! })]);
    const reread = await reopen(journal);
    expect(reread.status.damagedLines).toEqual([]);
    expect(reread.list()).toHaveLength(2);
  });
});
