// The sync client: one pipeline for every source (web feed, bundled folder, USB bundle).
//
//   read manifest (If-None-Match) → verify signature chain, feed, version, expiry, clock
//   → the delta from the version in use when the publisher kept one, else the snapshot
//   → download into staging, check length and hash → apply → rebuild the snapshot bytes and check
//     them against the signed snapshot hash → validate → confirm a large withdrawal with staff
//   → install: one atomic switch (../store/catalogueStore.ts)
//
// Nothing changes in the catalogue in use until the switch; a refusal leaves it as it was.
import type { Glossary } from '../../shared/catalogue/glossary';
//
// A web feed and a local source (USB bundle, folder) may run at the same time, one of each: a slow
// feed never holds up a bundle staff are importing. Everything before the switch runs side by side;
// the switch itself is taken one at a time, and only by a version newer than the one in use at that
// moment, so whichever of the two is newer ends in use, installed once; the older is "up to date".
import { catalogueSchema } from '../../shared/catalogue/catalogue';
import type { CatalogueEntry } from '../../shared/catalogue/entry';
import { diffEntries } from '../../shared/feed/delta';
import type { ChangeList, FeedId, FeedFile, Manifest } from '../../shared/feed/format';
import { deltaFileFrom, snapshotFileOf, verifyDeltaObject, verifySnapshotObject } from '../../shared/feed/objects';
import { describeIssues } from '../../shared/feed/parseJson';
import type { TrustAnchor } from '../../shared/feed/trustAnchor';
import { verifyManifest, type ManifestCheck } from '../../shared/feed/verify';
import { sha256Hex, type CatalogueStore, type InstalledFiles, type InstalledInfo, type InstalledVersion } from '../store/catalogueStore';
import type { FeedSource, FeedVersionFiles, SourceKind } from './feedSource';
import { fromFeedError, SyncError, toSyncFailure, type SyncFailure } from './syncError';
import type { SyncProgress } from './syncProgress';
import type { SyncStateFile } from './syncStateFile';
import { findEntrySpans, mergeDelta, type EntrySpan } from './snapshotSpans';

/** Withdrawing more than this share of the entries in use needs staff to confirm. */
export const LARGE_WITHDRAWAL_SHARE = 0.25;

export type ConfirmQuestion =
  /**
   * Before any update goes in: what it is (version, date, signer, source) and what it changes. Staff
   * applying one by hand see it first; a run nobody watches (the scheduler, a kiosk) says yes.
   */
  | { kind: 'preview'; version: number; issuedAt: string; feedId: string; signer: string; source: 'feed' | 'bundle' | 'bundled'; added: number; updated: number; withdrawn: number; total: number; largeWithdrawal: boolean }
  | { kind: 'large-withdrawal'; version: number; withdrawn: number; total: number }
  /** A bundle past its expiry but newer than the catalogue in use: applied only if staff say so, then labelled "as of". */
  | { kind: 'expired-bundle'; version: number; issuedAt: string; expiresAt: string };

export interface InstalledCatalogue {
  info: InstalledInfo;
  entries: CatalogueEntry[];
  manifest: Manifest;
  /** The verified snapshot bytes and where each entry lies in them: the base the next delta is rebuilt on. */
  snapshotBytes: Uint8Array;
  spans: EntrySpan[] | undefined;
  /** Synonyms and Hindi names, from the same verified snapshot. */
  glossary: Glossary | undefined;
}

export type SyncOutcome =
  | { status: 'applied'; info: InstalledInfo }
  | { status: 'up-to-date'; info: InstalledInfo | undefined }
  | { status: 'refused'; failure: SyncFailure };

export interface SyncClientOptions {
  store: CatalogueStore;
  state: SyncStateFile;
  trust: TrustAnchor;
  appVersion: string;
  now?: () => Date;
  /** Staff's answer to a question about an update from `source`; without one every question is answered no, but the preview yes. */
  confirm?: (question: ConfirmQuestion, source: SourceKind) => Promise<boolean>;
  /** Kiosks accept no bundles. */
  acceptBundles?: boolean;
  onProgress?: (progress: SyncProgress) => void;
}

/** A new version, complete and checked against its signed snapshot hash, not yet switched to. */
interface BuiltCatalogue {
  /** The version in use it was built on (its changes count from there). */
  base: number | undefined;
  entries: CatalogueEntry[];
  entriesToValidate: CatalogueEntry[];
  snapshotBytes: Uint8Array;
  spans: EntrySpan[] | undefined;
  changes: ChangeList;
  glossary: Glossary | undefined;
}

