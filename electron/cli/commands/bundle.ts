import { parseArgs } from 'node:util';
import { bundleFeed } from '../../feed/bundleFeed';
import { parseCommandArguments } from '../parseCommandArguments';

const USAGE = 'usage: kb bundle <feed-dir> --out <file>';

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommandArguments(USAGE, () => parseArgs({ args, options: { out: { type: 'string' } }, allowPositionals: true }));
  if (!parsed) return 2;
  const [feedFolder, ...extra] = parsed.positionals;
  if (!feedFolder || extra.length > 0 || !parsed.values.out) {
    console.error(`kb bundle: give one feed folder and --out\n${USAGE}`);
    return 2;
  }
  const report = await bundleFeed({ feedFolder, outFile: parsed.values.out });
  if (!report.ok) {
    console.error(`kb bundle: ${report.message}`);
    return 1;
  }
  console.log(`wrote ${parsed.values.out}: ${report.manifest.feedId} version ${report.manifest.version}, issued ${report.manifest.issuedAt}, expires ${report.manifest.expiresAt}, ${report.bytes} bytes`);
  return 0;
}
