// The zero-result search log in the user-data folder (reports/search-misses.json), desk only: the
// normalised query text and a count per calendar day, nothing else (see
// shared/reports/searchMisses.ts). Kept with lowdb over the durable adapter the settings use
// (temp file → fsync → rename → fsync folder, the last good copy as .bak), so a crash or power cut
// leaves the old log or the new one, never half of one. A search miss is rare (one per query that
// stayed settled with nothing found), so rewriting the small file each time costs little.
import { Low } from 'lowdb';
import { readFile, readdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { isoDateSchema } from '../../shared/catalogue/entry';
import { addDays } from '../../shared/reports/reportPeriods';
import { MAX_MISS_QUERY_CHARACTERS, missesWithout, missQueryToKeep, normaliseMissQuery, searchMissesBetween, type SearchMissDays, type SearchMissRow } from '../../shared/reports/searchMisses';
import { backupPathOf, isErrorCode, removeLeftoverTemporaryFiles, writeFileDurably } from '../store/durableFile';
import { DurableJsonAdapter } from '../store/durableJsonAdapter';
import { makePrivateFolder } from '../store/privateFolder';

export const SEARCH_MISS_FILE = join('reports', 'search-misses.json');

/** Days older than this are dropped at the next write: the catalogue team reads recent gaps. */
export const SEARCH_MISS_KEPT_DAYS = 2 * 366;
/** Distinct queries kept per day; past it a new query is not kept (a stuck key cannot fill the disk). */
export const MAX_QUERIES_PER_DAY = 1_000;

const fileSchema = z.object({
  format: z.literal(1),
  days: z.record(isoDateSchema, z.record(z.string().max(MAX_MISS_QUERY_CHARACTERS), z.number().int().min(1))),
});
type SearchMissFile = z.infer<typeof fileSchema>;

export interface SearchMissLog {
  /** Keeps the query (normalised) under `day`, unless it is empty or looks like personal data. */
  record(text: string, day: string): Promise<{ recorded: boolean }>;
  between(from: string, to: string, limit?: number): SearchMissRow[];
  /**
   * Removes every query holding one of a person's values (their name typed into the search box
   * by mistake) from the log, its last good copy and any damaged copy set aside; durable before it
   * resolves. The enquiry journal calls it at each erasure (DPDP Act 2023 ss. 6(4), 8(7), 12).
   */
  forget(values: readonly string[]): Promise<{ removed: number }>;
}

export async function openSearchMissLog(userDataFolder: string): Promise<SearchMissLog> {
  const path = join(userDataFolder, SEARCH_MISS_FILE);
  await makePrivateFolder(join(userDataFolder, 'reports'));
  await removeLeftoverTemporaryFiles(path);
  const adapter = new DurableJsonAdapter<SearchMissFile>(path, fileSchema);
  const database = new Low<SearchMissFile>(adapter, { format: 1, days: {} });
  try {
    await database.read();
  } catch {
    // Neither the file nor its last good copy could be read; the damaged file is set aside by the
    // adapter. The log is statistics only: start again rather than stop the desk.
    database.data = { format: 1, days: {} };
  }
  let writing: Promise<unknown> = Promise.resolve();

  return {
    record(text, day) {
      const query = missQueryToKeep(text);
      if (query === undefined) return Promise.resolve({ recorded: false });
      const next = writing.catch(() => undefined).then(async () => {
        const days: SearchMissDays = database.data.days;
        const counts = (days[day] ??= {});
        if (counts[query] === undefined && Object.keys(counts).length >= MAX_QUERIES_PER_DAY) return { recorded: false };
        counts[query] = (counts[query] ?? 0) + 1;
        const oldest = addDays(day, -SEARCH_MISS_KEPT_DAYS);
        for (const kept of Object.keys(days)) if (kept < oldest) delete days[kept];
        await database.write();
        return { recorded: true };
      });
      writing = next;
      return next;
    },
    between: (from, to, limit) => searchMissesBetween(database.data.days, from, to, limit),
    forget(values) {
      const next = writing.catch(() => undefined).then(async () => {
        const { days, removed } = missesWithout(database.data.days, values);
        const forms = storedForms(values);
        const backupHolds = await holdsAny(backupPathOf(path), forms);
        if (removed > 0 || backupHolds) {
          const text = JSON.stringify({ format: 1, days } satisfies SearchMissFile, null, 1);
          // The last good copy first, then the log itself (not keeping the old one as the copy):
          // killed in between, the log still holds the query and the erasure, not yet said done, is asked again.
          await writeFileDurably(backupPathOf(path), text);
          await writeFileDurably(path, text);
          database.data = { format: 1, days };
        }
        await scrubDamagedCopies(path, forms);
        return { removed };
      });
      writing = next;
      return next;
    },
  };
}

/** The values as the log would hold them: normalised, and JSON-escaped as the file writes them. */
function storedForms(values: readonly string[]): string[] {
  const normalised = values.map(normaliseMissQuery).filter((value) => value !== '');
  return [...new Set(normalised.flatMap((value) => [value, JSON.stringify(value).slice(1, -1)]))].sort((a, b) => b.length - a.length);
}

async function holdsAny(file: string, forms: readonly string[]): Promise<boolean> {
  try {
    const text = await readFile(file, 'utf8');
    return forms.some((form) => text.includes(form));
  } catch (error) {
    if (isErrorCode(error, 'ENOENT')) return false;
    throw error;
  }
}

/** A copy set aside because it could not be read (`<log>.damaged-<time>`) is not JSON to parse: its bytes are scrubbed. */
async function scrubDamagedCopies(path: string, forms: readonly string[]): Promise<void> {
  const folder = dirname(path);
  const prefix = `${basename(path)}.damaged-`;
  for (const name of (await readdir(folder)).filter((entry) => entry.startsWith(prefix))) {
    const copy = join(folder, name);
    const text = await readFile(copy, 'utf8');
    let scrubbed = text;
    for (const form of forms) scrubbed = scrubbed.split(form).join('[erased]');
    if (scrubbed !== text) await writeFileDurably(copy, scrubbed);
  }
}
