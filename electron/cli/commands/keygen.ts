import { parseArgs } from 'node:util';
import { feedIdSchema, timestampSchema } from '../../../shared/feed/format';
import { generateFeedKeys } from '../../feed/generateKeys';
import { parseCommandArguments } from '../parseCommandArguments';

const USAGE = 'usage: kb keygen --out <dir> [--feed-id <id>] [--feed-key-days <days>]';

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommandArguments(USAGE, () =>
    parseArgs({ args, options: { out: { type: 'string' }, 'feed-id': { type: 'string', default: 'dttc-catalogue' }, 'feed-key-days': { type: 'string' } }, allowPositionals: false }),
  );
  if (!parsed) return 2;
  const { out, 'feed-id': feedIdText, 'feed-key-days': feedKeyDays } = parsed.values;
  if (!out) return usage('--out is required');
  const feedId = feedIdSchema.safeParse(feedIdText);
  if (!feedId.success) return usage(`--feed-id ${feedIdText}: ${feedId.error.issues[0]?.message}`);
  let feedKeyExpiresAt: string | undefined;
  if (feedKeyDays !== undefined) {
    const days = Number(feedKeyDays);
    if (!Number.isInteger(days) || days < 1 || days > 36_500) return usage('--feed-key-days must be a whole number of days from 1 to 36500');
    feedKeyExpiresAt = timestampSchema.parse(new Date(Date.now() + days * 86_400_000).toISOString());
  }
  const report = await generateFeedKeys({ outFolder: out, feedId: feedId.data, feedKeyExpiresAt });
  if (!report.ok) {
    console.error(`kb keygen: ${report.message}`);
    return 1;
  }
  console.log(`feed "${feedId.data}": root key ${report.rootKeyId}, feed key ${report.feedKeyId}${feedKeyExpiresAt ? ` (expires ${feedKeyExpiresAt})` : ''}`);
  for (const file of report.files) console.log(`  wrote ${file}`);
  console.log('Keep root.key offline and both .key files out of any repository. Pin trust.json (or DTTC_ROOT_PUBLIC_KEY) in the app.');
  return 0;
}

function usage(problem: string): number {
  console.error(`kb keygen: ${problem}\n${USAGE}`);
  return 2;
}
