// A journal written before enquiries were cases (format 1: no reference, channel or status, three
// visitor types) still reads whole, and the first compaction rewrites it in today's shape.
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHandover } from '../../shared/enquiry/handover';
import { openEnquiryLog } from './openEnquiryLog';
import { EnquiryJournal } from './enquiryJournal';

const FIXTURE = join(import.meta.dirname, '../../tests/fixtures/enquiry/format1-journal.jsonl');
let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'enquiry-migration-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('an old-format journal', () => {
  it('reads every enquiry, with a fixed reference, "not recorded" channel and a status from its follow-up', async () => {
    const path = join(folder, 'read-only-check.jsonl');
    await copyFile(FIXTURE, path);
    const before = await readFile(path);
    const journal = await EnquiryJournal.open(path);
    expect(journal.status).toMatchObject({ count: 2, recordCount: 3, migratedLines: 3, damagedLines: [] });
    expect(journal.get('3f1e6c1a-0b7e-4c55-9d7a-6f2d1a9b0c01')).toMatchObject({
      reference: 'DTTC-OLD-261002-3F1E6C1A',
      channel: 'not-recorded',
      status: 'open',
      visitorName: 'Asha Verma',
      followUpDate: '2026-10-09',
    });
    const meena = journal.get('7a2b9c3d-4e5f-4a6b-8c7d-9e0f1a2b3c04');
    expect(meena).toMatchObject({ revision: 2, reference: 'DTTC-OLD-261003-7A2B9C3D', status: 'closed', outcome: 'not-recorded', visitorType: 'other' });
    expect(journal.worthCompacting).toBe(true);
    await journal.close();
    // Reading never changes the file.
    expect(await readFile(path)).toEqual(before);
  });

  it('is rewritten in the new shape when the desk app opens it, losing nothing', async () => {
    const userData = join(folder, 'user-data');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(join(userData, 'enquiries'), { recursive: true });
    await copyFile(FIXTURE, join(userData, 'enquiries', 'enquiries.jsonl'));
    const log = await openEnquiryLog(userData, { deskCode: 'LKO1' });
    expect(log.journal.status).toMatchObject({ count: 2, recordCount: 2, migratedLines: 0 });
    const text = await readFile(join(userData, 'enquiries', 'enquiries.jsonl'), 'utf8');
    expect(text.match(/"reference":"DTTC-OLD-/g)).toHaveLength(2);
    await log.journal.close();

    const reread = await EnquiryJournal.open(join(userData, 'enquiries', 'enquiries.jsonl'));
    expect(reread.status).toMatchObject({ count: 2, migratedLines: 0, damagedLines: [] });
    expect(reread.get('7a2b9c3d-4e5f-4a6b-8c7d-9e0f1a2b3c04')).toMatchObject({ revision: 2, phone: '0512-2597000', visitorName: 'मीना शर्मा' });
    await reread.close();
  });

  it('a format-1 hand-over file imports through the same migration', () => {
    const legacy = {
      format: 'dttc-enquiry-handover',
      version: 1,
      exportedAt: '2026-10-05T00:00:00.000Z',
      enquiries: [
        {
          id: '3f1e6c1a-0b7e-4c55-9d7a-6f2d1a9b0c01',
          revision: 1,
          createdAt: '2026-10-02T05:30:00.000Z',
          updatedAt: '2026-10-02T05:30:00.000Z',
          enquiryDate: '2026-10-02',
          visitorName: 'Asha',
          organisation: '',
          visitorType: 'start-up',
          phone: '',
          email: '',
          question: 'q',
          entryIds: [],
          followUpAction: '',
          followUpDone: false,
          officer: '',
        },
      ],
    };
    const parsed = parseHandover(JSON.stringify(legacy));
    expect(parsed).toMatchObject({ ok: true, handover: { version: 2, enquiries: [{ reference: 'DTTC-OLD-261002-3F1E6C1A', status: 'closed', outcome: 'not-recorded', visitorType: 'start-up' }] } });
    expect(parseHandover(JSON.stringify({ ...legacy, version: 3 }))).toMatchObject({ ok: false, message: expect.stringContaining('newer version') });
  });
});
