// Private key files written by `kb keygen`: a small JSON file holding the PKCS #8 key in base64,
// readable only by its owner (mode 0600). JSON rather than bare bytes so the file says what it is.
import { chmod, readFile, stat } from 'node:fs/promises';
import { z } from 'zod';
import { base64ToBytes, bytesToBase64 } from '../../shared/feed/encoding';
import { feedIdSchema, keyIdSchema, type FeedId, type KeyId } from '../../shared/feed/format';
import { describeIssues } from '../../shared/feed/parseJson';
import { writeFileDurably } from '../store/durableFile';

export const PRIVATE_KEY_FORMAT = 'dttc-feed-private-key/1';

const privateKeyFileSchema = z.strictObject({
  format: z.literal(PRIVATE_KEY_FORMAT),
  role: z.enum(['root', 'feed']),
  keyId: keyIdSchema,
  feedId: feedIdSchema,
  pkcs8: z.string().max(1000),
  warning: z.string().optional(),
});

export interface PrivateKey {
  role: 'root' | 'feed';
  keyId: KeyId;
  feedId: FeedId;
  pkcs8: Uint8Array;
}

export async function writePrivateKeyFile(path: string, key: PrivateKey): Promise<void> {
  const content = {
    format: PRIVATE_KEY_FORMAT,
    role: key.role,
    keyId: key.keyId,
    feedId: key.feedId,
    pkcs8: bytesToBase64(key.pkcs8),
    warning: key.role === 'root' ? 'ROOT PRIVATE KEY: keep it offline; whoever holds it can sign any feed key.' : 'FEED PRIVATE KEY: whoever holds it can publish catalogue updates.',
  };
  await writeFileDurably(path, JSON.stringify(content, null, 2) + '\n');
  await chmod(path, 0o600);
}

export type PrivateKeyRead = { ok: true; key: PrivateKey; notices: string[] } | { ok: false; message: string };

export async function readPrivateKeyFile(path: string): Promise<PrivateKeyRead> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return { ok: false, message: `${path}: the key file does not exist or cannot be read` };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, message: `${path}: not a key file written by "kb keygen" (not JSON)` };
  }
  const parsed = privateKeyFileSchema.safeParse(value);
  if (!parsed.success) return { ok: false, message: `${path}: not a key file written by "kb keygen" (${describeIssues(parsed.error)})` };
  const pkcs8 = base64ToBytes(parsed.data.pkcs8);
  if (!pkcs8) return { ok: false, message: `${path}: the key is not base64` };
  const notices: string[] = [];
  // Git and copies drop the 0600 mode keygen set; say so rather than refuse (the sample keys are public anyway).
  if (process.platform !== 'win32' && ((await stat(path)).mode & 0o077) !== 0) notices.push(`${path} can be read by other users of this computer; run: chmod 600 ${path}`);
  return { ok: true, key: { role: parsed.data.role, keyId: parsed.data.keyId, feedId: parsed.data.feedId, pkcs8 }, notices };
}
