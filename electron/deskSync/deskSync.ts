// The sync service as the desk app's channels need it: staff settings kept on disk, one run at a
// time, the two-step confirmation (a run that would need staff's yes answers "needs-confirmation";
// the renderer asks and runs again naming the question it confirmed), the status as one state the
// renderer polls, and What's new with titles (withdrawn ones remembered from before the switch).
import { randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CatalogueEntry, LocalisedText } from '../../shared/catalogue/entry';
import type { SyncConfirmation, SyncQuestion, SyncRunOutcome, SyncSettingsArgument, SyncState, SyncStatusView, WhatsNewEntry, WhatsNewView } from '../../shared/sync/channels';
import type { SyncFailureCode } from '../../shared/sync/syncErrorCodes';
import type { TrustAnchor } from '../../shared/feed/trustAnchor';
import type { HttpTransportOptions } from '../sync/httpTransport';
import type { ConfirmQuestion, SyncOutcome } from '../sync/syncClient';
import type { SyncErrorCode } from '../sync/syncError';
import type { SyncProgress } from '../sync/syncProgress';
import type { SchedulerClock } from '../sync/syncScheduler';
import { openSyncService, type SyncService } from '../sync/syncService';
import { PRIVATE_FILE_MODE, PRIVATE_FOLDER_MODE } from '../store/privateFolder';
import { openSyncSettingsFile, type SyncSettings } from './syncSettingsFile';
import { entryFieldDiff } from '../../shared/sync/entryFieldDiff';
import { readChangedFields, writeChangedFields, type ChangedFields } from './changedFieldsFile';
import { readWithdrawnTitles, writeWithdrawnTitles, type WithdrawnTitles } from './withdrawnTitlesFile';

// Both lists name the same codes: adding one on either side without the other fails here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const codesAgree: Same<SyncErrorCode, SyncFailureCode> = true;
void codesAgree;

export interface DeskSyncOptions {
  dataFolder: string;
  bundledFeedFolder: string;
  trust: TrustAnchor;
  appVersion: string;
  /** False on kiosks: no bundles, and the sync channels are refused anyway. */
  acceptBundles: boolean;
  /** Start-up overrides (the host's --feed-url / --sync-mode): used for this run, not saved. */
  feedUrl?: string;
  mode?: SyncSettings['mode'];
  transport?: HttpTransportOptions;
  clock?: SchedulerClock;
  now?: () => Date;
}

export interface DeskSync {
  readonly service: SyncService;
  status(): SyncStatusView;
  check(confirm?: SyncConfirmation): Promise<SyncRunOutcome>;
  /** A bundle file (or feed folder) on this computer: the Electron menu's Import update… */
  importFile(path: string, confirm?: SyncConfirmation): Promise<SyncRunOutcome>;
  /** A bundle's bytes sent by the page (file input, drag and drop). */
  importBytes(bytes: Uint8Array, confirm?: SyncConfirmation): Promise<SyncRunOutcome>;
  updateSettings(patch: NonNullable<SyncSettingsArgument>): Promise<SyncStatusView>;
  whatsNew(): WhatsNewView | null;
  stop(): void;
}

