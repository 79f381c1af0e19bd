// The desk's view of catalogue updates: the sync status polled from the host (every 500 ms while a
// check or import runs, every 5 s otherwise, so Automatic updates and File → Import update… show
// too), Check now, Import update from a file (input or drop), the confirmation question of a
// two-step run, and a catalogue reload (and so a search re-index) whenever a new version is in use.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { SyncQuestion, SyncRunOutcome, SyncStatusView } from '../../../shared/sync/channels';
import { pageRefusalOfHostError, type PageRefusalCode } from '../../../shared/sync/pageRefusalCodes';
import { MAX_BUNDLE_BYTES } from '../../../shared/sync/syncLimits';
import { useApi } from '../../api/ApiContext';
import { useCatalogue } from '../../app/CatalogueContext';
import { bytesToBase64 } from './bytesToBase64';
import './sync.css';

const BUSY_POLL_MS = 500;
const IDLE_POLL_MS = 5_000;

/** What the last action staff took came to, for the Updates page to announce. */
export type SyncNotice =
  | { kind: 'outcome'; outcome: Exclude<SyncRunOutcome, { status: 'needs-confirmation' }> }
  /** Refused before the sync service saw it: by the page, or by a host that did not run the call. */
  | { kind: 'refused-here'; code: PageRefusalCode; detail?: string }
  /** Check now with no feed address: advice, not a failure (nothing was tried). */
  | { kind: 'no-feed-address' };

type Confirmation = { kind: SyncQuestion['kind']; version: number };
/** The refusal each unanswered question stands for (its words and next step in the sync messages). */
const REFUSED_WHEN_NOT_CONFIRMED = { preview: 'preview-not-confirmed', 'large-withdrawal': 'withdrawal-not-confirmed', 'expired-bundle': 'expired-bundle-not-confirmed' } as const;

type HostError = { hostError: { code: string; message: string } };
type SyncAction = (confirm?: Confirmation) => Promise<SyncRunOutcome | HostError>;
type Pending = { question: SyncQuestion; action: SyncAction };

interface SyncDesk {
  /** undefined until the first answer, null where the host offers no updates (kiosk, --catalogue). */
  status: SyncStatusView | null | undefined;
  running: boolean;
  notice: SyncNotice | undefined;
  question: SyncQuestion | undefined;
  checkNow(): void;
  importFile(file: File): void;
  answer(apply: boolean): void;
  refresh(): void;
}

const SyncContext = createContext<SyncDesk | null>(null);

export function SyncProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const { catalogue, reload } = useCatalogue();
  const [status, setStatus] = useState<SyncStatusView | null | undefined>(undefined);
  const [running, setRunning] = useState(false);
  const [notice, setNotice] = useState<SyncNotice | undefined>(undefined);
  const [pending, setPending] = useState<Pending | undefined>(undefined);
  const [tick, setTick] = useState(0);

  const poll = useCallback(async () => {
    const result = await api['sync:status'](undefined);
    setStatus(result.ok ? result.value : null);
  }, [api]);

  useEffect(() => {
    const busy = running || status?.busy === true;
    const first = setTimeout(() => void poll(), 0);
    const timer = setInterval(() => void poll(), busy ? BUSY_POLL_MS : IDLE_POLL_MS);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [poll, running, status?.busy, tick]);

  // A new version in use (by Check now, an import, Automatic mode or the Electron menu): read the
  // catalogue again, which rebuilds the search worker's index.
  const installedVersion = status?.installed?.version;
  const shownVersion = catalogue.status === 'ready' ? catalogue.info.version : undefined;
  const reloadedFor = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (installedVersion === undefined || shownVersion === undefined || installedVersion === shownVersion) return;
    if (reloadedFor.current === installedVersion) return;
    reloadedFor.current = installedVersion;
    reload();
  }, [installedVersion, shownVersion, reload]);

  const runAction = useCallback(
    async (action: SyncAction, confirm?: Confirmation) => {
      setRunning(true);
      setNotice(undefined);
      try {
        const outcome = await action(confirm);
        if ('hostError' in outcome) setNotice({ kind: 'refused-here', code: pageRefusalOfHostError(outcome.hostError.code), detail: outcome.hostError.message });
        else if (outcome.status === 'needs-confirmation') setPending({ question: outcome.question, action });
        else setNotice({ kind: 'outcome', outcome });
      } finally {
        setRunning(false);
        setTick((count) => count + 1);
      }
    },
    [],
  );

  const feedUrlSet = status ? status.feedUrl !== undefined && status.feedUrl !== '' : true;
  const checkNow = useCallback(() => {
    if (!feedUrlSet) {
      setNotice({ kind: 'no-feed-address' });
      return;
    }
    void runAction(async (confirm) => {
      const result = await api['sync:check'](confirm ? { confirm } : undefined);
      return result.ok ? result.value : { hostError: result.error };
    });
  }, [api, runAction, feedUrlSet]);

  const importFile = useCallback(
    (file: File) => {
      if (file.size > MAX_BUNDLE_BYTES || file.size === 0) {
        setNotice({ kind: 'refused-here', code: file.size === 0 ? 'file-empty' : 'file-too-large' });
        return;
      }
      void (async () => {
        let base64: string;
        try {
          base64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
        } catch {
          setNotice({ kind: 'refused-here', code: 'file-unreadable' });
          return;
        }
        await runAction(async (confirm) => {
          const result = await api['sync:importBundle']({ base64, fileName: file.name.slice(0, 300), ...(confirm ? { confirm } : {}) });
          return result.ok ? result.value : { hostError: result.error };
        });
      })();
    },
    [api, runAction],
  );

  const answer = useCallback(
    (apply: boolean) => {
      const current = pending;
      setPending(undefined);
      if (!current) return;
      if (apply) void runAction(current.action, { kind: current.question.kind, version: current.question.version });
      else setNotice({ kind: 'outcome', outcome: { status: 'refused', code: REFUSED_WHEN_NOT_CONFIRMED[current.question.kind], message: '' } });
    },
    [pending, runAction],
  );

  const refresh = useCallback(() => setTick((count) => count + 1), []);

  const value = useMemo<SyncDesk>(
    () => ({ status, running, notice, question: pending?.question, checkNow, importFile, answer, refresh }),
    [status, running, notice, pending, checkNow, importFile, answer, refresh],
  );
  return <SyncContext.Provider value={value}>{children}</SyncContext.Provider>;
}

export function useSync(): SyncDesk {
  const value = useContext(SyncContext);
  if (!value) throw new Error('useSync() outside <SyncProvider>');
  return value;
}
