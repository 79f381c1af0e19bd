import { parseArgs } from 'node:util';
import { feedIdSchema, timestampSchema } from '../../../shared/feed/format';
import { addFeedKey } from '../../feed/addFeedKey';
import { generateFeedKeys } from '../../feed/generateKeys';
import { parseCommandArguments } from '../parseCommandArguments';

const USAGE = [
  'usage: kb keygen --out <dir> [--feed-id <id>] [--feed-key-days <days>]            a new root key, feed key and keys.json',
  '       kb keygen --out <dir> --root <root.key> --keys <dir> [--feed-key-days <days>]  one more feed key for an existing feed (rotation)',
].join('\n');

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommandArguments(USAGE, () =>
    parseArgs({ args, options: { out: { type: 'string' }, 'feed-id': { type: 'string' }, 'feed-key-days': { type: 'string' }, root: { type: 'string' }, keys: { type: 'string' } }, allowPositionals: false }),
  );
  if (!parsed) return 2;
  const { out, 'feed-id': feedIdText = 'dttc-catalogue', 'feed-key-days': feedKeyDays, root, keys } = parsed.values;
  if (!out) return usage('--out is required');
  if ((root === undefined) !== (keys === undefined)) return usage('--root and --keys go together');
  if (root && parsed.values['feed-id'] !== undefined) return usage('--feed-id is taken from --keys when adding a feed key');
  const feedId = feedIdSchema.safeParse(feedIdText);
  if (!feedId.success) return usage(`--feed-id ${feedIdText}: ${feedId.error.issues[0]?.message}`);
  let feedKeyExpiresAt: string | undefined;
  if (feedKeyDays !== undefined) {
    const days = Number(feedKeyDays);
    if (!Number.isInteger(days) || days < 1 || days > 36_500) return usage('--feed-key-days must be a whole number of days from 1 to 36500');
    feedKeyExpiresAt = timestampSchema.parse(new Date(Date.now() + days * 86_400_000).toISOString());
  }
  if (root && keys) {
    const added = await addFeedKey({ rootKeyPath: root, keysFolder: keys, outFolder: out, feedKeyExpiresAt });
    if (!added.ok) {
      console.error(`kb keygen: ${added.message}`);
      return 1;
    }
    console.log(`new feed key ${added.feedKeyId}; keys.json now lists ${added.listed.join(', ')}`);
    for (const file of added.files) console.log(`  wrote ${file}`);
    console.log(`Publish with the new key and list: kb publish <folder> --key ${added.files[0]} --keys ${out} --feed <feed-dir>`);
    return 0;
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
