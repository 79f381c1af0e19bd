import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Enquiry } from '../../shared/enquiry/enquiry';
import { ENQUIRY_CHANNELS } from '../../shared/enquiry/channels';
import { SAMPLE_IDS, sampleDraft } from '../../shared/enquiry/testing/enquiryArbitraries';
import type { Result } from '../../shared/ipc/result';
import { EnquiryJournal } from './enquiryJournal';
import { createEnquiryHandlers, handleEnquiryChannel, type EnquiryHandlers } from './handlers';

let folder: string;
let journal: EnquiryJournal;
let handlers: EnquiryHandlers;
let clock: Date;
let nextId: number;

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

async function openHandlers(path: string): Promise<void> {
  journal = await EnquiryJournal.open(path);
  handlers = createEnquiryHandlers(journal, { now: () => clock, newId: () => SAMPLE_IDS[nextId++]! });
}

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'enquiry-handlers-'));
  clock = new Date('2026-11-25T04:00:00.000Z');
  nextId = 0;
  await openHandlers(join(folder, 'enquiries.jsonl'));
});

afterEach(async () => {
  await journal.close();
  await rm(folder, { recursive: true, force: true });
});

describe('the enquiry handlers', () => {
  it('record, edit, refuse a stale edit, and find the enquiry again', async () => {
    const saved = value(await handlers['enquiry:save']({ draft: sampleDraft() }));
    expect(saved).toMatchObject({ id: SAMPLE_IDS[0], revision: 1, createdAt: '2026-11-25T04:00:00.000Z' });
    clock = new Date('2026-11-25T04:05:00.000Z');
    const edited = value(await handlers['enquiry:save']({ id: saved.id, baseRevision: 1, draft: sampleDraft({ followUpDone: true }) }));
    expect(edited).toMatchObject({ revision: 2, updatedAt: '2026-11-25T04:05:00.000Z', followUpDone: true });
    const stale = await handlers['enquiry:save']({ id: saved.id, baseRevision: 1, draft: sampleDraft() });
    expect(stale).toMatchObject({ ok: false, error: { code: 'enquiry/conflict' } });
    expect(value(await handlers['enquiry:list']({ text: 'jacket' }))).toEqual([edited]);
    expect(value(await handlers['enquiry:list']({ followUpsDueBy: '2026-12-31' as never }))).toEqual([]);
    expect(value(await handlers['enquiry:get']({ id: saved.id }))).toEqual(edited);
    expect(value(await handlers['enquiry:status']())).toEqual({ writable: true, count: 1, damagedLines: [] });
  });

  it('exports a date range as CSV and a hand-over file that another machine imports once, without duplicates', async () => {
    value(await handlers['enquiry:save']({ draft: sampleDraft({ enquiryDate: '2026-11-01' as never, visitorName: 'पहला' }) }));
    value(await handlers['enquiry:save']({ draft: sampleDraft({ enquiryDate: '2026-11-20' as never, visitorName: 'दूसरा' }) }));
    const csv = value(await handlers['enquiry:export']({ format: 'csv', from: '2026-11-10' as never, to: '2026-11-30' as never, language: 'en' }));
    expect(csv).toMatchObject({ fileName: 'enquiries-2026-11-10-to-2026-11-30.csv', mediaType: 'text/csv;charset=utf-8', count: 1 });
    expect(csv.text).toContain('दूसरा');
    expect(csv.text).not.toContain('पहला');
    const handover = value(await handlers['enquiry:export']({ format: 'json', language: 'en' }));
    expect(handover).toMatchObject({ fileName: 'enquiries-all-2026-11-25.json', count: 2 });
    const exported: Enquiry[] = JSON.parse(handover.text).enquiries;

    // The other machine: its own log, with one enquiry of its own and an older copy of one of ours.
    await journal.close();
    await openHandlers(join(folder, 'other', 'enquiries.jsonl'));
    nextId = 2;
    value(await handlers['enquiry:save']({ draft: sampleDraft({ visitorName: 'तीसरा' }) }));
    expect(value(await handlers['enquiry:import']({ text: handover.text }))).toEqual({ added: 2, updated: 0, unchanged: 0 });
    expect(value(await handlers['enquiry:import']({ text: handover.text }))).toEqual({ added: 0, updated: 0, unchanged: 2 });
    const list = value(await handlers['enquiry:list'](undefined));
    expect(list).toHaveLength(3);
    expect(list).toEqual(expect.arrayContaining(exported));

    // An edit made here wins over the older copy in a later import.
    const edited = value(await handlers['enquiry:save']({ id: exported[0]!.id, baseRevision: 1, draft: sampleDraft({ question: 'edited here' }) }));
    expect(value(await handlers['enquiry:import']({ text: handover.text }))).toEqual({ added: 0, updated: 0, unchanged: 2 });
    expect(value(await handlers['enquiry:get']({ id: edited.id })).question).toBe('edited here');
    await journal.close();
    journal = await EnquiryJournal.open(join(folder, 'other', 'enquiries.jsonl'));
    expect(journal.list()).toHaveLength(3);
    expect(journal.status.recordCount).toBe(4);
  });

  it('refuses a file that is not a hand-over with a message, not a throw', async () => {
    const result = await handlers['enquiry:import']({ text: '{"format":"something-else"}' });
    expect(result).toMatchObject({ ok: false, error: { code: 'enquiry/invalid', message: expect.stringContaining('format') } });
  });

  it('checks raw arguments against the channel schemas and names the wrong field', async () => {
    const result = await handleEnquiryChannel(handlers, 'enquiry:save', { draft: { ...sampleDraft(), email: 'nobody' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'enquiry/invalid', message: expect.stringMatching(/^draft\.email: /) } });
    const list = await handleEnquiryChannel(handlers, 'enquiry:list', undefined);
    expect(list).toEqual({ ok: true, value: [] });
    expect(ENQUIRY_CHANNELS.sort()).toEqual(['enquiry:erasePerson', 'enquiry:export', 'enquiry:exportPerson', 'enquiry:findPerson', 'enquiry:get', 'enquiry:import', 'enquiry:list', 'enquiry:privacy', 'enquiry:save', 'enquiry:status']);
  });

  it('answers "not saved" (locked) when another process holds the log, and keeps nothing half-saved', async () => {
    const second = await EnquiryJournal.open(journal.path);
    const secondHandlers = createEnquiryHandlers(second);
    const result = await secondHandlers['enquiry:save']({ draft: sampleDraft() });
    expect(result).toMatchObject({ ok: false, error: { code: 'enquiry/locked' } });
    expect(value(await secondHandlers['enquiry:status']())).toMatchObject({ writable: false, reason: 'enquiry/locked' });
    expect(second.list()).toEqual([]);
    await second.close();
  });
});

