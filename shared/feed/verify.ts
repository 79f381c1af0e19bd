// Checking a feed version before anything from it is used: the key list against the pinned root
// key, then the manifest against a listed, unexpired feed key, the feed id, the version in use,
// expiry, the clock, the schema and the app version. The objects it names are checked by ./objects.ts.
import { compareAppVersions } from './appVersion';
import { base64ToBytes } from './encoding';
import { feedError, type FeedError, type FeedResult } from './errors';
import {
  CATALOGUE_SCHEMA_VERSION,
  keyListSchema,
  manifestSchema,
  MANIFEST_FORMAT,
  MAX_CLOCK_SKEW_MS,
  MAX_KEYS_BYTES,
  MAX_MANIFEST_BYTES,
  type FeedId,
  type KeyList,
  type Manifest,
} from './format';
import { parseJsonBytes } from './parseJson';
import { verifySignature } from './signing';

/** keys.json checked against the root key pinned in the app. */
export async function verifyKeyList(rootPublicKey: Uint8Array, keysBytes: Uint8Array, keysSignature: Uint8Array, expectedFeedId: FeedId): Promise<FeedResult<KeyList>> {
  if (keysBytes.length > MAX_KEYS_BYTES) return feedError('keys-malformed', `keys.json is ${keysBytes.length} bytes; at most ${MAX_KEYS_BYTES} are accepted`);
  if (!(await verifySignature(rootPublicKey, keysSignature, keysBytes))) {
    return feedError('keys-signature-invalid', 'keys.json is not signed by the root key this app trusts');
  }
  const parsed = parseJsonBytes(keysBytes, keyListSchema, 'keys-malformed', 'keys.json', MAX_KEYS_BYTES);
  if (!parsed.ok) return parsed;
  if (parsed.value.feedId !== expectedFeedId) {
    return feedError('keys-wrong-feed', `keys.json belongs to feed "${parsed.value.feedId}", not "${expectedFeedId}"`);
  }
  return parsed;
}

export interface ManifestCheck {
  /** The raw 32-byte root public key pinned in the app (resources/keys or the build's own). */
  rootPublicKey: Uint8Array;
  keysBytes: Uint8Array;
  keysSignature: Uint8Array;
  manifestBytes: Uint8Array;
  manifestSignature: Uint8Array;
  expectedFeedId: FeedId;
  /** The version of the catalogue in use; undefined when none is installed yet. */
  currentVersion: number | undefined;
  now: Date;
  appVersion: string;
  /**
   * Staff confirmed applying an expired bundle (USB): expiry is then not a refusal, the result carries
   * `asOf`, and feed keys are judged at the manifest's issue time instead of now.
   */
  acceptExpired?: boolean;
}

export type ManifestVerdict =
  /** Verified and newer than the version in use: fetch its objects. `asOf` is set when an expired manifest was accepted. */
  | { ok: true; status: 'newer'; manifest: Manifest; keys: KeyList; asOf?: string }
  /** Verified and the same version as the one in use: nothing to do. */
  | { ok: true; status: 'up-to-date'; manifest: Manifest; keys: KeyList }
  /** Refused. For 'manifest-expired' the verified manifest is included so the caller can ask staff to confirm. */
  | { ok: false; error: FeedError; expiredManifest?: Manifest };

