import { parseArgs } from 'node:util';
import { appVersionSchema, DEFAULT_EXPIRES_DAYS } from '../../../shared/feed/format';
import { publishFeed } from '../../feed/publishFeed';
import { formatProblem } from '../formatProblem';
import { parseCommandArguments } from '../parseCommandArguments';

const USAGE =
  'usage: kb publish <spreadsheet-folder> --key <feed private key> --feed <feed-dir> [--keys <dir with keys.json(.sig)>] ' +
  `[--expires-days <days, default ${DEFAULT_EXPIRES_DAYS}>] [--min-app-version <x.y.z>] [--refresh]`;

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommandArguments(USAGE, () =>
    parseArgs({
      args,
      options: {
        key: { type: 'string' },
        feed: { type: 'string' },
        keys: { type: 'string' },
        'expires-days': { type: 'string' },
        'min-app-version': { type: 'string' },
        refresh: { type: 'boolean', default: false },
      },
      allowPositionals: true,
    }),
  );
  if (!parsed) return 2;
  const [folder, ...extra] = parsed.positionals;
  const { key, feed, keys, 'expires-days': expiresText, 'min-app-version': minAppVersion, refresh } = parsed.values;
  if (!folder || extra.length > 0) return usage('give exactly one spreadsheet folder');
  if (!key || !feed) return usage('--key and --feed are required');
  const expiresDays = expiresText === undefined ? undefined : Number(expiresText);
  if (expiresDays !== undefined && (!Number.isInteger(expiresDays) || expiresDays < 1 || expiresDays > 3650)) return usage('--expires-days must be a whole number of days from 1 to 3650');
  if (minAppVersion !== undefined && !appVersionSchema.safeParse(minAppVersion).success) return usage('--min-app-version must look like 1.2.3');

  const report = await publishFeed({ spreadsheetFolder: folder, privateKeyPath: key, feedFolder: feed, keysFolder: keys, expiresDays, minAppVersion, refresh });
  if ('notices' in report) for (const notice of report.notices) console.error(`note: ${notice}`);
  switch (report.status) {
    case 'invalid':
      for (const problem of report.problems) console.error(formatProblem(problem));
      console.error(`${report.problems.length} problem${report.problems.length === 1 ? '' : 's'}; nothing published.`);
      return 1;
    case 'refused':
      console.error(`kb publish: ${report.message}`);
      return 1;
    case 'unchanged':
      console.log(`no change: ${feed} already holds this catalogue as version ${report.manifest.version}; nothing written (use --refresh to renew its expiry)`);
      return 0;
    case 'published': {
      const { manifest } = report;
      const { added, updated, withdrawn } = manifest.changes;
      console.log(`published ${manifest.feedId} version ${manifest.version} (expires ${manifest.expiresAt})`);
      console.log(`  ${added.length} added, ${updated.length} updated, ${withdrawn.length} withdrawn`);
      for (const [label, ids] of [['added', added], ['updated', updated], ['withdrawn', withdrawn]] as const) {
        if (ids.length > 0) console.log(`  ${label}: ${ids.slice(0, 20).join(', ')}${ids.length > 20 ? `, … (${ids.length - 20} more)` : ''}`);
      }
      console.log(`  entries: ${Object.entries(manifest.counts).map(([kind, count]) => `${count} ${kind}`).join(', ')}`);
      console.log(`  snapshot ${formatBytes(report.snapshotBytes)}; deltas: ${report.deltaBytes.map((delta) => `from ${delta.fromVersion} ${formatBytes(delta.bytes)}`).join(', ') || 'none'}`);
      return 0;
    }
  }
}

function formatBytes(bytes: number): string {
  return bytes < 10_240 ? `${bytes} B` : bytes < 10_485_760 ? `${(bytes / 1024).toFixed(1)} KiB` : `${(bytes / 1_048_576).toFixed(1)} MiB`;
}

function usage(problem: string): number {
  console.error(`kb publish: ${problem}\n${USAGE}`);
  return 2;
}
