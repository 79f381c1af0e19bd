// Which root key and feed id this installation trusts. In order:
//   1. DTTC_ROOT_PUBLIC_KEY (base64 of the raw 32-byte Ed25519 root public key), with DTTC_FEED_ID
//      (else the feed id of the trust file below);
//   2. DTTC_TRUST_FILE: the path of a trust.json written by `kb keygen`;
//   3. <resources>/keys/trust.json, pinned at build time (the repository ships the SAMPLE one; a real
//      build replaces that file, or sets the variables in its launcher).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bytesEqual } from '../../shared/feed/encoding';
import { feedIdSchema } from '../../shared/feed/format';
import { parseRootPublicKey, parseTrustFile, type TrustAnchor } from '../../shared/feed/trustAnchor';

/** The root public key of the sample feed in resources/sample-keys (whose private keys are public). */
export const SAMPLE_ROOT_PUBLIC_KEY = 'xb09v5paDWITZkpf3jAgnlJQf136S+2L8juZ9uQsXGk=';

export type TrustAnchorSource = 'environment' | 'trust-file' | 'bundled';
export type TrustAnchorLoad = { ok: true; anchor: TrustAnchor; source: TrustAnchorSource; isSample: boolean } | { ok: false; message: string };

export async function loadTrustAnchor(resourcesFolder: string, environment: Record<string, string | undefined> = process.env): Promise<TrustAnchorLoad> {
  const trustPath = environment.DTTC_TRUST_FILE || join(resourcesFolder, 'keys', 'trust.json');
  const source: TrustAnchorSource = environment.DTTC_TRUST_FILE ? 'trust-file' : 'bundled';
  let fromFile: TrustAnchor | undefined;
  let fileProblem: string | undefined;
  try {
    const parsed = parseTrustFile(new Uint8Array(await readFile(trustPath)));
    if (parsed.ok) fromFile = parsed.value;
    else fileProblem = `${trustPath}: ${parsed.error.message}`;
  } catch {
    fileProblem = `${trustPath} does not exist or cannot be read`;
  }

  if (environment.DTTC_ROOT_PUBLIC_KEY) {
    const rootPublicKey = parseRootPublicKey(environment.DTTC_ROOT_PUBLIC_KEY);
    if (!rootPublicKey) return { ok: false, message: 'DTTC_ROOT_PUBLIC_KEY must be the base64 of a 32-byte Ed25519 public key' };
    const feedIdText = environment.DTTC_FEED_ID ?? fromFile?.feedId;
    const feedId = feedIdSchema.safeParse(feedIdText);
    if (!feedId.success) return { ok: false, message: `DTTC_FEED_ID must be set to the feed id (3–64 lowercase letters, digits, "." or "-")${fileProblem ? `; ${fileProblem}` : ''}` };
    return { ok: true, anchor: { feedId: feedId.data, rootPublicKey }, source: 'environment', isSample: isSampleKey(rootPublicKey) };
  }
  if (!fromFile) return { ok: false, message: fileProblem ?? `${trustPath} cannot be read` };
  return { ok: true, anchor: fromFile, source, isSample: isSampleKey(fromFile.rootPublicKey) };
}

function isSampleKey(rootPublicKey: Uint8Array): boolean {
  const sample = parseRootPublicKey(SAMPLE_ROOT_PUBLIC_KEY);
  return sample !== undefined && bytesEqual(sample, rootPublicKey);
}