describe('reference numbers on save', () => {
  it('gives each new enquiry the next number of this desk and day, even when saved at once, and keeps it on edit', async () => {
    const desk = createEnquiryHandlers(journal, { now: () => clock, deskCode: 'LKO1' });
    const [first, second] = await Promise.all([desk['enquiry:save']({ draft: sampleDraft() }), desk['enquiry:save']({ draft: sampleDraft({ question: 'second' }) })]);
    expect([value(first).reference, value(second).reference].sort()).toEqual(['DTTC-LKO1-261125-0001', 'DTTC-LKO1-261125-0002']);
    const edited = value(await desk['enquiry:save']({ id: value(first).id, baseRevision: 1, draft: sampleDraft({ status: 'closed', outcome: 'information-only' }) }));
    expect(edited).toMatchObject({ reference: value(first).reference, revision: 2, status: 'closed', outcome: 'information-only' });
    clock = new Date('2026-11-26T04:00:00.000Z');
    expect(value(await desk['enquiry:save']({ draft: sampleDraft() })).reference).toBe('DTTC-LKO1-261126-0001');
    // The log finds an enquiry by its reference.
    expect(value(await desk['enquiry:list']({ text: 'dttc-lko1-261125-0002' })).map((enquiry) => enquiry.reference)).toEqual(['DTTC-LKO1-261125-0002']);
  });

  it('refuses a draft with no visitor type or channel, or closed without an outcome, naming the field', async () => {
    const { visitorType: _type, ...noType } = sampleDraft();
    for (const [draft, field] of [
      [noType, 'visitorType'],
      [{ ...sampleDraft(), channel: 'not-recorded' }, 'channel'],
      [sampleDraft({ status: 'closed' }), 'outcome'],
    ] as const) {
      const result = await handleEnquiryChannel(handlers, 'enquiry:save', { draft });
      expect(result, field).toMatchObject({ ok: false, error: { code: 'enquiry/invalid', message: expect.stringContaining(`draft.${field}`) } });
    }
  });
});