export async function openDeskSync(options: DeskSyncOptions): Promise<{ sync: DeskSync; notices: string[] }> {
  const settingsFile = await openSyncSettingsFile(options.dataFolder);
  const saved = settingsFile.get();
  const feedUrl = options.feedUrl ?? saved.feedUrl;
  // Per lane: the feed's check and a file's import can each be waiting for their own answer.
  const confirmed: Record<Lane, SyncConfirmation | undefined> = { feed: undefined, file: undefined };
  const asked: Record<Lane, ConfirmQuestion | undefined> = { feed: undefined, file: undefined };
  /** The lanes whose current run staff started (Check now, an import): those show a preview. */
  const byHand = new Set<Lane>();
  const { service, notices } = await openSyncService({
    dataFolder: options.dataFolder,
    bundledFeedFolder: options.bundledFeedFolder,
    trust: options.trust,
    appVersion: options.appVersion,
    mode: options.mode ?? saved.mode,
    ...(feedUrl ? { feedUrl } : {}),
    acceptBundles: options.acceptBundles,
    // Yes only to the very question staff confirmed (same kind, same version); anything else is
    // remembered so the run can answer "needs-confirmation" with it.
    confirm: async (question, source) => {
      const lane: Lane = source === 'bundle' ? 'file' : 'feed';
      // A run nobody started by hand (the scheduler) applies without a preview, as before.
      if (question.kind === 'preview' && !byHand.has(lane)) return true;
      const answer = confirmed[lane];
      if (answer && answer.version === question.version) {
        if (answer.kind === question.kind) return true;
        // The preview is the last question of a run and shows the whole update (a large withdrawal
        // warned of in it; an expired bundle confirmed just before it): confirming it answers the
        // others of the same version when the run is repeated.
        if (answer.kind === 'preview') return true;
      }
      asked[lane] = question;
      return false;
    },
    ...(options.transport ? { transport: options.transport } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  if (settingsFile.notice) notices.push(settingsFile.notice);

  let activity: SyncState = { state: 'idle' };
  let runsUnderway = 0;
  let withdrawnTitles: WithdrawnTitles | undefined = await readWithdrawnTitles(options.dataFolder);
  let changedFields: ChangedFields | undefined = await readChangedFields(options.dataFolder);
  let entriesBefore: readonly CatalogueEntry[] | undefined;
  service.onProgress((progress) => {
    activity = stateOf(progress);
    // Every update (on demand, automatic, bundle) passes "applying" before the switch: the last
    // moment the withdrawn entries' titles can be read.
    if (progress.stage === 'applying') entriesBefore = service.catalogue()?.entries;
    if (progress.stage === 'applied') {
      const before = new Map<string, LocalisedText>((entriesBefore ?? []).map((entry) => [entry.id, entry.title]));
      const withdrawn = progress.changes.withdrawn.map((id) => ({ id, title: before.get(id) ?? { en: id } }));
      changedFields = { version: progress.version, entries: fieldChangesOf(entriesBefore ?? [], service.catalogue()?.entries ?? [], progress.changes.updated) };
      void writeChangedFields(options.dataFolder, changedFields).catch(() => undefined);
      entriesBefore = undefined;
      withdrawnTitles = { version: progress.version, withdrawn };
      void writeWithdrawnTitles(options.dataFolder, progress.version, withdrawn).catch(() => undefined);
    }
  });

  // Two lanes, each one run at a time: the feed's checks, and the files staff import. A slow feed
  // never holds up an import (the sync client lets one of each run, and switches to the newer).
  const queues: Record<Lane, Promise<unknown>> = { feed: Promise.resolve(), file: Promise.resolve() };
  const run = (lane: Lane, confirm: SyncConfirmation | undefined, update: () => Promise<SyncOutcome>): Promise<SyncRunOutcome> => {
    const next = queues[lane].then(async () => {
      confirmed[lane] = confirm;
      asked[lane] = undefined;
      byHand.add(lane);
      runsUnderway += 1;
      activity = { state: 'checking' };
      try {
        const outcome = await update();
        const answer = outcomeOf(outcome, asked[lane]);
        activity = answer.status === 'needs-confirmation' ? { state: 'idle' } : activityAfter(answer);
        return answer;
      } finally {
        confirmed[lane] = undefined;
        byHand.delete(lane);
        runsUnderway -= 1;
      }
    });
    queues[lane] = next.catch(() => undefined);
    return next;
  };

  const importFolder = join(options.dataFolder, 'imports');
  const sync: DeskSync = {
    service,
    status() {
      const status = service.status();
      const installed = status.installed;
      return {
        activity,
        busy: runsUnderway > 0,
        mode: status.mode,
        feedUrl: status.feedUrl,
        acceptsBundles: status.acceptsBundles,
        installed: installed
          ? { version: installed.version, issuedAt: installed.issuedAt, ...(installed.asOf ? { asOf: installed.asOf } : {}), installedAt: installed.installedAt, entryCount: installed.entryCount }
          : undefined,
        ...(status.lastSuccessAt ? { lastSuccessAt: status.lastSuccessAt } : {}),
        ...(status.lastCheckedAt ? { lastCheckedAt: status.lastCheckedAt } : {}),
      };
    },
    check: (confirm) => run('feed', confirm, () => service.checkNow()),
    importFile: (path, confirm) => run('file', confirm, () => service.importUpdate(path)),
    async importBytes(bytes, confirm) {
      await mkdir(importFolder, { recursive: true, mode: PRIVATE_FOLDER_MODE });
      const path = join(importFolder, `${randomUUID()}.bundle`);
      await writeFile(path, bytes, { mode: PRIVATE_FILE_MODE });
      try {
        return await sync.importFile(path, confirm);
      } finally {
        await rm(path, { force: true });
      }
    },
    async updateSettings(patch) {
      const current = service.status();
      const next: SyncSettings = { mode: patch.mode ?? current.mode };
      const url = patch.feedUrl === undefined ? current.feedUrl : (patch.feedUrl ?? undefined);
      if (url) next.feedUrl = url;
      await settingsFile.save(next);
      service.setFeedUrl(next.feedUrl);
      if (patch.mode && patch.mode !== current.mode) service.setMode(patch.mode);
      return sync.status();
    },
    whatsNew() {
      const news = service.whatsNew();
      const current = service.catalogue();
      if (!news || !current) return null;
      const titles = new Map<string, LocalisedText>(current.entries.map((entry) => [entry.id, entry.title]));
      const titled = (ids: string[]): WhatsNewEntry[] => ids.map((id) => ({ id, title: titles.get(id) ?? { en: id } }));
      const fields = changedFields?.version === news.version ? changedFields.entries : {};
      const withChanges = (entries: WhatsNewEntry[]): WhatsNewEntry[] => entries.map((entry) => (fields[entry.id] ? { ...entry, changes: fields[entry.id] } : entry));
      const withdrawn = withdrawnTitles?.version === news.version ? withdrawnTitles.withdrawn : news.changes.withdrawn.map((id) => ({ id, title: { en: id } }));
      return { version: news.version, installedAt: news.installedAt, added: titled(news.changes.added), updated: withChanges(titled(news.changes.updated)), withdrawn };
    },
    stop: () => service.stop(),
  };
  return { sync, notices };
}

/** The changed fields of each updated entry, from the catalogue before the switch and after it. */
/** The two lanes updates run in: the feed's checks, and the update files staff import. */
type Lane = 'feed' | 'file';

function fieldChangesOf(before: readonly CatalogueEntry[], after: readonly CatalogueEntry[], updatedIds: readonly string[]): ChangedFields['entries'] {
  const beforeById = new Map<string, CatalogueEntry>(before.map((entry) => [entry.id, entry]));
  const afterById = new Map<string, CatalogueEntry>(after.map((entry) => [entry.id, entry]));
  const changes: ChangedFields['entries'] = {};
  for (const id of updatedIds) {
    const was = beforeById.get(id);
    const now = afterById.get(id);
    if (was && now) changes[id] = entryFieldDiff(was, now);
  }
  return changes;
}

function stateOf(progress: SyncProgress): SyncState {
  switch (progress.stage) {
    case 'checking':
      return { state: 'checking' };
    case 'downloading':
      return { state: 'downloading', done: progress.bytesDone, total: progress.bytesTotal };
    case 'applying':
      return { state: 'applying' };
    case 'applied':
      return { state: 'applied', version: progress.version };
    case 'up-to-date':
      return { state: 'up-to-date' };
    case 'failed':
      return { state: 'failed', code: progress.failure.code, message: progress.failure.message, ...(progress.failure.figures ? { figures: progress.failure.figures } : {}) };
  }
}

function outcomeOf(outcome: SyncOutcome, asked: ConfirmQuestion | undefined): SyncRunOutcome {
  switch (outcome.status) {
    case 'applied': {
      const { changes, version, asOf } = outcome.info;
      return { status: 'applied', version, added: changes.added.length, updated: changes.updated.length, withdrawn: changes.withdrawn.length, ...(asOf ? { asOf } : {}) };
    }
    case 'up-to-date':
      return { status: 'up-to-date', version: outcome.info?.version };
    case 'refused': {
      const { code, message, figures } = outcome.failure;
      if (asked && (code === 'preview-not-confirmed' || code === 'withdrawal-not-confirmed' || code === 'expired-bundle-not-confirmed')) return { status: 'needs-confirmation', question: questionOf(asked) };
      return { status: 'refused', code, message, ...(figures ? { figures } : {}) };
    }
  }
}

function questionOf(question: ConfirmQuestion): SyncQuestion {
  return { ...question };
}

function activityAfter(outcome: Exclude<SyncRunOutcome, { status: 'needs-confirmation' }>): SyncState {
  switch (outcome.status) {
    case 'applied':
      return { state: 'applied', version: outcome.version };
    case 'up-to-date':
      return { state: 'up-to-date' };
    case 'refused':
      return { state: 'failed', code: outcome.code, message: outcome.message, ...(outcome.figures ? { figures: outcome.figures } : {}) };
  }
}
