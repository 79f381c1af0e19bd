import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EntryId, IsoDate } from '../../shared/catalogue/entry';
import { sampleEnquiry } from '../../shared/enquiry/testing/enquiryArbitraries';
import { isChannelAllowedInKiosk } from '../../shared/kiosk/kioskChannels';
import { handMadeCatalogue } from '../../shared/search/testing/handMadeCatalogue';
import { EnquiryJournal } from '../enquiry/enquiryJournal';
import { createAppServices, type AppServices } from '../ipc/createAppHandlers';
import { createChannelInvoker } from '../ipc/invokeChannel';
import { PROJECT_PATHS } from '../host/projectPaths';
import { createReportApiHandlers } from './reportApiHandlers';
import { saveReportCsvArgumentSchema } from '../../shared/reports/channels';
import { openSearchMissLog } from './searchMissLog';
import { SEARCH_MISS_FILE } from './searchMissLog';

const catalogue = { snapshot: async () => ({ info: { feedId: 'test', version: 1, issuedAt: '2026-11-01T00:00:00.000Z', entryCount: handMadeCatalogue.length }, entries: handMadeCatalogue }) };

describe('the report handlers', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'dttc-report-handlers-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('save a report CSV where the save dialog says, and nothing when it is cancelled or there is no dialog', async () => {
    const csv = '\uFEFFKind,Enquiries\r\nTechnology,3\r\n';
    const chosen: string[] = [];
    const target = join(folder, 'chosen.csv');
    const handlers = createReportApiHandlers({ catalogue, chooseExportPath: async (name) => (chosen.push(name), target) });
    expect(await handlers['reports:saveCsv']({ fileName: 'report-by-kind-2026-01-01-to-2026-12-07.csv', text: csv })).toEqual({ saved: true, fileName: target });
    expect(chosen).toEqual(['report-by-kind-2026-01-01-to-2026-12-07.csv']);
    expect(await readFile(target, 'utf8')).toBe(csv);

    const cancelled = createReportApiHandlers({ catalogue, chooseExportPath: async () => undefined });
    expect(await cancelled['reports:saveCsv']({ fileName: 'report-x.csv', text: csv })).toEqual({ saved: false });
    // The page names the file; the schema lets no path or other type through to the dialog.
    for (const fileName of ['../report-x.csv', 'report-x.exe', 'report-X.csv', 'notes.csv']) expect(saveReportCsvArgumentSchema.safeParse({ fileName, text: csv }).success, fileName).toBe(false);
    await expect(createReportApiHandlers({ catalogue })['reports:saveCsv']({ fileName: 'report-x.csv', text: csv })).rejects.toMatchObject({ code: 'unsupported' });
  });

  it('build the report in the host from the journal, the catalogue and the search misses', async () => {
    const journal = await EnquiryJournal.open(join(folder, 'enquiries', 'enquiries.jsonl'));
    const entry = handMadeCatalogue[0]!;
    await journal.append([sampleEnquiry({ enquiryDate: '2026-11-20' as IsoDate, entryIds: [entry.id as EntryId] })]);
    const searchMisses = await openSearchMissLog(folder);
    const handlers = createReportApiHandlers({ journal, searchMisses, catalogue, now: () => new Date('2026-11-20T06:00:00Z') });
    expect(await handlers['searchMiss:record']({ query: 'Hovercraft' })).toEqual({ recorded: true });
    const report = await handlers['reports:build']({ from: '2026-11-01' as IsoDate, to: '2026-11-30' as IsoDate, grouping: 'month', today: '2026-11-20' as IsoDate });
    expect(report.total).toBe(1);
    expect(report.topEntries).toEqual([{ id: entry.id, title: entry.title, kind: entry.kind, count: 1 }]);
    expect(report.byKind.find((row) => row.key === entry.kind)?.count).toBe(1);
    expect(report.searchMisses).toEqual([{ query: 'hovercraft', count: 1, lastDay: '2026-11-20' }]);
    await journal.close();
  });

  it('refuse without a journal or a search-miss log (kiosk mode)', async () => {
    const handlers = createReportApiHandlers({ catalogue });
    await expect(handlers['searchMiss:record']({ query: 'hovercraft' })).rejects.toThrow('not recorded here');
    await expect(handlers['reports:build']({ from: '2026-11-01' as IsoDate, to: '2026-11-30' as IsoDate, grouping: 'week', today: '2026-11-20' as IsoDate })).rejects.toThrow('not available');
  });
});

describe('a kiosk cannot record a search miss', () => {
  let folder: string;
  let services: AppServices;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'dttc-kiosk-misses-'));
    services = await createAppServices({ shell: 'browser', mode: 'kiosk', appVersion: '0.0.0', dataFolder: folder, catalogueFolder: join(PROJECT_PATHS.resources, 'catalogue'), resourcesFolder: PROJECT_PATHS.resources });
  });
  afterEach(async () => {
    services.sync?.stop();
    await rm(folder, { recursive: true, force: true });
  });

  it('neither the kiosk window nor the LAN kiosk host offers the channels, and kiosk mode opens no log to write', async () => {
    for (const surface of ['kiosk-window', 'kiosk-host'] as const) {
      expect(isChannelAllowedInKiosk('searchMiss:record', surface)).toBe(false);
      expect(isChannelAllowedInKiosk('reports:build', surface)).toBe(false);
      const invoke = createChannelInvoker({ handlers: services.handlers, isTrustedSender: () => true, isChannelAllowed: (channel) => isChannelAllowedInKiosk(channel, surface), log: () => undefined });
      expect(await invoke('searchMiss:record', { query: 'hovercraft' }, { senderUrl: 'http://127.0.0.1/' })).toMatchObject({ ok: false, error: { code: 'channel-not-allowed' } });
    }
    expect(services.searchMisses).toBeUndefined();
    // Even past the allow-list, kiosk mode's handler has no log to write to.
    const unguarded = createChannelInvoker({ handlers: services.handlers, isTrustedSender: () => true, log: () => undefined });
    expect(await unguarded('searchMiss:record', { query: 'hovercraft' }, { senderUrl: 'http://127.0.0.1/' })).toMatchObject({ ok: false, error: { code: 'unsupported' } });
    expect(existsSync(join(folder, SEARCH_MISS_FILE))).toBe(false);
    expect(existsSync(join(folder, 'reports'))).toBe(false);
  });
});
