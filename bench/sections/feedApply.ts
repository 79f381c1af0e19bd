// Benchmark section "feedApply": what a client on a 50,000-entry catalogue spends applying a
// 500-entry update (450 updated, 25 added, 25 withdrawn) through the real sync client: verify the
// manifest, read and check the delta, apply it, rebuild the snapshot and check it against the signed
// hash, validate the whole catalogue, write the version durably and switch — then re-index with the
// search engine, from the engine of the installed version (only changed entries are tokenised).
// Target: under 1 s for all of it. Also the start-up cost of loading (and re-verifying) the
// installed 50,000 entries.
// Run alone: `npx tsx bench/sections/feedApply.ts`.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CatalogueEntry, EntryId } from '../../shared/catalogue/entry';
import type { TrustAnchor } from '../../shared/feed/trustAnchor';
import { todayIso } from '../../shared/catalogue/catalogue';
import { createSearchEngine } from '../../shared/search/engine';
import { createMemoryFeed } from '../../shared/feed/testing/memoryFeed';
import { createFolderFeedSource } from '../../electron/sync/folderFeedSource';
import { openSyncClient } from '../../electron/sync/openSyncClient';
import type { SyncProgress } from '../../electron/sync/syncProgress';
import { trustOf, writeFeedFolder } from '../../tests/fixtures/feed/feedFolder';
import { generateCatalogue } from '../catalogueGenerator';
import type { Column } from '../table';

export const APPLY_TARGET_MS = 1_000;

export interface FeedApplyRow {
  entries: number;
  changed: number;
  deltaBytes: number;
  /** Manifest read and verified, delta read (from a local folder: no network in the figure). */
  checkAndReadMs: number;
  /** Delta verified and applied, snapshot rebuilt and hash-checked, catalogue validated, written and switched. */
  applyAndSwitchMs: number;
  reindexMs: number;
  checkAndReadCpuMs: number;
  applyAndSwitchCpuMs: number;
  reindexCpuMs: number;
  totalMs: number;
  totalCpuMs: number;
  targetMet: boolean;
  /** Opening the store at start-up: read, hash-check, signature-check and parse the installed version. */
  loadInstalledMs: number;
}

export const FEED_APPLY_COLUMNS: Column<FeedApplyRow>[] = [
  { title: 'entries', value: (row) => row.entries },
  { title: 'changed', value: (row) => row.changed },
  { title: 'delta KB', value: (row) => Math.round(row.deltaBytes / 1024) },
  { title: 'check+merge ms (CPU)', value: (row) => `${Math.round(row.checkAndReadMs)} (${Math.round(row.checkAndReadCpuMs)})` },
  { title: 'validate+switch ms (CPU)', value: (row) => `${Math.round(row.applyAndSwitchMs)} (${Math.round(row.applyAndSwitchCpuMs)})` },
  { title: 're-index ms (CPU)', value: (row) => `${Math.round(row.reindexMs)} (${Math.round(row.reindexCpuMs)})` },
  { title: 'total ms', value: (row) => Math.round(row.totalMs) },
  { title: 'total CPU ms', value: (row) => Math.round(row.totalCpuMs) },
  { title: `< ${APPLY_TARGET_MS} ms`, value: (row) => (row.targetMet ? 'yes' : 'NO') },
  { title: 'load at start ms', value: (row) => Math.round(row.loadInstalledMs) },
];

/** 500 changes spread over the catalogue: 90 % updated, 5 % added, 5 % withdrawn. */
export function changeEntries(entries: readonly CatalogueEntry[], changed: number): CatalogueEntry[] {
  const withdrawn = Math.floor(changed * 0.05);
  const added = Math.floor(changed * 0.05);
  const step = Math.floor(entries.length / (changed - added));
  const next = entries.map((entry, index) => {
    if (index % step !== 0 || index / step >= changed - added) return entry;
    return index / step < withdrawn ? undefined : { ...entry, summary: { ...entry.summary, en: `${entry.summary.en.slice(0, 300)} Revised.` } };
  });
  const fresh = generateCatalogue(added, 7).map((entry, index) => ({ ...entry, id: `added-in-version-2-${index}` as EntryId }));
  return [...next.filter((entry): entry is CatalogueEntry => entry !== undefined), ...fresh];
}

