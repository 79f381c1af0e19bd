// `kb keygen`: a root key pair and a feed key pair, and keys.json listing the feed key, signed by
// the root key. Existing key files are never overwritten.
import { access, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { bytesToBase64 } from '../../shared/feed/encoding';
import { KEYS_FILE, KEYS_SIGNATURE_FILE, type FeedId, type KeyId } from '../../shared/feed/format';
import { signKeyList } from '../../shared/feed/keyList';
import { generateKeyPair } from '../../shared/feed/signing';
import { TRUST_FORMAT, type TrustFile } from '../../shared/feed/trustAnchor';
import { writePrivateKeyFile } from './keyFile';
import { writeFeedFile } from './writeFeedFile';

export const ROOT_KEY_FILE = 'root.key';
export const FEED_KEY_FILE = 'feed.key';
/** The public half an app pins: the feed id and the root public key (see loadTrustAnchor.ts). */
export const TRUST_FILE = 'trust.json';

export const OUTPUT_FILES = [ROOT_KEY_FILE, FEED_KEY_FILE, TRUST_FILE, KEYS_FILE, KEYS_SIGNATURE_FILE] as const;

export type KeygenReport = { ok: true; rootKeyId: KeyId; feedKeyId: KeyId; files: string[] } | { ok: false; message: string };

export async function generateFeedKeys(options: { outFolder: string; feedId: FeedId; feedKeyExpiresAt?: string; note?: string }): Promise<KeygenReport> {
  await mkdir(options.outFolder, { recursive: true });
  for (const name of OUTPUT_FILES) {
    const path = join(options.outFolder, name);
    if (await exists(path)) return { ok: false, message: `${path} already exists; keygen never overwrites keys (choose an empty folder)` };
  }
  const root = await generateKeyPair();
  const feed = await generateKeyPair();
  const signed = await signKeyList(options.feedId, [{ publicKey: feed.publicKey, expiresAt: options.feedKeyExpiresAt }], root.privateKey);
  if (!signed) return { ok: false, message: 'the new root key could not sign keys.json' };
  const trust: TrustFile = { format: TRUST_FORMAT, feedId: options.feedId, rootPublicKey: bytesToBase64(root.publicKey), ...(options.note ? { note: options.note } : {}) };

  await writePrivateKeyFile(join(options.outFolder, ROOT_KEY_FILE), { role: 'root', keyId: root.keyId, feedId: options.feedId, pkcs8: root.privateKey });
  await writePrivateKeyFile(join(options.outFolder, FEED_KEY_FILE), { role: 'feed', keyId: feed.keyId, feedId: options.feedId, pkcs8: feed.privateKey });
  await writeFeedFile(join(options.outFolder, TRUST_FILE), JSON.stringify(trust, null, 2) + '\n');
  await writeFeedFile(join(options.outFolder, KEYS_SIGNATURE_FILE), signed.keysSignature);
  await writeFeedFile(join(options.outFolder, KEYS_FILE), signed.keysBytes);
  return { ok: true, rootKeyId: root.keyId, feedKeyId: feed.keyId, files: OUTPUT_FILES.map((name) => join(options.outFolder, name)) };
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
