// The search index for the catalogue in use, built once per catalogue version and day and kept on
// disk beside the user data, so neither a restart nor the renderer tokenises the catalogue again.
// A damaged or foreign cache file is rebuilt, never trusted: parseIndex checks it first.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { IsoDate } from '../../shared/catalogue/entry';
import type { CatalogueSnapshot } from '../../shared/ipc/contract';
import type { IndexBasis } from '../../shared/search/indexBasis';
import { buildPrebuiltIndexFrom, INDEX_FORMAT, parseIndex, serialiseIndex } from '../../shared/search/indexSnapshot';
import { serialisedSnapshot } from './serialisedSnapshot';
import { PRIVATE_FILE_MODE, PRIVATE_FOLDER_MODE } from '../store/privateFolder';

export interface SearchIndexFile {
  bytes: Uint8Array;
  etag: string;
  /** The ETag of the snapshot the index was built from. */
  snapshotEtag: string;
}

export interface SearchIndexCacheOptions {
  folder: string;
  today: () => IsoDate;
  log?: (message: string) => void;
}

export interface SearchIndexCache {
  indexFor(snapshot: CatalogueSnapshot): Promise<SearchIndexFile>;
}

const FILE_SUFFIX = '.index';

export function createSearchIndexCache(options: SearchIndexCacheOptions): SearchIndexCache {
  let latest: { key: string; file: Promise<SearchIndexFile> } | undefined;
  // The last build's term vectors: after an update, only the changed entries are tokenised again.
  let basis: IndexBasis | undefined;

  async function load(key: string, snapshot: CatalogueSnapshot, snapshotEtag: string, today: IsoDate): Promise<SearchIndexFile> {
    const path = join(options.folder, `${key}${FILE_SUFFIX}`);
    const stored = await readFile(path).catch(() => undefined);
    if (stored) {
      const parsed = parseIndex(stored);
      if (parsed.ok) return { bytes: stored, etag: `"${key}"`, snapshotEtag };
      options.log?.(`search index cache ${path}: ${parsed.message}; building it again`);
    }
    const started = performance.now();
    const built = buildPrebuiltIndexFrom(snapshot.entries, today, basis, snapshot.glossary?.groups ?? []);
    basis = built.basis;
    const bytes = serialiseIndex(built.prebuilt);
    options.log?.(`search index built for ${snapshot.entries.length} entries (${built.reused} unchanged) in ${Math.round(performance.now() - started)} ms`);
    await store(path, bytes).catch((error: unknown) => options.log?.(`search index cache not written (${error instanceof Error ? error.message : String(error)}): it is built again at the next start`));
    return { bytes, etag: `"${key}"`, snapshotEtag };
  }

  async function store(path: string, bytes: Uint8Array): Promise<void> {
    await mkdir(options.folder, { recursive: true, mode: PRIVATE_FOLDER_MODE });
    const temporary = `${path}.${process.pid}.tmp`;
    await writeFile(temporary, bytes, { mode: PRIVATE_FILE_MODE });
    await rename(temporary, path);
    // Only the latest index is worth keeping: older ones belong to replaced versions or past days.
    for (const name of await readdir(options.folder)) {
      if (join(options.folder, name) !== path && (name.endsWith(FILE_SUFFIX) || name.endsWith('.tmp'))) await rm(join(options.folder, name), { force: true });
    }
  }

  return {
    indexFor(snapshot) {
      const today = options.today();
      const snapshotEtag = serialisedSnapshot(snapshot).etag;
      const key = createHash('sha256').update(`${INDEX_FORMAT}|${today}|${snapshotEtag}`).digest('hex').slice(0, 32);
      if (latest?.key !== key) {
        const file = load(key, snapshot, snapshotEtag, today);
        latest = { key, file };
        // A failed build is not remembered: the next request tries again.
        file.catch(() => {
          if (latest?.file === file) latest = undefined;
        });
      }
      return latest.file;
    },
  };
}