export async function runFeedApplyBenchmark(options: { sizes: number[]; progress: (message: string) => void }): Promise<FeedApplyRow[]> {
  const count = Math.max(...options.sizes);
  const changed = 500;
  const folder = await mkdtemp(join(tmpdir(), 'bench-feed-apply-'));
  try {
    const dataFolder = join(folder, 'data');
    const { trust, deltaBytes } = await publishAndInstall(folder, dataFolder, count, changed, options.progress);
    // The publisher's data (every version's entries and bytes) is not the client's: freed before
    // measuring, so the garbage collector works on about what the app holds.
    collectGarbage();

    options.progress('feedApply: loading the installed catalogue as at start-up');
    const marks: [SyncProgress, number, number][] = [];
    const cpuNow = () => {
      const used = process.cpuUsage();
      return (used.user + used.system) / 1000;
    };
    let started = performance.now();
    const client = await openSyncClient({ dataFolder, trust, appVersion: '0.1.0', onProgress: (event) => marks.push([event, performance.now(), cpuNow()]) });
    const loadInstalledMs = performance.now() - started;
    const installedEngine = createSearchEngine(client.current()!.entries, { today: todayIso() });

    options.progress('feedApply: applying');
    // An update arrives while the app idles (checks run every few hours), not mid-start-up: start-up's
    // garbage is collected first, as the idle app's collector would have.
    collectGarbage();
    const cpu = process.cpuUsage();
    const startedCpu = cpuNow();
    started = performance.now();
    const outcome = await client.update(createFolderFeedSource(join(folder, 'feed'), 'feed'));
    const applied = performance.now();
    const appliedCpu = cpuNow();
    if (outcome.status !== 'applied') throw new Error(`applying version 2 failed: ${JSON.stringify(outcome)}`);
    const engine = createSearchEngine(client.current()!.entries, { today: todayIso(), previous: installedEngine });
    // The engine builds its vocabulary at the first typed word: counted here, as part of re-indexing.
    engine.search({ text: 'a', limit: 1 });
    const finished = performance.now();
    const used = process.cpuUsage(cpu);
    if (engine.size < count * 0.9) throw new Error(`the re-indexed engine holds only ${engine.size} entries`);

    const applyingMark = marks.find(([event]) => event.stage === 'applying');
    const applyingAt = applyingMark?.[1] ?? started;
    const applyingCpu = applyingMark?.[2] ?? startedCpu;
    const checkAndReadMs = applyingAt - started;
    const totalMs = finished - started;
    return [
      {
        entries: count,
        changed,
        deltaBytes,
        checkAndReadMs,
        applyAndSwitchMs: applied - applyingAt,
        reindexMs: finished - applied,
        checkAndReadCpuMs: applyingCpu - startedCpu,
        applyAndSwitchCpuMs: appliedCpu - applyingCpu,
        reindexCpuMs: cpuNow() - appliedCpu,
        totalMs,
        totalCpuMs: (used.user + used.system) / 1000,
        targetMet: totalMs < APPLY_TARGET_MS,
        loadInstalledMs,
      },
    ];
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** Publishes `count` entries, installs them in `dataFolder`, then publishes a `changed`-entry update. */
async function publishAndInstall(folder: string, dataFolder: string, count: number, changed: number, progress: (message: string) => void): Promise<{ trust: TrustAnchor; deltaBytes: number }> {
  progress(`feedApply: publishing ${count} entries and installing them`);
  const feed = await createMemoryFeed('bench-apply');
  const entries = generateCatalogue(count, 1);
  await feed.publish(entries);
  await writeFeedFolder(feed, join(folder, 'feed'));
  const installer = await openSyncClient({ dataFolder, trust: trustOf(feed), appVersion: '0.1.0' });
  const first = await installer.update(createFolderFeedSource(join(folder, 'feed'), 'feed'));
  if (first.status !== 'applied') throw new Error(`installing version 1 failed: ${JSON.stringify(first)}`);

  progress(`feedApply: publishing a ${changed}-entry change`);
  const manifest = await feed.publish(changeEntries(entries, changed));
  await writeFeedFolder(feed, join(folder, 'feed'));
  const deltaBytes = manifest.files.find((file) => file.role === 'delta' && file.fromVersion === 1)?.length ?? 0;
  return { trust: trustOf(feed), deltaBytes };
}

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { formatTable } = await import('../table');
  const rows = await runFeedApplyBenchmark({ sizes: [50_000], progress: (message) => console.error(`… ${message}`) });
  console.log(formatTable(rows, FEED_APPLY_COLUMNS));
}
