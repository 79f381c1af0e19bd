// `kb keygen --root <root.key> --keys <dir> --out <dir>`: a new feed key for an existing feed (key
// rotation), listed in a new keys.json beside the keys already there, signed by the same root key.
// Publish the new keys.json with the next version (`kb publish --keys <out>`). Expired keys are left
// out of the new list; revoking a key before it expires has no command yet.
import { access, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { base64ToBytes } from '../../shared/feed/encoding';
import { KEYS_FILE, KEYS_SIGNATURE_FILE, type KeyId } from '../../shared/feed/format';
import { signKeyList } from '../../shared/feed/keyList';
import { generateKeyPair, publicKeyOf, verifySignature } from '../../shared/feed/signing';
import { readKeysFiles } from './feedFolder';
import { FEED_KEY_FILE } from './generateKeys';
import { readPrivateKeyFile, writePrivateKeyFile } from './keyFile';
import { writeFeedFile } from './writeFeedFile';

export type AddFeedKeyReport = { ok: true; feedKeyId: KeyId; listed: KeyId[]; files: string[] } | { ok: false; message: string };

export async function addFeedKey(options: { rootKeyPath: string; keysFolder: string; outFolder: string; feedKeyExpiresAt?: string; now?: Date }): Promise<AddFeedKeyReport> {
  const root = await readPrivateKeyFile(options.rootKeyPath);
  if (!root.ok) return root;
  if (root.key.role !== 'root') return { ok: false, message: `${options.rootKeyPath} is a ${root.key.role} key; only the root key signs keys.json` };
  const existing = await readKeysFiles(options.keysFolder);
  if (!existing.ok) return existing;
  if (!existing.value) return { ok: false, message: `${options.keysFolder}: no ${KEYS_FILE} to add a key to` };
  const rootPublicKey = await publicKeyOf(root.key.pkcs8);
  if (!rootPublicKey || !(await verifySignature(rootPublicKey, existing.value.keysSignature, existing.value.keysBytes))) {
    return { ok: false, message: `${options.keysFolder}/${KEYS_FILE} was not signed by this root key` };
  }
  await mkdir(options.outFolder, { recursive: true });
  for (const name of [FEED_KEY_FILE, KEYS_FILE, KEYS_SIGNATURE_FILE]) {
    if (await exists(join(options.outFolder, name))) return { ok: false, message: `${join(options.outFolder, name)} already exists; choose an empty folder` };
  }
  const now = (options.now ?? new Date()).getTime();
  // Keys that have expired are dropped: no client would accept a manifest they signed.
  const kept = existing.value.keyList.keys.filter((key) => !key.expiresAt || Date.parse(key.expiresAt) > now);
  const feed = await generateKeyPair();
  const keys = [
    ...kept.map((key) => ({ publicKey: base64ToBytes(key.publicKey) ?? new Uint8Array(), expiresAt: key.expiresAt })),
    { publicKey: feed.publicKey, expiresAt: options.feedKeyExpiresAt },
  ];
  const signed = await signKeyList(existing.value.keyList.feedId, keys, root.key.pkcs8);
  if (!signed) return { ok: false, message: 'the root key could not sign the new keys.json' };
  await writePrivateKeyFile(join(options.outFolder, FEED_KEY_FILE), { role: 'feed', keyId: feed.keyId, feedId: existing.value.keyList.feedId, pkcs8: feed.privateKey });
  await writeFeedFile(join(options.outFolder, KEYS_SIGNATURE_FILE), signed.keysSignature);
  await writeFeedFile(join(options.outFolder, KEYS_FILE), signed.keysBytes);
  return { ok: true, feedKeyId: feed.keyId, listed: signed.keyList.keys.map((key) => key.id), files: [FEED_KEY_FILE, KEYS_FILE, KEYS_SIGNATURE_FILE].map((name) => join(options.outFolder, name)) };
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
