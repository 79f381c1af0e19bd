// What the app trusts before it has seen any feed: the root public key and the feed id. The
// bundled sample lives in resources/keys/trust.json; a build or an installation pins its own
// (see electron/feed/loadTrustAnchor.ts for the environment variables that override it).
import { z } from 'zod';
import { base64ToBytes } from './encoding';
import { feedIdSchema, PUBLIC_KEY_BYTES, type FeedId } from './format';
import { parseJsonBytes } from './parseJson';
import { feedError, feedOk, type FeedResult } from './errors';

export const TRUST_FORMAT = 'dttc-feed-trust/1';

export const trustFileSchema = z.strictObject({
  format: z.literal(TRUST_FORMAT),
  feedId: feedIdSchema,
  /** The raw 32-byte Ed25519 root public key, base64. */
  rootPublicKey: z.string().max(100),
  /** Free text shown to developers, e.g. "SAMPLE KEY — do not ship". */
  note: z.string().max(500).optional(),
});
export type TrustFile = z.infer<typeof trustFileSchema>;

export interface TrustAnchor {
  feedId: FeedId;
  rootPublicKey: Uint8Array;
}

export function parseRootPublicKey(text: string): Uint8Array | undefined {
  const bytes = base64ToBytes(text.trim());
  return bytes?.length === PUBLIC_KEY_BYTES ? bytes : undefined;
}

export function parseTrustFile(bytes: Uint8Array): FeedResult<TrustAnchor> {
  const parsed = parseJsonBytes(bytes, trustFileSchema, 'keys-malformed', 'the pinned trust file', 4096);
  if (!parsed.ok) return parsed;
  const rootPublicKey = parseRootPublicKey(parsed.value.rootPublicKey);
  if (!rootPublicKey) return feedError('keys-malformed', 'the pinned trust file: rootPublicKey must be a base64 32-byte Ed25519 public key');
  return feedOk({ feedId: parsed.value.feedId, rootPublicKey });
}
