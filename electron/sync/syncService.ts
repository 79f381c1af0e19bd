// What the shell (Electron main, or the browser host) holds for the whole app run: the installed
// catalogue, the sync client, the scheduler and the status the renderer shows. At start-up the
// bundled signed feed (resources/feed) is installed through the same verification as any update
// when nothing is installed yet, or when the app ships a newer version than the one in use.
//
// The shell wires: `catalogue()` to catalogue:snapshot, `status()`/`whatsNew()` to the sync screen,
// `checkNow()` to "Check for updates", `importUpdate(path)` to File → Import update… and drag and
// drop, `setMode`/`setFeedUrl` to the staff settings, `online()` to its network events, and
// `onProgress` to push progress to the renderer.
import type { CatalogueSnapshot } from '../../shared/ipc/contract';
import type { ChangeList } from '../../shared/feed/format';
import type { TrustAnchor } from '../../shared/feed/trustAnchor';
import type { InstalledInfo } from '../store/catalogueStore';
import type { FeedSource, SourceKind } from './feedSource';
import { createFolderFeedSource } from './folderFeedSource';
import { createHttpFeedSource } from './httpFeedSource';
import { HttpTransport, type HttpTransportOptions } from './httpTransport';
import { openSyncClient } from './openSyncClient';
import type { ConfirmQuestion, SyncClient, SyncOutcome } from './syncClient';
import type { SyncErrorCode } from './syncError';
import type { SyncProgress } from './syncProgress';
import { createSyncScheduler, type SchedulerClock, type SyncMode } from './syncScheduler';
import { sourceFor } from './sourceFor';

export interface SyncServiceOptions {
  dataFolder: string;
  /** resources/feed: the signed feed published from the bundled spreadsheet. */
  bundledFeedFolder: string;
  trust: TrustAnchor;
  appVersion: string;
  mode: SyncMode;
  feedUrl?: string;
  /** False on kiosks. */
  acceptBundles: boolean;
  confirm?: (question: ConfirmQuestion, source: SourceKind) => Promise<boolean>;
  /** In Electron: `{ fetch: net.fetch }`, so the system proxy applies. */
  transport?: HttpTransportOptions;
  clock?: SchedulerClock;
  isOnline?: () => boolean;
  now?: () => Date;
}

export interface SyncStatus {
  mode: SyncMode;
  feedUrl: string | undefined;
  acceptsBundles: boolean;
  /** The latest progress event of the running or last sync. */
  progress: SyncProgress | undefined;
  installed: Omit<InstalledInfo, 'changes'> | undefined;
  lastCheckedAt?: string;
  lastSuccessAt?: string;
  lastFailure?: { code: SyncErrorCode; message: string; at: string };
}

export interface WhatsNew {
  version: number;
  installedAt: string;
  changes: ChangeList;
}

export interface SyncService {
  catalogue(): CatalogueSnapshot | undefined;
  status(): SyncStatus;
  whatsNew(): WhatsNew | undefined;
  checkNow(): Promise<SyncOutcome>;
  /** A bundle file or a feed folder chosen by staff (File → Import update…, drag and drop). */
  importUpdate(path: string): Promise<SyncOutcome>;
  setMode(mode: SyncMode): void;
  setFeedUrl(url: string | undefined): void;
  online(): void;
  onProgress(listener: (progress: SyncProgress) => void): () => void;
  stop(): void;
}

export async function openSyncService(options: SyncServiceOptions): Promise<{ service: SyncService; notices: string[] }> {
  const listeners = new Set<(progress: SyncProgress) => void>();
  let progress: SyncProgress | undefined;
  let feedUrl = options.feedUrl;
  const client: SyncClient = await openSyncClient({
    dataFolder: options.dataFolder,
    trust: options.trust,
    appVersion: options.appVersion,
    acceptBundles: options.acceptBundles,
    ...(options.confirm ? { confirm: options.confirm } : {}),
    ...(options.now ? { now: options.now } : {}),
    onProgress: (event) => {
      progress = event;
      for (const listener of listeners) listener(event);
    },
  });
  const notices = client.loadNotice ? [client.loadNotice] : [];
  const bundled = await client.update(createFolderFeedSource(options.bundledFeedFolder, 'bundled'));
  // The version in use being newer than the bundled one is the normal case after any update.
  if (bundled.status === 'refused' && bundled.failure.code !== 'manifest-rollback') {
    notices.push(`The bundled catalogue could not be installed (${bundled.failure.code}): ${bundled.failure.message}`);
  }
  progress = undefined;

  const transport = () => new HttpTransport(options.transport);
  const refusedDisabled = (message: string): SyncOutcome => ({ status: 'refused', failure: { code: 'sync-disabled', message } });
  const check = async (): Promise<SyncOutcome> => {
    if (scheduler.mode() === 'none') return refusedDisabled('updates are switched off (None)');
    if (!feedUrl) return refusedDisabled('no feed address is set');
    let source: FeedSource;
    try {
      source = createHttpFeedSource(feedUrl, transport());
    } catch (error) {
      return { status: 'refused', failure: { code: 'invalid-feed-url', message: error instanceof Error ? error.message : String(error) } };
    }
    return client.update(source);
  };
  const scheduler = createSyncScheduler({ mode: options.mode, check, ...(options.clock ? { clock: options.clock } : {}), ...(options.isOnline ? { isOnline: options.isOnline } : {}) });
  scheduler.start();

  const service: SyncService = {
    catalogue() {
      const current = client.current();
      if (!current) return undefined;
      const { feedId, version, issuedAt, asOf } = current.info;
      return { info: { feedId, version, issuedAt, ...(asOf ? { asOf } : {}), entryCount: current.entries.length }, entries: current.entries, ...(current.glossary ? { glossary: current.glossary } : {}) };
    },
    status() {
      const state = client.state();
      const current = client.current();
      const installed = current ? (({ changes: _changes, ...rest }) => rest)(current.info) : undefined;
      return {
        mode: scheduler.mode(),
        feedUrl,
        acceptsBundles: options.acceptBundles,
        progress,
        installed,
        ...(state.lastCheckedAt ? { lastCheckedAt: state.lastCheckedAt } : {}),
        ...(state.lastSuccessAt ? { lastSuccessAt: state.lastSuccessAt } : {}),
        ...(state.lastFailure ? { lastFailure: state.lastFailure } : {}),
      };
    },
    whatsNew() {
      const current = client.current();
      return current ? { version: current.info.version, installedAt: current.info.installedAt, changes: current.info.changes } : undefined;
    },
    checkNow: check,
    async importUpdate(path) {
      if (!options.acceptBundles) return { status: 'refused', failure: { code: 'bundles-not-accepted', message: 'this computer is set up as a kiosk and accepts no update bundles' } };
      return client.update(await sourceFor(path, transport));
    },
    setMode: (mode) => scheduler.setMode(mode),
    setFeedUrl(url) {
      feedUrl = url;
    },
    online: () => scheduler.online(),
    onProgress(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop: () => scheduler.stop(),
  };
  return { service, notices };
}

