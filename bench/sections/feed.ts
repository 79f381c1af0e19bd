// Benchmark section "feed": publish time and feed size for a 50,000-entry catalogue, then a
// 500-entry change (450 updated, 25 added, 25 withdrawn) published as version 2: its delta's size
// against the snapshot (target < 5 %), and how long a client takes to verify and apply it (the
// switch and re-index are measured by the sync client's own section).
// Run alone: `npx tsx bench/sections/feed.ts`.
import { mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { CatalogueEntry } from '../../shared/catalogue/entry';
import { catalogueEntrySchema } from '../../shared/catalogue/entry';
import { applyDelta } from '../../shared/feed/delta';
import { feedIdSchema, objectName, type Manifest } from '../../shared/feed/format';
import { signKeyList } from '../../shared/feed/keyList';
import { deltaFileFrom, snapshotFileOf, verifyDeltaObject, verifySnapshotObject } from '../../shared/feed/objects';
import { publishVersion, type PublishOutcome } from '../../shared/feed/publishVersion';
import { generateKeyPair } from '../../shared/feed/signing';
import { verifyManifest } from '../../shared/feed/verify';
import { writeFeedFile } from '../../electron/feed/writeFeedFile';
import { generateCatalogue } from '../catalogueGenerator';
import type { Column } from '../table';

export const ENTRY_COUNT = 50_000;
export const CHANGED_COUNT = 500;
export const DELTA_TARGET_PERCENT = 5;

/** Wall-clock and CPU time (user + system) of this process: on a busy machine the CPU figure is the steadier one. */
export interface Timing {
  wallMs: number;
  cpuMs: number;
}

function stopwatch(): () => Timing {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  return () => {
    const used = process.cpuUsage(cpu);
    return { wallMs: performance.now() - wall, cpuMs: (used.user + used.system) / 1000 };
  };
}

export interface FeedBenchmark {
  entries: number;
  publishFirst: Timing;
  validate: Timing;
  feedBytes: number;
  snapshotBytes: number;
  snapshotGzipBytes: number;
  manifestBytes: number;
  publishSecond: Timing;
  changedEntries: number;
  deltaBytes: number;
  deltaPercentOfSnapshot: number;
  deltaTargetMet: boolean;
  verifyManifest: Timing;
  verifyDeltaAndApply: Timing;
  verifySnapshot: Timing;
}

export async function runFeedBenchmark(count = ENTRY_COUNT, changed = CHANGED_COUNT, seed = 1): Promise<FeedBenchmark> {
  const folder = await mkdtemp(join(tmpdir(), 'bench-feed-'));
  try {
    const root = await generateKeyPair();
    const feedKey = await generateKeyPair();
    const signed = (await signKeyList(feedIdSchema.parse('bench-feed'), [{ publicKey: feedKey.publicKey }], root.privateKey))!;
    const entries = generateCatalogue(count, seed);

    // What `kb publish` does after reading the CSV files: validate, diff, serialise, hash, sign, write durably.
    const publishFirstWatch = stopwatch();
    let watch = stopwatch();
    const validated = entries.map((entry) => catalogueEntrySchema.parse(entry));
    const validate = watch();
    const first = await publishVersion({ keyList: signed.keyList, feedPrivateKey: feedKey.privateKey, entries: validated, now: new Date(), minAppVersion: '0.1.0' });
    const firstManifest = await write(folder, first);
    const publishFirst = publishFirstWatch();
    const feedBytes = await folderBytes(folder);
    const snapshotBytes = snapshotFileOf(firstManifest).length;
    const snapshotGzipBytes = gzipSync(await readObject(folder, snapshotFileOf(firstManifest).name)).length;

    const next = changeEntries(validated, changed, seed);
    watch = stopwatch();
    const second = await publishVersion({
      keyList: signed.keyList,
      feedPrivateKey: feedKey.privateKey,
      entries: next,
      previous: { manifest: firstManifest, snapshots: new Map([[1, first.ok && first.status === 'published' ? first.snapshotEntries : []]]) },
      now: new Date(),
      minAppVersion: '0.1.0',
    });
    const secondManifest = await write(folder, second);
    const publishSecond = watch();
    const deltaFile = deltaFileFrom(secondManifest, 1)!;

    // The client's side for this version: verify the manifest, then the delta or the snapshot.
    const manifestBytes = second.ok && second.status === 'published' ? second.manifestBytes : new Uint8Array();
    watch = stopwatch();
    const verdict = await verifyManifest({
      rootPublicKey: root.publicKey,
      keysBytes: signed.keysBytes,
      keysSignature: signed.keysSignature,
      manifestBytes,
      manifestSignature: second.ok && second.status === 'published' ? second.manifestSignature : new Uint8Array(),
      expectedFeedId: signed.keyList.feedId,
      currentVersion: 1,
      now: new Date(),
      appVersion: '0.1.0',
    });
    const verifyManifestTiming = watch();
    if (!verdict.ok) throw new Error(verdict.error.message);
    const deltaBytesOnDisk = await readObject(folder, deltaFile.name);
    watch = stopwatch();
    const delta = await verifyDeltaObject(deltaBytesOnDisk, verdict.manifest, 1);
    if (!delta.ok) throw new Error(delta.error.message);
    const applied = applyDelta(first.ok && first.status === 'published' ? first.snapshotEntries : [], delta.value);
    const verifyDeltaAndApply = watch();
    if (applied.length !== (second.ok && second.status === 'published' ? second.snapshotEntries.length : -1)) throw new Error('the delta did not reproduce the new snapshot');
    const snapshotOnDisk = await readObject(folder, snapshotFileOf(secondManifest).name);
    watch = stopwatch();
    const snapshot = await verifySnapshotObject(snapshotOnDisk, verdict.manifest);
    const verifySnapshot = watch();
    if (!snapshot.ok) throw new Error(snapshot.error.message);

    const deltaPercentOfSnapshot = (100 * deltaFile.length) / snapshotFileOf(secondManifest).length;
    return {
      entries: count,
      publishFirst,
      validate,
      feedBytes,
      snapshotBytes,
      snapshotGzipBytes,
      manifestBytes: manifestBytes.length,
      publishSecond,
      changedEntries: changed,
      deltaBytes: deltaFile.length,
      deltaPercentOfSnapshot,
      deltaTargetMet: deltaPercentOfSnapshot < DELTA_TARGET_PERCENT,
      verifyManifest: verifyManifestTiming,
      verifyDeltaAndApply,
      verifySnapshot,
    };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** 90 % of the changes are edits (a new summary), 5 % new entries, 5 % withdrawals. */
function changeEntries(entries: readonly CatalogueEntry[], changed: number, seed: number): CatalogueEntry[] {
  const next = [...entries];
  const step = Math.floor(entries.length / changed);
  const added = Math.floor(changed * 0.05);
  const withdrawn = Math.floor(changed * 0.05);
  for (let index = 0; index < changed - added; index += 1) {
    const position = index * step;
    const entry = next[position]!;
    next[position] = index < withdrawn ? { ...entry, status: 'withdrawn' } : { ...entry, summary: { ...entry.summary, en: `${entry.summary.en.slice(0, 300)} Revised terms.` }, updated: entry.updated };
  }
  next.push(...generateCatalogue(added, seed + 1));
  return next;
}

async function write(folder: string, outcome: PublishOutcome): Promise<Manifest> {
  if (!outcome.ok) throw new Error(outcome.message);
  if (outcome.status !== 'published') throw new Error('nothing changed');
  await mkdir(join(folder, 'objects'), { recursive: true });
  for (const object of outcome.objects) await writeFeedFile(join(folder, objectName(object.sha256)), object.bytes);
  await writeFeedFile(join(folder, 'manifest.json.sig'), outcome.manifestSignature);
  await writeFeedFile(join(folder, 'manifest.json'), outcome.manifestBytes);
  return outcome.manifest;
}

async function readObject(folder: string, name: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(join(folder, name)));
}

async function folderBytes(folder: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}

export function formatFeedBenchmark(result: FeedBenchmark): string[] {
  const mib = (bytes: number) => `${(bytes / 1_048_576).toFixed(2)} MiB`;
  const ms = (timing: Timing) => `${timing.wallMs.toFixed(0)} ms (${timing.cpuMs.toFixed(0)} ms CPU)`;
  return [
    `feed: publish ${result.entries} entries: ${ms(result.publishFirst)}, of which validation ${ms(result.validate)}`,
    `feed: feed size ${mib(result.feedBytes)} (snapshot ${mib(result.snapshotBytes)}, ${mib(result.snapshotGzipBytes)} gzipped; manifest ${(result.manifestBytes / 1024).toFixed(1)} KiB for v2)`,
    `feed: publish v2 with ${result.changedEntries} changed entries: ${ms(result.publishSecond)}`,
    `feed: delta for ${result.changedEntries} changes: ${(result.deltaBytes / 1024).toFixed(1)} KiB = ${result.deltaPercentOfSnapshot.toFixed(2)} % of the snapshot (target < ${DELTA_TARGET_PERCENT} %: ${result.deltaTargetMet ? 'met' : 'MISSED'})`,
    `feed: client verify manifest ${ms(result.verifyManifest)}, verify + apply delta ${ms(result.verifyDeltaAndApply)}; verifying the full snapshot instead ${ms(result.verifySnapshot)}`,
  ];
}

export interface FeedPublishRow {
  entries: number;
  changed: number;
  publish_ms: number;
  publish_cpu_ms: number;
  feed_mb: number;
  snapshot_gzip_mb: number;
  publish_v2_ms: number;
  publish_v2_cpu_ms: number;
  delta_kb: number;
  delta_percent: number;
  target: string;
}

/** The runner's entry point (bench/run.ts): one row per catalogue size, 500 changes (a tenth of a smaller catalogue). */
export async function runFeedSection(options: { sizes: number[]; seed: number; progress: (message: string) => void }): Promise<FeedPublishRow[]> {
  const rows: FeedPublishRow[] = [];
  for (const size of options.sizes) {
    const changed = Math.min(CHANGED_COUNT, Math.max(1, Math.floor(size / 10)));
    options.progress(`feed: publishing ${size} entries, then ${changed} changes`);
    const result = await runFeedBenchmark(size, changed, options.seed);
    const round = (value: number, digits = 0) => Number(value.toFixed(digits));
    rows.push({
      entries: size,
      changed,
      publish_ms: round(result.publishFirst.wallMs),
      publish_cpu_ms: round(result.publishFirst.cpuMs),
      feed_mb: round(result.feedBytes / 1_048_576, 2),
      snapshot_gzip_mb: round(result.snapshotGzipBytes / 1_048_576, 2),
      publish_v2_ms: round(result.publishSecond.wallMs),
      publish_v2_cpu_ms: round(result.publishSecond.cpuMs),
      delta_kb: round(result.deltaBytes / 1024, 1),
      delta_percent: round(result.deltaPercentOfSnapshot, 2),
      // The target is stated for 500 changes in 50,000 entries; a tenth of a small catalogue is another question.
      target: size < ENTRY_COUNT || changed !== CHANGED_COUNT ? '—' : result.deltaTargetMet ? `< ${DELTA_TARGET_PERCENT} % met` : `< ${DELTA_TARGET_PERCENT} % MISSED`,
    });
  }
  return rows;
}

export const FEED_COLUMNS: Column<FeedPublishRow>[] = [
  { title: 'entries', value: (row) => row.entries },
  { title: 'changed', value: (row) => row.changed },
  { title: 'publish ms', value: (row) => row.publish_ms },
  { title: 'publish cpu', value: (row) => row.publish_cpu_ms },
  { title: 'feed MB', value: (row) => row.feed_mb },
  { title: 'snapshot gz MB', value: (row) => row.snapshot_gzip_mb },
  { title: 'v2 ms', value: (row) => row.publish_v2_ms },
  { title: 'v2 cpu', value: (row) => row.publish_v2_cpu_ms },
  { title: 'delta KB', value: (row) => row.delta_kb },
  { title: 'delta % of snapshot', value: (row) => row.delta_percent },
  { title: 'target', value: (row) => row.target },
];

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await runFeedBenchmark();
  for (const line of formatFeedBenchmark(result)) console.log(line);
}
