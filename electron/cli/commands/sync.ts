// `kb sync <feed-url | bundle-file | feed-folder> --data <user-data-dir> [--yes] [--trust <file>] [--kiosk]`:
// the app's sync client, headless. Without --trust it trusts what the app pins (../../feed/loadTrustAnchor.ts). Prints what changed; exits 1 with the reason when it refuses.
import { parseArgs } from 'node:util';
import { HttpTransport } from '../../sync/httpTransport';
import { fileURLToPath } from 'node:url';
import { loadTrustAnchor } from '../../feed/loadTrustAnchor';
import { loadTrustFile } from '../../sync/loadTrust';
import { openSyncClient } from '../../sync/openSyncClient';
import { sourceFor } from '../../sync/sourceFor';
import { makeFolderPrivate } from '../../store/privateFolder';
import type { ConfirmQuestion } from '../../sync/syncClient';
import type { SyncProgress } from '../../sync/syncProgress';
import packageJson from '../../../package.json' with { type: 'json' };

const USAGE = 'usage: kb sync <feed-url | bundle-file | feed-folder> --data <user-data-dir> [--yes] [--trust <trust.json>] [--kiosk] [--quiet]';

export async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { data: { type: 'string' }, yes: { type: 'boolean' }, trust: { type: 'string' }, kiosk: { type: 'boolean' }, quiet: { type: 'boolean' } },
    });
  } catch (error) {
    console.error(`kb sync: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const [location, ...extra] = parsed.positionals;
  const dataFolder = parsed.values.data;
  if (!location || extra.length > 0 || !dataFolder) {
    console.error(USAGE);
    return 2;
  }
  const trust = parsed.values.trust ? await loadTrustFile(parsed.values.trust) : await pinnedTrust();
  if (!trust.ok) {
    console.error(`kb sync: ${trust.message}`);
    return 2;
  }
  if (trust.isSample) console.error('note: verifying against the SAMPLE root key in resources/keys (not for production)');

  // The same owner-only folder the app keeps (../../store/privateFolder.ts), made so before writing to it.
  await makeFolderPrivate(dataFolder);
  const unanswered: ConfirmQuestion[] = [];
  const client = await openSyncClient({
    dataFolder,
    trust: trust.trust,
    appVersion: packageJson.version,
    acceptBundles: !parsed.values.kiosk,
    onProgress: parsed.values.quiet ? undefined : progressPrinter(),
    confirm: async (question) => {
      // The command prints what it applies; its preview needs no answer.
      if (question.kind === 'preview') return true;
      if (parsed.values.yes) {
        console.error(`note: ${describeQuestion(question)}: applied because of --yes`);
        return true;
      }
      unanswered.push(question);
      return false;
    },
  });
  if (client.loadNotice) console.error(`note: ${client.loadNotice}`);

  const outcome = await client.update(await sourceFor(location, () => new HttpTransport()));
  if (outcome.status === 'refused') {
    console.error(`kb sync: refused (${outcome.failure.code}): ${outcome.failure.message}`);
    for (const question of unanswered) console.error(`  ${describeQuestion(question)}: run again with --yes to apply it`);
    const current = client.current();
    console.error(current ? `The catalogue in use is unchanged: version ${current.info.version}.` : 'No catalogue is installed.');
    return 1;
  }
  const info = outcome.info;
  if (outcome.status === 'up-to-date') {
    console.log(info ? `up to date: feed ${info.feedId} version ${info.version} (issued ${info.issuedAt})` : 'up to date');
    return 0;
  }
  const { added, updated, withdrawn } = outcome.info.changes;
  console.log(`applied: feed ${outcome.info.feedId} version ${outcome.info.version} (issued ${outcome.info.issuedAt}${outcome.info.asOf ? `; expired, shown as of ${outcome.info.asOf}` : ''}), ${outcome.info.entryCount} entries`);
  console.log(`changes: ${added.length} added, ${updated.length} updated, ${withdrawn.length} withdrawn`);
  if (added.length) console.log(`added: ${added.join(' ')}`);
  if (updated.length) console.log(`updated: ${updated.join(' ')}`);
  if (withdrawn.length) console.log(`withdrawn: ${withdrawn.join(' ')}`);
  return 0;
}

/** The app's own pinned key (resources/keys/trust.json, or DTTC_ROOT_PUBLIC_KEY / DTTC_TRUST_FILE). */
async function pinnedTrust() {
  const loaded = await loadTrustAnchor(fileURLToPath(new URL('../../../resources', import.meta.url)));
  return loaded.ok ? { ok: true as const, trust: loaded.anchor, isSample: loaded.isSample } : loaded;
}

function describeQuestion(question: ConfirmQuestion): string {
  switch (question.kind) {
    case 'preview':
      return `version ${question.version} of ${question.feedId}, signed by ${question.signer}: ${question.added} added, ${question.updated} changed, ${question.withdrawn} withdrawn`;
    case 'large-withdrawal':
      return `version ${question.version} withdraws ${question.withdrawn} of ${question.total} entries`;
    case 'expired-bundle':
      return `version ${question.version} expired at ${question.expiresAt} (issued ${question.issuedAt})`;
  }
}

function progressPrinter(): (progress: SyncProgress) => void {
  let lastPercent = -1;
  return (progress) => {
    if (progress.stage === 'checking') console.error(`checking ${progress.source}`);
    else if (progress.stage === 'downloading') {
      const percent = progress.bytesTotal ? Math.floor((progress.bytesDone / progress.bytesTotal) * 10) * 10 : 100;
      if (percent !== lastPercent) console.error(`downloading ${progress.what}: ${progress.bytesDone} of ${progress.bytesTotal} bytes`);
      lastPercent = percent;
    } else if (progress.stage === 'applying') console.error(`applying version ${progress.version}`);
  };
}