export async function verifyManifest(check: ManifestCheck): Promise<ManifestVerdict> {
  const keys = await verifyKeyList(check.rootPublicKey, check.keysBytes, check.keysSignature, check.expectedFeedId);
  if (!keys.ok) return keys;

  const loose = parseJsonBytes(check.manifestBytes, manifestSchema, 'manifest-malformed', 'manifest.json', MAX_MANIFEST_BYTES);
  if (!loose.ok) return formatOrMalformed(check.manifestBytes, loose.error);
  const manifest = loose.value;

  const key = keys.value.keys.find((candidate) => candidate.id === manifest.keyId);
  if (!key) return feedError('manifest-unknown-key', `manifest.json is signed with key ${manifest.keyId}, which keys.json does not list`);
  const publicKey = base64ToBytes(key.publicKey);
  if (!publicKey) return feedError('keys-malformed', `keys.json lists key ${key.id} with a public key that is not base64`);
  if (!(await verifySignature(publicKey, check.manifestSignature, check.manifestBytes))) {
    return feedError('manifest-signature-invalid', `manifest.json does not match its signature by key ${manifest.keyId}` + (check.manifestSignature.length !== 64 ? ` (the signature is ${check.manifestSignature.length} bytes, not 64)` : ''));
  }
  // Only now is the manifest's content trustworthy enough to compare.
  if (manifest.feedId !== check.expectedFeedId) return feedError('manifest-wrong-feed', `manifest.json belongs to feed "${manifest.feedId}", not "${check.expectedFeedId}"`);
  const keyJudgedAt = check.acceptExpired ? Date.parse(manifest.issuedAt) : check.now.getTime();
  if (key.expiresAt && Date.parse(key.expiresAt) <= keyJudgedAt) {
    return feedError('manifest-key-expired', `manifest.json is signed with key ${key.id}, which expired at ${key.expiresAt}`);
  }
  if (Date.parse(manifest.issuedAt) > check.now.getTime() + MAX_CLOCK_SKEW_MS) {
    return feedError('manifest-future-dated', `manifest.json was issued at ${manifest.issuedAt}, after this computer's time ${check.now.toISOString()}: check the computer's date and time`);
  }
  if (manifest.schemaVersion > CATALOGUE_SCHEMA_VERSION) {
    return feedError('manifest-schema-unsupported', `version ${manifest.version} uses catalogue schema ${manifest.schemaVersion}; this app reads schema ${CATALOGUE_SCHEMA_VERSION}: update the app`);
  }
  if (compareAppVersions(check.appVersion, manifest.minAppVersion) < 0) {
    return feedError('app-too-old', `version ${manifest.version} needs app ${manifest.minAppVersion} or later; this is ${check.appVersion}`);
  }
  if (check.currentVersion !== undefined && manifest.version < check.currentVersion) {
    return feedError('manifest-rollback', `manifest.json offers version ${manifest.version}, older than version ${check.currentVersion} in use`);
  }
  // Expiry before "up to date": a replayed copy of the version in use must not hide that the feed froze.
  const expired = Date.parse(manifest.expiresAt) <= check.now.getTime();
  if (expired && !check.acceptExpired) {
    return { ...feedError('manifest-expired', `version ${manifest.version} expired at ${manifest.expiresAt}; the feed has not been renewed since (an expired update is applied only from a bundle that staff confirm)`), expiredManifest: manifest };
  }
  if (check.currentVersion !== undefined && manifest.version === check.currentVersion) {
    return { ok: true, status: 'up-to-date', manifest, keys: keys.value };
  }
  return expired ? { ok: true, status: 'newer', manifest, keys: keys.value, asOf: manifest.issuedAt } : { ok: true, status: 'newer', manifest, keys: keys.value };
}

/** A manifest of a format this app does not know gets its own message ("update the app"), not "malformed". */
function formatOrMalformed(bytes: Uint8Array, error: FeedError): { ok: false; error: FeedError } {
  if (bytes.length > MAX_MANIFEST_BYTES) return { ok: false, error };
  try {
    const value: unknown = JSON.parse(new TextDecoder().decode(bytes));
    if (value !== null && typeof value === 'object' && 'format' in value && typeof value.format === 'string' && value.format !== MANIFEST_FORMAT && value.format.startsWith('dttc-feed-manifest/')) {
      return feedError('manifest-format-unsupported', `manifest.json is in format "${value.format.slice(0, 40)}"; this app reads "${MANIFEST_FORMAT}": update the app`);
    }
  } catch {
    // Not JSON: the malformed error already says so.
  }
  return { ok: false, error };
}
