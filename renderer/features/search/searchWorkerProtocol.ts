// Messages between the page and the search worker. Every search carries a request id; the page
// paints only the answer to its latest request, so a slow answer to an old keystroke is dropped.
import type { CatalogueEntry, IsoDate } from '../../../shared/catalogue/entry';
import type { SearchQuery, SearchResult } from '../../../shared/search/types';

export type ToSearchWorker =
  | { type: 'load'; entries: CatalogueEntry[]; today: IsoDate }
  | { type: 'search'; requestId: number; query: SearchQuery };

export type FromSearchWorker =
  | { type: 'ready'; size: number; buildMilliseconds: number }
  | { type: 'results'; requestId: number; result: SearchResult; searchMilliseconds: number }
  | { type: 'failed'; requestId?: number; message: string };