export interface SyncClient {
  /** The catalogue in use, verified when it was loaded; undefined before the first install. */
  current(): InstalledCatalogue | undefined;
  /** What loading found, if the user should be told (the previous version was used, or nothing could be trusted). */
  readonly loadNotice: string | undefined;
  state(): ReturnType<SyncStateFile['get']>;
  update(source: FeedSource): Promise<SyncOutcome>;
}

export async function createSyncClient(options: SyncClientOptions): Promise<SyncClient> {
  const now = options.now ?? (() => new Date());
  const emit = (progress: SyncProgress) => options.onProgress?.(progress);
  /** One run per lane: the network (a feed) and this computer (a bundle, a folder). */
  const running = new Set<'network' | 'local'>();
  /** The switch, one run at a time. */
  let switching: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(step: () => Promise<T>): Promise<T> => {
    const next = switching.then(step);
    switching = next.catch(() => undefined);
    return next;
  };

  const loaded = await loadInstalled(options.store, options.trust, options.appVersion, now());
  let current = loaded.catalogue;

  const run = async (source: FeedSource): Promise<SyncOutcome> => {
    emit({ stage: 'checking', source: source.label });
    if (source.kind === 'bundle' && options.acceptBundles === false) {
      throw new SyncError('bundles-not-accepted', 'this computer is set up as a kiosk and accepts no update bundles');
    }
    const cache = options.state.get().manifestCache;
    const ifNoneMatch = current && source.kind === 'feed' && cache?.feedUrl === source.label ? cache.etag : undefined;
    const read = await source.readVersion(ifNoneMatch ? { ifNoneMatch } : {});
    if (read.status === 'not-modified') {
      // The manifest in use is still the feed's latest; unless it has expired (a feed frozen on an old version).
      if (current && Date.parse(current.manifest.expiresAt) <= now().getTime()) {
        throw new SyncError('manifest-expired', `the feed still offers version ${current.manifest.version}, which expired at ${current.manifest.expiresAt}; the publisher has not renewed it`);
      }
      return upToDate();
    }

    const verdict = await verifyVersion(read.files, source);
    if (verdict.status === 'up-to-date') {
      if (source.kind === 'feed' && read.files.etag) await options.state.update({ manifestCache: { feedUrl: source.label, etag: read.files.etag } });
      return upToDate();
    }
    const { manifest, asOf } = verdict;

    const built = await buildCatalogue(source, manifest);
    return oneAtATime(() => install(source, read.files, manifest, asOf, built));
  };

  const install = async (source: FeedSource, readFiles: FeedVersionFiles, manifest: Manifest, asOf: string | undefined, built: BuiltCatalogue): Promise<SyncOutcome> => {
    // The other lane may have switched meanwhile: only a newer version goes in, and the changes are
    // counted from what is in use now.
    if (current && manifest.version <= current.info.version) return upToDate();
    if (current && built.base !== current.info.version) built = { ...built, changes: diffEntries(current.entries, built.entries).changes };
    emit({ stage: 'applying', version: manifest.version });
    const valid = catalogueSchema.safeParse({ entries: built.entriesToValidate });
    if (!valid.success) throw new SyncError('catalogue-invalid', `version ${manifest.version} is not a valid catalogue: ${describeIssues(valid.error)}`);

    const preview = {
      kind: 'preview',
      version: manifest.version,
      issuedAt: manifest.issuedAt,
      feedId: manifest.feedId,
      signer: manifest.keyId,
      source: source.kind,
      added: built.changes.added.length,
      updated: built.changes.updated.length,
      withdrawn: built.changes.withdrawn.length,
      total: built.entries.length,
      largeWithdrawal: current !== undefined && built.changes.withdrawn.length > current.entries.length * LARGE_WITHDRAWAL_SHARE,
    } as const;
    if (!(await (options.confirm ? options.confirm(preview, source.kind) : Promise.resolve(true)))) {
      throw new SyncError('preview-not-confirmed', `version ${manifest.version} was not applied: staff did not confirm it after its preview`);
    }

    if (current && built.changes.withdrawn.length > current.entries.length * LARGE_WITHDRAWAL_SHARE) {
      const question = { kind: 'large-withdrawal', version: manifest.version, withdrawn: built.changes.withdrawn.length, total: current.entries.length } as const;
      if (!(await ask(question, source.kind))) {
        throw new SyncError('withdrawal-not-confirmed', `version ${manifest.version} would withdraw ${question.withdrawn} of the ${question.total} entries in use; it was not applied because staff did not confirm`);
      }
    }

    const info: InstalledInfo = {
      feedId: manifest.feedId,
      version: manifest.version,
      issuedAt: manifest.issuedAt,
      expiresAt: manifest.expiresAt,
      ...(asOf ? { asOf } : {}),
      installedAt: now().toISOString(),
      source: source.kind,
      sourceLabel: source.label,
      changes: built.changes,
      entryCount: built.entries.length,
    };
    const files: InstalledFiles = { snapshot: built.snapshotBytes, manifest: readFiles.manifest, manifestSignature: readFiles.manifestSignature, keys: readFiles.keys, keysSignature: readFiles.keysSignature };
    try {
      // The snapshot's bytes were just checked against the signed manifest's hash.
      await options.store.install(info, files, { snapshot: snapshotFileOf(manifest).sha256 });
    } catch (error) {
      throw new SyncError('storage-failed', `the new catalogue could not be saved: ${error instanceof Error ? error.message : String(error)}`);
    }
    current = { info, entries: built.entries, manifest, snapshotBytes: built.snapshotBytes, spans: built.spans, glossary: built.glossary };
    const etag = source.kind === 'feed' ? readFiles.etag : undefined;
    await options.state.update({ manifestCache: etag ? { feedUrl: source.label, etag } : undefined, lastSuccessAt: now().toISOString(), lastCheckedAt: now().toISOString(), lastFailure: undefined });
    emit({ stage: 'applied', version: manifest.version, changes: built.changes });
    return { status: 'applied', info };
  };

  const upToDate = async (): Promise<SyncOutcome> => {
    await options.state.update({ lastCheckedAt: now().toISOString(), lastFailure: undefined });
    if (current) emit({ stage: 'up-to-date', version: current.info.version });
    return { status: 'up-to-date', info: current?.info };
  };

  const ask = async (question: ConfirmQuestion, sourceKind: SourceKind) => (options.confirm ? options.confirm(question, sourceKind) : false);

  const verifyVersion = async (files: FeedVersionFiles, source: FeedSource): Promise<{ status: 'up-to-date' } | { status: 'newer'; manifest: Manifest; asOf?: string }> => {
    const check: ManifestCheck = {
      rootPublicKey: options.trust.rootPublicKey,
      keysBytes: files.keys,
      keysSignature: files.keysSignature,
      manifestBytes: files.manifest,
      manifestSignature: files.manifestSignature,
      expectedFeedId: options.trust.feedId,
      currentVersion: current?.info.version,
      now: now(),
      appVersion: options.appVersion,
      // The app's own bundled catalogue is better than none however old it is; it is labelled "as of".
      acceptExpired: source.kind === 'bundled',
    };
    let verdict = await verifyManifest(check);
    if (!verdict.ok && verdict.error.code === 'manifest-expired' && verdict.expiredManifest && source.kind === 'bundle') {
      const expired = verdict.expiredManifest;
      if (!(await ask({ kind: 'expired-bundle', version: expired.version, issuedAt: expired.issuedAt, expiresAt: expired.expiresAt }, source.kind))) {
        throw new SyncError('expired-bundle-not-confirmed', `the bundle's version ${expired.version} expired at ${expired.expiresAt}; it was not applied because staff did not confirm`);
      }
      verdict = await verifyManifest({ ...check, acceptExpired: true });
    }
    if (!verdict.ok) throw fromFeedError(verdict.error);
    if (verdict.status === 'up-to-date') return { status: 'up-to-date' };
    return { status: 'newer', manifest: verdict.manifest, ...(verdict.asOf ? { asOf: verdict.asOf } : {}) };
  };

  const download = async (source: FeedSource, file: FeedFile, what: 'delta' | 'snapshot') => {
    emit({ stage: 'downloading', what, bytesDone: 0, bytesTotal: file.length });
    return source.readObject(file, options.store.stagingFolder, (bytesDone) => emit({ stage: 'downloading', what, bytesDone, bytesTotal: file.length }));
  };

  /**
   * The new catalogue and its snapshot bytes. By delta when the publisher kept one from the version in
   * use: the unchanged entries were validated when that version was installed, and the rebuilt bytes
   * must hash to the signed snapshot, so only the upserts need validating. Otherwise the snapshot.
   */
  const buildCatalogue = async (source: FeedSource, manifest: Manifest): Promise<BuiltCatalogue> => {
    const snapshotFile = snapshotFileOf(manifest);
    // The version in use when the run began: the other lane may switch while this one downloads.
    const base = current;
    const deltaFile = base ? deltaFileFrom(manifest, base.info.version) : undefined;
    // A bundle holds only the snapshot: the delta its manifest lists is not there to read.
    if (base && deltaFile && source.holdsObject?.(deltaFile) !== false) {
      const deltaBytes = await download(source, deltaFile, 'delta');
      const delta = await verifyDeltaObject(deltaBytes, manifest, base.info.version);
      if (!delta.ok) throw fromFeedError(delta.error);
      const merged = mergeDelta({ entries: base.entries, bytes: base.snapshotBytes, spans: base.spans, glossary: base.glossary }, delta.value, { feedId: manifest.feedId, version: manifest.version });
      // The rebuilt snapshot must be, byte for byte, the one the publisher signed; otherwise fetch that.
      if (merged.bytes.length === snapshotFile.length && sha256Hex(merged.bytes) === snapshotFile.sha256) {
        return { base: base.info.version, entries: merged.entries, entriesToValidate: delta.value.upserts, snapshotBytes: merged.bytes, spans: merged.spans, changes: merged.changes, glossary: merged.glossary };
      }
    }
    const snapshotBytes = await download(source, snapshotFile, 'snapshot');
    const snapshot = await verifySnapshotObject(snapshotBytes, manifest);
    if (!snapshot.ok) throw fromFeedError(snapshot.error);
    const entries = snapshot.value.entries;
    const changes = base ? diffEntries(base.entries, entries).changes : { added: entries.map((entry) => entry.id), updated: [], withdrawn: [] };
    return { base: base?.info.version, entries, entriesToValidate: entries, snapshotBytes, spans: spansOf(snapshotBytes, entries.length), changes, glossary: snapshot.value.glossary };
  };

  return {
    current: () => current,
    loadNotice: loaded.notice,
    state: () => options.state.get(),
    async update(source) {
      const lane = source.kind === 'feed' ? 'network' : 'local';
      if (running.has(lane)) return { status: 'refused', failure: { code: 'sync-in-progress', message: `an update from ${lane === 'network' ? 'the feed' : 'this computer'} is already running` } };
      running.add(lane);
      try {
        return await run(source);
      } catch (error) {
        const failure = toSyncFailure(error);
        await options.state.update({ lastCheckedAt: now().toISOString(), lastFailure: { ...failure, at: now().toISOString() } }).catch(() => undefined);
        emit({ stage: 'failed', failure });
        return { status: 'refused', failure };
      } finally {
        running.delete(lane);
      }
    },
  };
}

