// A trust anchor (root public key + feed id) from a trust.json named on the command line; the app's
// pinned one comes from ../feed/loadTrustAnchor.ts. Refused with a plain message.
import { readFile } from 'node:fs/promises';
import { parseTrustFile, type TrustAnchor } from '../../shared/feed/trustAnchor';
import { isErrorCode } from '../store/durableFile';

export async function loadTrustFile(path: string): Promise<{ ok: true; trust: TrustAnchor; isSample: false } | { ok: false; message: string }> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    const why = isErrorCode(error, 'ENOENT') ? 'does not exist' : `could not be read (${error instanceof Error ? error.message : String(error)})`;
    return { ok: false, message: `the trust file ${path} ${why}` };
  }
  const parsed = parseTrustFile(bytes);
  return parsed.ok ? { ok: true, trust: parsed.value, isSample: false } : { ok: false, message: `${path}: ${parsed.error.message}` };
}
