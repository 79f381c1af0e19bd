// Messages between the page and the search worker. Every search carries a request id; the page
// paints only the answer to its latest request, so a slow answer to an old keystroke is dropped.
import type { CatalogueEntry, IsoDate } from '../../../shared/catalogue/entry';
import type { SearchQuery, SearchResult } from '../../../shared/search/types';

export type ToSearchWorker =
  /** Fetch the catalogue and its prebuilt index from the host's data paths (again: 304 when unchanged). */
  | { type: 'open'; snapshotUrl: string; indexUrl: string; today: IsoDate }
  /** The page's own copy of the catalogue, when the host serves no data paths. */
  | { type: 'load'; entries: CatalogueEntry[]; today: IsoDate }
  | { type: 'search'; requestId: number; query: SearchQuery }
  /** Where the worker also writes each answer, for the page to take within the keystroke (answerBoard.ts). */
  | { type: 'board'; board: SharedArrayBuffer }
  /** A new visitor (the kiosk's idle reset): drop every kept answer and the last query. */
  | { type: 'forget' };

export type FromSearchWorker =
  | { type: 'ready'; size: number; buildMilliseconds: number; loadMilliseconds: number; prebuilt: boolean }
  /** Every entry's texts are in (after 'ready', the index's texts may still be downloading): any hit shows at once. */
  | { type: 'complete' }
  /** The engine has run the warm-up queries (searchWarmUp.ts): from now on every search is warm. */
  | { type: 'warm'; milliseconds: number }
  /** The data paths could not be read: the page sends its own copy ('load') instead. */
  | { type: 'open-failed'; message: string }
  | { type: 'results'; requestId: number; result: SearchResult; searchMilliseconds: number }
  /** The answer is on the shared board (answerBoard.ts): sent instead of a copy, so it is serialised once. */
  | { type: 'results-on-board'; requestId: number; searchMilliseconds: number }
  /** The answer to a query not asked yet, but likely next (nextKeyAnswers.ts), as UTF-8 JSON. */
  | { type: 'foreseen'; queryKey: string; answer: Uint8Array }
  | { type: 'failed'; requestId?: number; message: string };