/**
 * The installed version, checked again as if it had just arrived (signature chain against the pinned
 * root key, snapshot hash, schema): nothing is trusted because it is already on disk.
 */
async function loadInstalled(store: CatalogueStore, trust: TrustAnchor, appVersion: string, now: Date): Promise<{ catalogue?: InstalledCatalogue; notice?: string }> {
  const read = await store.read();
  if (read.state === 'empty') return {};
  if (read.state === 'damaged') return { notice: `The installed catalogue could not be used: ${read.reason}` };
  const checked = await verifyInstalled(read.installed, trust, appVersion, now);
  if (!checked.ok) return { notice: `The installed catalogue could not be used: ${checked.message}` };
  return { catalogue: checked.catalogue, ...(read.state === 'recovered' ? { notice: read.reason } : {}) };
}

export async function verifyInstalled(installed: InstalledVersion, trust: TrustAnchor, appVersion: string, now: Date): Promise<{ ok: true; catalogue: InstalledCatalogue } | { ok: false; message: string }> {
  const { files, info } = installed;
  const verdict = await verifyManifest({
    rootPublicKey: trust.rootPublicKey,
    keysBytes: files.keys,
    keysSignature: files.keysSignature,
    manifestBytes: files.manifest,
    manifestSignature: files.manifestSignature,
    expectedFeedId: trust.feedId as FeedId,
    currentVersion: undefined,
    now,
    appVersion,
    acceptExpired: true,
  });
  if (!verdict.ok) return { ok: false, message: verdict.error.message };
  if (verdict.manifest.version !== info.version) return { ok: false, message: `install.json names version ${info.version} but the stored manifest is version ${verdict.manifest.version}` };
  const snapshot = await verifySnapshotObject(files.snapshot, verdict.manifest);
  if (!snapshot.ok) return { ok: false, message: snapshot.error.message };
  const entries = snapshot.value.entries;
  return { ok: true, catalogue: { info, entries, manifest: verdict.manifest, snapshotBytes: files.snapshot, spans: spansOf(files.snapshot, entries.length), glossary: snapshot.value.glossary } };
}

function spansOf(bytes: Uint8Array, count: number): EntrySpan[] | undefined {
  const spans = findEntrySpans(bytes);
  return spans?.length === count ? spans : undefined;
}
