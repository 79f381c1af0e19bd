// Ed25519 and SHA-256 through WebCrypto (crypto.subtle), which Node 20, Electron and Chromium all have.
import { base64ToBytes, bytesToHex } from './encoding';
import { PUBLIC_KEY_BYTES, SIGNATURE_BYTES, type KeyId, type Sha256Hex } from './format';

const ED25519 = { name: 'Ed25519' } as const;

export interface KeyPairBytes {
  /** The raw 32-byte public key. */
  publicKey: Uint8Array;
  /** The private key as PKCS #8 DER. */
  privateKey: Uint8Array;
  keyId: KeyId;
}

// WebCrypto's BufferSource wants an ArrayBuffer-backed view; copy anything else (e.g. a SharedArrayBuffer view).
function plain(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
}

export async function sha256(bytes: Uint8Array): Promise<Sha256Hex> {
  return bytesToHex(new Uint8Array(await crypto.subtle.digest('SHA-256', plain(bytes)))) as Sha256Hex;
}

/** A key's id: the first 16 hex digits of the SHA-256 of its raw public key. */
export async function keyIdOf(publicKey: Uint8Array): Promise<KeyId> {
  return (await sha256(publicKey)).slice(0, 16) as KeyId;
}

export async function generateKeyPair(): Promise<KeyPairBytes> {
  const pair = await crypto.subtle.generateKey(ED25519, true, ['sign', 'verify']);
  const publicKey = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  const privateKey = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  return { publicKey, privateKey, keyId: await keyIdOf(publicKey) };
}

/** Signs with a PKCS #8 private key; undefined when the bytes are not an Ed25519 private key. */
export async function sign(privateKey: Uint8Array, message: Uint8Array): Promise<Uint8Array | undefined> {
  let key: CryptoKey;
  try {
    key = await crypto.subtle.importKey('pkcs8', plain(privateKey), ED25519, false, ['sign']);
  } catch {
    return undefined;
  }
  return new Uint8Array(await crypto.subtle.sign(ED25519, key, plain(message)));
}

/** The public key that belongs to a PKCS #8 private key (so a key file can be checked against keys.json). */
export async function publicKeyOf(privateKey: Uint8Array): Promise<Uint8Array | undefined> {
  try {
    const key = await crypto.subtle.importKey('pkcs8', plain(privateKey), ED25519, true, ['sign']);
    const jwk = await crypto.subtle.exportKey('jwk', key);
    if (typeof jwk.x !== 'string') return undefined;
    const base64 = jwk.x.replace(/-/g, '+').replace(/_/g, '/');
    const bytes = base64ToBytes(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
    return bytes?.length === PUBLIC_KEY_BYTES ? bytes : undefined;
  } catch {
    return undefined;
  }
}

/** False for a wrong, truncated or malformed signature or key; never throws. */
export async function verifySignature(publicKey: Uint8Array, signature: Uint8Array, message: Uint8Array): Promise<boolean> {
  if (publicKey.length !== PUBLIC_KEY_BYTES || signature.length !== SIGNATURE_BYTES) return false;
  try {
    const key = await crypto.subtle.importKey('raw', plain(publicKey), ED25519, false, ['verify']);
    return await crypto.subtle.verify(ED25519, key, plain(signature), plain(message));
  } catch {
    return false;
  }
}
