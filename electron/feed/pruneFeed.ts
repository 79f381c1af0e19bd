// `kb prune`: remove the objects no client or publisher needs any more. Kept: every object the
// current manifest names (its snapshot and deltas) and the snapshot of each version in the
// publish history (the next publish computes its direct deltas from them).
import { readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { objectName, OBJECTS_FOLDER } from '../../shared/feed/format';
import { readHistory, readLatestVersion } from './feedFolder';

export type PruneReport = { ok: true; removed: string[]; kept: number; bytesFreed: number } | { ok: false; message: string };

const OBJECT_FILE = /^[0-9a-f]{64}\.json$/;
// Leftovers of an interrupted durable write (electron/store/durableFile.ts names them .<name>.<pid>.<random>.tmp).
const TEMPORARY_FILE = /^\..+\.tmp$/;

export async function pruneFeed(options: { feedFolder: string; dryRun?: boolean }): Promise<PruneReport> {
  const latest = await readLatestVersion(options.feedFolder);
  if (!latest.ok) return latest;
  if (!latest.value) return { ok: false, message: `${options.feedFolder}: no manifest.json; nothing to prune against` };
  const history = await readHistory(options.feedFolder);
  if (!history.ok) return history;

  const needed = new Set(latest.value.manifest.files.map((file) => file.name));
  for (const record of history.value?.versions ?? []) needed.add(objectName(record.snapshot));

  let names: string[];
  try {
    names = await readdir(join(options.feedFolder, OBJECTS_FOLDER));
  } catch {
    return { ok: false, message: `${options.feedFolder}: no ${OBJECTS_FOLDER} folder` };
  }
  const removed: string[] = [];
  let bytesFreed = 0;
  let kept = 0;
  for (const name of names.sort()) {
    const relative = `${OBJECTS_FOLDER}/${name}`;
    if (!OBJECT_FILE.test(name) && !TEMPORARY_FILE.test(name)) continue; // not ours: leave it alone
    if (needed.has(relative)) {
      kept += 1;
      continue;
    }
    const path = join(options.feedFolder, OBJECTS_FOLDER, name);
    bytesFreed += (await stat(path)).size;
    if (!options.dryRun) await unlink(path);
    removed.push(relative);
  }
  return { ok: true, removed, kept, bytesFreed };
}
