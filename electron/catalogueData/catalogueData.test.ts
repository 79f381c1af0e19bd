import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CATALOGUE_DATA_PATHS, SNAPSHOT_ETAG_HEADER } from '../../shared/ipc/catalogueDataPaths';
import type { CatalogueSnapshot } from '../../shared/ipc/contract';
import { isEntryVisible } from '../../shared/catalogue/catalogue';
import { createSearchEngine } from '../../shared/search/engine';
import { parseIndex } from '../../shared/search/indexSnapshot';
import { HAND_MADE_TODAY, handMadeCatalogue } from '../../shared/search/testing/handMadeCatalogue';
import { HandlerError } from '../ipc/apiHandlers';
import { answerCatalogueData } from './answerCatalogueData';
import { createSearchIndexCache } from './searchIndexCache';

let folder: string;
const snapshot: CatalogueSnapshot = { info: { feedId: 'test', version: 3, issuedAt: '2026-05-01T00:00:00.000Z', entryCount: handMadeCatalogue.length }, entries: handMadeCatalogue };
const today = () => HAND_MADE_TODAY as never;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'catalogue-data-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('the search index cache', () => {
  it('builds the index once, keeps it on disk, and a new cache reads it back instead of building', async () => {
    const log: string[] = [];
    const first = await createSearchIndexCache({ folder, today, log: (message) => log.push(message) }).indexFor(snapshot);
    expect(parseIndex(first.bytes).ok).toBe(true);
    expect(log.filter((line) => line.includes('built'))).toHaveLength(1);
    const second = await createSearchIndexCache({ folder, today, log: (message) => log.push(message) }).indexFor(snapshot);
    expect(log.filter((line) => line.includes('built'))).toHaveLength(1);
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
  });

  it('rebuilds a damaged file, and keeps only the latest index', async () => {
    const cache = createSearchIndexCache({ folder, today });
    await cache.indexFor(snapshot);
    const [name] = await readdir(folder);
    const bytes = await readFile(join(folder, name!));
    bytes[bytes.length - 1]! ^= 0xff;
    await writeFile(join(folder, name!), bytes);
    const log: string[] = [];
    const rebuilt = await createSearchIndexCache({ folder, today, log: (message) => log.push(message) }).indexFor(snapshot);
    expect(parseIndex(rebuilt.bytes).ok).toBe(true);
    expect(log.join('\n')).toMatch(/damaged.*building it again/);
    await createSearchIndexCache({ folder, today: () => '2026-06-02' as never }).indexFor(snapshot);
    expect(await readdir(folder)).toHaveLength(1);
  });
});

describe('the search index cache after an update', () => {
  it('tokenises only the changed entries, and the index answers as a fresh one', async () => {
    const log: string[] = [];
    const cache = createSearchIndexCache({ folder, today, log: (message) => log.push(message) });
    await cache.indexFor(snapshot);
    const changed = handMadeCatalogue.map((entry, index) => (index === 0 ? { ...entry, title: { ...entry.title, en: 'Quasar telemetry recorder' } } : entry));
    const updated = await cache.indexFor({ ...snapshot, entries: changed });
    const visible = handMadeCatalogue.filter((entry) => isEntryVisible(entry, today())).length;
    expect(log.at(-1)).toContain(`(${visible - 1} unchanged)`);
    const parsed = parseIndex(updated.bytes);
    if (!parsed.ok) throw new Error(parsed.message);
    const engine = createSearchEngine(changed, { today: today(), prebuiltIndex: parsed.prebuilt });
    expect(engine.search({ text: 'quasar' }).hits.map((hit) => hit.id)).toEqual([changed[0]!.id]);
  });
});

describe('answerCatalogueData', () => {
  const sources = () => ({ catalogue: { snapshot: async () => snapshot }, searchIndex: createSearchIndexCache({ folder, today }) });

  it('serves the snapshot as a JSON Result with an ETag, and 304 for that ETag', async () => {
    const data = sources();
    const answer = await answerCatalogueData(CATALOGUE_DATA_PATHS.snapshot, { gzipWanted: false }, data);
    expect(answer.status).toBe(200);
    expect(JSON.parse(Buffer.from(answer.body!).toString('utf8'))).toMatchObject({ ok: true, value: { info: { version: 3 } } });
    const again = await answerCatalogueData(CATALOGUE_DATA_PATHS.snapshot, { gzipWanted: false, ifNoneMatch: answer.headers.ETag }, data);
    expect(again.status).toBe(304);
    expect(again.body).toBeUndefined();
  });

  it('serves the index with the ETag of the snapshot it was built from', async () => {
    const data = sources();
    const snapshotAnswer = await answerCatalogueData(CATALOGUE_DATA_PATHS.snapshot, { gzipWanted: false }, data);
    const index = await answerCatalogueData(CATALOGUE_DATA_PATHS.searchIndex, { gzipWanted: false }, data);
    expect(index.headers[SNAPSHOT_ETAG_HEADER]).toBe(snapshotAnswer.headers.ETag);
    expect(parseIndex(index.body!).ok).toBe(true);
    expect((await answerCatalogueData(CATALOGUE_DATA_PATHS.searchIndex, { gzipWanted: false, ifNoneMatch: index.headers.ETag }, data)).status).toBe(304);
  });

  it('answers 503 with the reason when there is no catalogue', async () => {
    const data = { catalogue: { snapshot: () => Promise.reject(new HandlerError('catalogue-unavailable', 'The folder /x is gone.')) }, searchIndex: createSearchIndexCache({ folder, today }) };
    const answer = await answerCatalogueData(CATALOGUE_DATA_PATHS.searchIndex, { gzipWanted: false }, data);
    expect(answer.status).toBe(503);
    expect(JSON.parse(Buffer.from(answer.body!).toString('utf8'))).toEqual({ ok: false, error: { code: 'catalogue-unavailable', message: 'The folder /x is gone.' } });
  });
});
