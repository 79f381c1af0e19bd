// `kb publish`: validate the spreadsheet folder, compare it with the last version in the feed
// folder, then write the new objects, and the manifest and its signature last.
import type { Glossary } from '../../shared/catalogue/glossary';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { bytesEqual } from '../../shared/feed/encoding';
import { DELTA_HISTORY, KEYS_FILE, KEYS_SIGNATURE_FILE, MANIFEST_FILE, MANIFEST_SIGNATURE_FILE, objectName, OBJECTS_FOLDER, type Manifest, type Sha256Hex } from '../../shared/feed/format';
import { snapshotFileOf } from '../../shared/feed/objects';
import { publishVersion } from '../../shared/feed/publishVersion';
import { sha256 } from '../../shared/feed/signing';
import type { CatalogueEntry } from '../../shared/catalogue/entry';
import type { SpreadsheetProblem } from '../../shared/catalogue/spreadsheet/parseSpreadsheet';
import { readSpreadsheetFolder } from '../node/readSpreadsheetFolder';
import { HISTORY_FILE, readHistory, readOptionalFile, readKeysFiles, readLatestVersion, readRetainedSnapshots, type PublishHistory } from './feedFolder';
import { readPrivateKeyFile } from './keyFile';
import { writeFeedFile } from './writeFeedFile';

export interface PublishOptions {
  spreadsheetFolder: string;
  privateKeyPath: string;
  feedFolder: string;
  /** A folder holding keys.json and keys.json.sig to install in the feed (else the feed's own are used). */
  keysFolder?: string;
  expiresDays?: number;
  minAppVersion?: string;
  refresh?: boolean;
  now?: Date;
}

export type PublishReport =
  | { status: 'unchanged'; manifest: Manifest; notices: string[] }
  | { status: 'published'; manifest: Manifest; notices: string[]; bytesWritten: number; snapshotBytes: number; deltaBytes: { fromVersion: number; bytes: number }[] }
  | { status: 'invalid'; problems: SpreadsheetProblem[]; notices: string[] }
  | { status: 'refused'; message: string };

export const DEFAULT_MIN_APP_VERSION = '0.1.0';

export async function publishFeed(options: PublishOptions): Promise<PublishReport> {
  const spreadsheet = await readSpreadsheetFolder(options.spreadsheetFolder);
  if (!spreadsheet.ok) return { status: 'invalid', problems: spreadsheet.problems, notices: spreadsheet.notices };

  const privateKey = await readPrivateKeyFile(options.privateKeyPath);
  if (!privateKey.ok) return { status: 'refused', message: privateKey.message };
  const notices = [...spreadsheet.notices, ...privateKey.notices];
  if (privateKey.key.role !== 'feed') return { status: 'refused', message: `${options.privateKeyPath} is the ${privateKey.key.role} key; publish with the feed key (the root key only signs keys.json)` };

  const installedKeys = await readKeysFiles(options.feedFolder);
  if (!installedKeys.ok) return { status: 'refused', message: installedKeys.message };
  const givenKeys = options.keysFolder ? await readKeysFiles(options.keysFolder) : undefined;
  if (givenKeys && !givenKeys.ok) return { status: 'refused', message: givenKeys.message };
  if (options.keysFolder && givenKeys?.ok && !givenKeys.value) return { status: 'refused', message: `${options.keysFolder}: no ${KEYS_FILE} there` };
  const keys = givenKeys?.ok && givenKeys.value ? givenKeys.value : installedKeys.value;
  if (!keys) return { status: 'refused', message: `${options.feedFolder}: no ${KEYS_FILE} yet; pass --keys <folder with keys.json and keys.json.sig> (written by kb keygen)` };

  const latest = await readLatestVersion(options.feedFolder);
  if (!latest.ok) return { status: 'refused', message: latest.message };
  const history = await readHistory(options.feedFolder);
  if (!history.ok) return { status: 'refused', message: history.message };
  let previous: { manifest: Manifest; snapshots: Map<number, CatalogueEntry[]>; glossaries: Map<number, Glossary> } | undefined;
  if (latest.value) {
    const snapshots = await readRetainedSnapshots(options.feedFolder, latest.value.manifest, history.value);
    if (!snapshots.ok) return { status: 'refused', message: snapshots.message };
    previous = { manifest: latest.value.manifest, ...snapshots.value };
  }

  const outcome = await publishVersion({
    keyList: keys.keyList,
    feedPrivateKey: privateKey.key.pkcs8,
    entries: spreadsheet.entries,
    glossary: spreadsheet.glossary,
    previous,
    now: options.now ?? new Date(),
    expiresDays: options.expiresDays,
    minAppVersion: options.minAppVersion ?? DEFAULT_MIN_APP_VERSION,
    refresh: options.refresh,
  });
  if (!outcome.ok) return { status: 'refused', message: outcome.message };
  if (outcome.status === 'unchanged') return { status: 'unchanged', manifest: outcome.manifest, notices };

  // Objects first (content-addressed, so one already there is the same), keys next, manifest last:
  // a client never sees a manifest naming an object that is not yet on disk.
  await mkdir(join(options.feedFolder, OBJECTS_FOLDER), { recursive: true });
  let bytesWritten = 0;
  for (const object of outcome.objects) {
    const path = join(options.feedFolder, objectName(object.sha256));
    if (await holdsObject(path, object.sha256)) continue;
    await writeFeedFile(path, object.bytes);
    bytesWritten += object.bytes.length;
  }
  if (!installedKeys.value || !bytesEqual(installedKeys.value.keysBytes, keys.keysBytes) || !bytesEqual(installedKeys.value.keysSignature, keys.keysSignature)) {
    await writeFeedFile(join(options.feedFolder, KEYS_SIGNATURE_FILE), keys.keysSignature);
    await writeFeedFile(join(options.feedFolder, KEYS_FILE), keys.keysBytes);
  }
  await writeFeedFile(join(options.feedFolder, MANIFEST_SIGNATURE_FILE), outcome.manifestSignature);
  await writeFeedFile(join(options.feedFolder, MANIFEST_FILE), outcome.manifestBytes);
  bytesWritten += outcome.manifestBytes.length + outcome.manifestSignature.length;
  // After the manifest: a crash before this line only costs the next publish its older deltas.
  await writeFeedFile(join(options.feedFolder, HISTORY_FILE), JSON.stringify(nextHistory(history.value, outcome.manifest), null, 2) + '\n');

  const files = outcome.manifest.files;
  return {
    status: 'published',
    manifest: outcome.manifest,
    notices,
    bytesWritten,
    snapshotBytes: snapshotFileOf(outcome.manifest).length,
    deltaBytes: files.flatMap((file) => (file.role === 'delta' ? [{ fromVersion: file.fromVersion, bytes: file.length }] : [])),
  };
}

function nextHistory(history: PublishHistory | undefined, manifest: Manifest): PublishHistory {
  const snapshot = snapshotFileOf(manifest);
  const kept = (history?.feedId === manifest.feedId ? history.versions : []).filter((record) => record.version < manifest.version);
  return {
    format: 'dttc-feed-history/1',
    feedId: manifest.feedId,
    versions: [...kept, { version: manifest.version, snapshot: snapshot.sha256, length: snapshot.length }].slice(-DELTA_HISTORY),
  };
}

/** An object already on disk is reused only when its bytes really have that hash (a damaged copy is rewritten). */
async function holdsObject(path: string, hash: Sha256Hex): Promise<boolean> {
  const bytes = await readOptionalFile(path);
  return bytes !== undefined && (await sha256(bytes)) === hash;
}
