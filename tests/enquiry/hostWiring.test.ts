// The enquiry log wired into the browser host over real HTTP: the desk host (runBrowserHost, as
// `npm run host` starts it) saves and lists enquiries in its user-data folder; the kiosk host
// (`--kiosk`) refuses every enquiry channel and never opens the log.
import { access, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { ENQUIRY_CHANNELS } from '../../shared/enquiry/channels';
import type { Enquiry, Timestamp } from '../../shared/enquiry/enquiry';
import { createHandover, handoverToText } from '../../shared/enquiry/handover';
import { MAX_REQUEST_BYTES } from '../../electron/host/browserHost';
import { runBrowserHost, type RunningBrowserHost } from '../../electron/host/cli';
import { parseHostArguments } from '../../electron/host/hostArguments';

const FIXTURE_CATALOGUE = resolve('tests/fixtures/catalogue');
let folder: string;

async function start(extra: string[], data: string): Promise<RunningBrowserHost> {
  const parsed = parseHostArguments([...extra, '--port', '0', '--data', data, '--catalogue', FIXTURE_CATALOGUE, '--renderer', join(folder, 'renderer')]);
  if (!parsed.ok) throw new Error(parsed.message);
  return runBrowserHost(parsed.value);
}

async function call(host: RunningBrowserHost, channel: string, argument?: unknown): Promise<{ status: number; body: { ok: boolean; value?: unknown; error?: { code: string; message: string } } }> {
  const response = await fetch(`${host.url}api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(host.apiKey ? { authorization: `Bearer ${host.apiKey}` } : {}) },
    body: JSON.stringify(argument === undefined ? {} : { argument }),
  });
  return { status: response.status, body: (await response.json()) as { ok: boolean; value?: unknown; error?: { code: string; message: string } } };
}

const DRAFT = {
  enquiryDate: '2026-11-25',
  visitorName: 'Asha Verma',
  organisation: 'वर्मा इंजीनियरिंग',
  visitorType: 'msme',
  channel: 'walk-in',
  status: 'open',
  phone: '+91 98765 43210',
  email: 'asha@example.in',
  question: 'ड्रोन तकनीक का हस्तांतरण',
  entryIds: [],
  followUpAction: 'Send the ToT brochure',
  followUpDate: '2026-11-28',
  followUpDone: false,
  officer: 'R. Singh',
  consent: 'given',
};

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'enquiry-wiring-'));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('the desk host', () => {
  let host: RunningBrowserHost;
  beforeAll(async () => {
    host = await start([], join(folder, 'desk'));
  });
  afterAll(async () => host?.close());

  it('answers enquiry:list, saves an enquiry durably in its user-data folder and lists it', async () => {
    expect(await call(host, 'enquiry:list')).toEqual({ status: 200, body: { ok: true, value: [] } });
    const saved = await call(host, 'enquiry:save', { draft: DRAFT });
    expect(saved.body).toMatchObject({ ok: true, value: { revision: 1, visitorName: 'Asha Verma' } });
    const listed = await call(host, 'enquiry:list', { text: 'ड्रोन' });
    expect(listed.body).toMatchObject({ ok: true, value: [{ organisation: 'वर्मा इंजीनियरिंग' }] });
    await expect(access(join(folder, 'desk', 'enquiries', 'enquiries.jsonl'))).resolves.toBeUndefined();
  });

  it('passes the journal error codes through and checks arguments', async () => {
    const missing = await call(host, 'enquiry:get', { id: '00000000-0000-4000-8000-000000000000' });
    expect(missing.body).toMatchObject({ ok: false, error: { code: 'enquiry/not-found' } });
    const invalid = await call(host, 'enquiry:save', { draft: { ...DRAFT, question: '' } });
    expect(invalid.body).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(invalid.body.error?.message).toContain('draft.question');
  });

  it('offers no save dialog (the page downloads enquiry:export instead)', async () => {
    const answer = await call(host, 'enquiry:exportToFile', { format: 'csv', language: 'en' });
    expect(answer.body).toMatchObject({ ok: false, error: { code: 'unsupported' } });
    const exported = await call(host, 'enquiry:export', { format: 'csv', language: 'hi' });
    expect(exported.body).toMatchObject({ ok: true, value: { count: 1, mediaType: 'text/csv;charset=utf-8' } });
    expect((exported.body.value as { text: string }).text.startsWith('\uFEFF')).toBe(true);
  });

  it('exports the entries shown by their titles in the catalogue in use, in the chosen language', async () => {
    const saved = await call(host, 'enquiry:save', { draft: { ...DRAFT, entryIds: ['planted-quasar-periscope'] } });
    expect(saved.body).toMatchObject({ ok: true });
    const rowOf = async (language: 'en' | 'hi') => {
      const exported = await call(host, 'enquiry:export', { format: 'csv', language });
      return (exported.body.value as { text: string }).text.split('\r\n').find((line) => line.includes('planted-quasar-periscope')) ?? '';
    };
    expect(await rowOf('en')).toContain(',Quasar thermal imaging periscope,planted-quasar-periscope,');
    expect(await rowOf('hi')).toContain(',क्वासर थर्मल इमेजिंग पेरिस्कोप,planted-quasar-periscope,');
  });

  it('takes a hand-over file larger than the ordinary request cap', async () => {
    const at = '2026-11-25T10:00:00.000Z' as Timestamp;
    const enquiries = Array.from({ length: 150 }, (_, index) => ({ ...DRAFT, question: 'प्रश्न '.repeat(1_400), id: randomUUID(), reference: `DTTC-FLD2-261125-${String(index + 1).padStart(4, '0')}`, revision: 1, createdAt: at, updatedAt: at }) as unknown as Enquiry);
    const text = handoverToText(createHandover(enquiries, at));
    expect(Buffer.byteLength(JSON.stringify({ argument: { text } }))).toBeGreaterThan(2 * MAX_REQUEST_BYTES);
    expect((await call(host, 'enquiry:import', { text })).body).toEqual({ ok: true, value: { added: 150, updated: 0, unchanged: 0 } });
    expect((await call(host, 'enquiry:status')).body).toMatchObject({ ok: true, value: { count: 152 } });
  });

  it('frees the log when closed, so the next start of the same folder can save', async () => {
    await host.close();
    host = await start([], join(folder, 'desk'));
    expect((await call(host, 'enquiry:status')).body).toMatchObject({ ok: true, value: { writable: true, count: 152 } });
  });

  it('erases a visitor\'s name typed into the search box along with their enquiries (DPDP Act s. 12)', async () => {
    const person = { visitorName: 'Kamla Devi Ahuja', phone: '+91 94150 11111', email: 'kamla.ahuja@example.in' };
    for (const query of [person.visitorName, 'ToT for kamla devi ahuja', 'quasar jammer']) expect((await call(host, 'searchMiss:record', { query })).body).toEqual({ ok: true, value: { recorded: true } });
    expect((await call(host, 'enquiry:save', { draft: { ...DRAFT, ...person } })).body).toMatchObject({ ok: true });
    const misses = join(folder, 'desk', 'reports', 'search-misses.json');
    expect(await readFile(misses, 'utf8')).toContain('kamla devi ahuja');
    expect((await call(host, 'enquiry:erasePerson', { email: person.email })).body).toEqual({ ok: true, value: { erased: 1 } });
    for (const file of [misses, `${misses}.bak`]) {
      const text = await readFile(file, 'utf8');
      expect(text, file).not.toMatch(/kamla/i);
    }
    expect(await readFile(misses, 'utf8')).toContain('quasar jammer');
  });
});

describe('the kiosk host (--kiosk)', () => {
  let host: RunningBrowserHost;
  beforeAll(async () => {
    host = await start(['--kiosk'], join(folder, 'kiosk'));
  });
  afterAll(async () => host?.close());

  it('refuses every enquiry channel with 403 and never opens the log', async () => {
    for (const channel of [...ENQUIRY_CHANNELS, 'enquiry:exportToFile']) {
      const answer = await call(host, channel, channel === 'enquiry:save' ? { draft: DRAFT } : undefined);
      expect(answer.status, channel).toBe(403);
      expect(answer.body, channel).toMatchObject({ ok: false, error: { code: 'channel-not-allowed' } });
    }
    await expect(access(join(folder, 'kiosk', 'enquiries'))).rejects.toThrow();
  });
});
