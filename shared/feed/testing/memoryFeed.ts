// An in-memory feed publisher for tests (here and in the sync client): fresh root and feed keys,
// and each published version as the files a static server would hold.
import type { Glossary } from '../../catalogue/glossary';
import type { CatalogueEntry } from '../../catalogue/entry';
import { KEYS_FILE, KEYS_SIGNATURE_FILE, MANIFEST_FILE, MANIFEST_SIGNATURE_FILE, objectName, feedIdSchema, type FeedId, type Manifest } from '../format';
import { signKeyList, type SignedKeyList } from '../keyList';
import { publishVersion, type PublishInput } from '../publishVersion';
import { generateKeyPair, type KeyPairBytes } from '../signing';

export interface MemoryFeed {
  feedId: FeedId;
  root: KeyPairBytes;
  feedKey: KeyPairBytes;
  signedKeys: SignedKeyList;
  /** Every file ever written, by name (objects/<sha256>.json, manifest.json, ...). */
  files: Map<string, Uint8Array>;
  /** Each published version's manifest and files, by version. */
  versions: Map<number, { manifest: Manifest; manifestBytes: Uint8Array; manifestSignature: Uint8Array; entries: CatalogueEntry[]; glossary?: Glossary }>;
  publish(entries: readonly CatalogueEntry[], options?: Partial<Pick<PublishInput, 'now' | 'expiresDays' | 'minAppVersion' | 'refresh' | 'glossary'>>): Promise<Manifest>;
}

export async function createMemoryFeed(feedIdText = 'test-feed', options: { feedKeyExpiresAt?: string } = {}): Promise<MemoryFeed> {
  const feedId = feedIdSchema.parse(feedIdText);
  const root = await generateKeyPair();
  const feedKey = await generateKeyPair();
  const signedKeys = (await signKeyList(feedId, [{ publicKey: feedKey.publicKey, expiresAt: options.feedKeyExpiresAt }], root.privateKey))!;
  const files = new Map<string, Uint8Array>([
    [KEYS_FILE, signedKeys.keysBytes],
    [KEYS_SIGNATURE_FILE, signedKeys.keysSignature],
  ]);
  const versions: MemoryFeed['versions'] = new Map();
  let latest: Manifest | undefined;

  return {
    feedId,
    root,
    feedKey,
    signedKeys,
    files,
    versions,
    async publish(entries, publishOptions = {}) {
      const snapshots = new Map([...versions].map(([version, published]) => [version, published.entries]));
      const glossaries = new Map([...versions].flatMap(([version, published]) => (published.glossary ? [[version, published.glossary] as const] : [])));
      const outcome = await publishVersion({
        keyList: signedKeys.keyList,
        feedPrivateKey: feedKey.privateKey,
        entries,
        glossary: publishOptions.glossary,
        previous: latest ? { manifest: latest, snapshots, glossaries } : undefined,
        now: publishOptions.now ?? new Date(),
        expiresDays: publishOptions.expiresDays,
        minAppVersion: publishOptions.minAppVersion ?? '0.1.0',
        refresh: publishOptions.refresh,
      });
      if (!outcome.ok) throw new Error(outcome.message);
      if (outcome.status === 'unchanged') return outcome.manifest;
      for (const object of outcome.objects) files.set(objectName(object.sha256), object.bytes);
      files.set(MANIFEST_FILE, outcome.manifestBytes);
      files.set(MANIFEST_SIGNATURE_FILE, outcome.manifestSignature);
      versions.set(outcome.manifest.version, { manifest: outcome.manifest, manifestBytes: outcome.manifestBytes, manifestSignature: outcome.manifestSignature, entries: outcome.snapshotEntries, ...(publishOptions.glossary ? { glossary: publishOptions.glossary } : {}) });
      latest = outcome.manifest;
      return outcome.manifest;
    },
  };
}
