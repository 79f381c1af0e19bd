// Read-only data the page's search worker fetches itself (a worker has no IPC bridge): the same
// paths under the browser host's origin and under app://desk/ in the Electron shell.
export const CATALOGUE_DATA_PATHS = {
  /** The catalogue snapshot as the `catalogue:snapshot` channel answers it: a JSON Result. */
  snapshot: '/data/catalogue.json',
  /** The search index built for that snapshot and today's date (shared/search/indexSnapshot.ts). */
  searchIndex: '/data/search-index.bin',
} as const;

/** Sent with the search index: the ETag of the snapshot it was built from, so a mismatch is seen. */
export const SNAPSHOT_ETAG_HEADER = 'X-Catalogue-ETag';
