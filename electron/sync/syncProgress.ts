// What a sync reports while it runs, for the status line and progress bar. A discriminated union:
// the renderer switches on `stage`.
import type { ChangeList } from '../../shared/feed/format';
import type { SyncFailure } from './syncError';

export type SyncProgress =
  | { stage: 'checking'; source: string }
  | { stage: 'downloading'; what: 'delta' | 'snapshot'; bytesDone: number; bytesTotal: number }
  | { stage: 'applying'; version: number }
  | { stage: 'applied'; version: number; changes: ChangeList }
  | { stage: 'up-to-date'; version: number }
  | { stage: 'failed'; failure: SyncFailure };

export type SyncStage = SyncProgress['stage'];
