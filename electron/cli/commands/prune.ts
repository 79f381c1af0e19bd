import { parseArgs } from 'node:util';
import { pruneFeed } from '../../feed/pruneFeed';
import { parseCommandArguments } from '../parseCommandArguments';

const USAGE = 'usage: kb prune <feed-dir> [--dry-run]';

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommandArguments(USAGE, () => parseArgs({ args, options: { 'dry-run': { type: 'boolean', default: false } }, allowPositionals: true }));
  if (!parsed) return 2;
  const [feedFolder, ...extra] = parsed.positionals;
  if (!feedFolder || extra.length > 0) {
    console.error(`kb prune: give one feed folder\n${USAGE}`);
    return 2;
  }
  const dryRun = parsed.values['dry-run'];
  const report = await pruneFeed({ feedFolder, dryRun });
  if (!report.ok) {
    console.error(`kb prune: ${report.message}`);
    return 1;
  }
  for (const name of report.removed) console.log(`${dryRun ? 'would remove' : 'removed'} ${name}`);
  console.log(`${dryRun ? 'would remove' : 'removed'} ${report.removed.length} object${report.removed.length === 1 ? '' : 's'} (${report.bytesFreed} bytes); kept ${report.kept}`);
  return 0;
}
