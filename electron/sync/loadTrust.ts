// The trust anchor (root public key + feed id) the sync client verifies against: resources/keys/trust.json
// by default, or a file named on the command line / by the shell. Refused with a plain message.
import { readFile } from 'node:fs/promises';
import { parseTrustFile, type TrustAnchor } from '../../shared/feed/trustAnchor';
import { isErrorCode } from '../store/durableFile';

export const DEFAULT_TRUST_FILE = 'resources/keys/trust.json';

export async function loadTrustFile(path: string): Promise<{ ok: true; trust: TrustAnchor } | { ok: false; message: string }> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    const why = isErrorCode(error, 'ENOENT') ? 'does not exist' : `could not be read (${error instanceof Error ? error.message : String(error)})`;
    return { ok: false, message: `the trust file ${path} ${why}` };
  }
  const parsed = parseTrustFile(bytes);
  return parsed.ok ? { ok: true, trust: parsed.value } : { ok: false, message: `${path}: ${parsed.error.message}` };
}
