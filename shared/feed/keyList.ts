// Writing keys.json: the feed's public keys, signed by the root private key.
import { canonicalJson } from './canonicalJson';
import { bytesToBase64, utf8 } from './encoding';
import { KEYS_FORMAT, type FeedId, type FeedKey, type KeyList } from './format';
import { keyIdOf, sign } from './signing';

export interface SignedKeyList {
  keyList: KeyList;
  keysBytes: Uint8Array;
  keysSignature: Uint8Array;
}

export async function signKeyList(
  feedId: FeedId,
  feedKeys: readonly { publicKey: Uint8Array; expiresAt?: string }[],
  rootPrivateKey: Uint8Array,
): Promise<SignedKeyList | undefined> {
  const keys: FeedKey[] = [];
  for (const key of feedKeys) {
    keys.push({ id: await keyIdOf(key.publicKey), publicKey: bytesToBase64(key.publicKey), ...(key.expiresAt ? { expiresAt: key.expiresAt } : {}) });
  }
  const keyList: KeyList = { format: KEYS_FORMAT, feedId, keys };
  const keysBytes = utf8(canonicalJson(keyList, 2));
  const keysSignature = await sign(rootPrivateKey, keysBytes);
  return keysSignature ? { keyList, keysBytes, keysSignature } : undefined;
}
