// One file holding a signed feed version for machines without a network (USB). The container is
// deliberately tiny so that reading it cannot be talked into touching the file system:
//
//   "DTTC-FEED-BUNDLE/1\n"                  19 ASCII bytes
//   member count                            u32, big-endian
//   per member: name length u16 BE, name (UTF-8), data length u32 BE, data
//
// and nothing after the last member. Member names are checked against the five expected shapes
// (keys.json, keys.json.sig, manifest.json, manifest.json.sig, objects/<sha256>.json) before the
// caller sees any of them; the reader never builds a path. Signatures and hashes are checked
// afterwards by ./verify.ts and ./objects.ts, exactly as for a feed fetched over HTTP.
import { decodeUtf8, utf8 } from './encoding';
import { feedError, feedOk, type FeedError, type FeedResult } from './errors';
import { DELTA_HISTORY, KEYS_FILE, KEYS_SIGNATURE_FILE, MANIFEST_FILE, MANIFEST_SIGNATURE_FILE, type Sha256Hex } from './format';

export const BUNDLE_MAGIC = 'DTTC-FEED-BUNDLE/1\n';
export const MAX_BUNDLE_BYTES = 1024 * 1024 * 1024;
const MAX_MEMBERS = 4 + 1 + DELTA_HISTORY;
const MAX_NAME_BYTES = 255;

export interface Bundle {
  keysBytes: Uint8Array;
  keysSignature: Uint8Array;
  manifestBytes: Uint8Array;
  manifestSignature: Uint8Array;
  /** Objects by the SHA-256 their name claims (checked against the manifest later, not here). */
  objects: Map<Sha256Hex, Uint8Array>;
}

const OBJECT_NAME = /^objects\/([0-9a-f]{64})\.json$/;
const FIXED_NAMES = [KEYS_FILE, KEYS_SIGNATURE_FILE, MANIFEST_FILE, MANIFEST_SIGNATURE_FILE] as const;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/** Why a member name is refused, or undefined when it is one of the expected names. */
export function refuseMemberName(name: string): { code: 'bundle-member-unsafe' | 'bundle-member-unexpected'; message: string } | undefined {
  const shown = JSON.stringify(name.slice(0, 80));
  const unsafe = (reason: string) => ({ code: 'bundle-member-unsafe' as const, message: `bundle member ${shown} ${reason}` });
  if (name.length === 0) return unsafe('has an empty name');
  if (name.includes('\0')) return unsafe('contains a NUL byte');
  if (name.includes('\\')) return unsafe('contains a backslash');
  if (name.startsWith('/')) return unsafe('is an absolute path');
  if (/^[A-Za-z]:/.test(name)) return unsafe('starts with a drive letter');
  const segments = name.split('/');
  if (segments.some((segment) => segment === '..' || segment === '.')) return unsafe('climbs out of its folder ("." or "..")');
  // Windows treats CON, NUL, COM1… as devices whatever the extension, and ignores trailing dots and spaces.
  if (segments.some((segment) => WINDOWS_RESERVED.test(segment.split('.')[0]!.replace(/[. ]+$/, '')))) return unsafe('is a reserved Windows device name');
  if ((FIXED_NAMES as readonly string[]).includes(name) || OBJECT_NAME.test(name)) return undefined;
  return { code: 'bundle-member-unexpected', message: `bundle member ${shown} is not one of ${FIXED_NAMES.join(', ')} or objects/<sha256>.json` };
}

export function readBundle(bytes: Uint8Array): FeedResult<Bundle> {
  if (bytes.length > MAX_BUNDLE_BYTES) return feedError('bundle-too-large', `the bundle is ${bytes.length} bytes; at most ${MAX_BUNDLE_BYTES} are accepted`);
  const magic = utf8(BUNDLE_MAGIC);
  if (bytes.length < magic.length + 4 || magic.some((byte, index) => bytes[index] !== byte)) {
    return feedError('bundle-malformed', 'the file is not a DTTC feed bundle (it does not start with the bundle header)');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = magic.length;
  const count = view.getUint32(offset);
  offset += 4;
  if (count > MAX_MEMBERS) return feedError('bundle-malformed', `the bundle says it holds ${count} members; at most ${MAX_MEMBERS} are expected`);

  const members = new Map<string, Uint8Array>();
  for (let index = 0; index < count; index += 1) {
    if (offset + 2 > bytes.length) return truncated(index);
    const nameLength = view.getUint16(offset);
    offset += 2;
    if (nameLength > MAX_NAME_BYTES) return feedError('bundle-member-unsafe', `bundle member ${index + 1} has a ${nameLength}-byte name; at most ${MAX_NAME_BYTES} are allowed`);
    if (offset + nameLength + 4 > bytes.length) return truncated(index);
    const name = decodeUtf8(bytes.subarray(offset, offset + nameLength));
    offset += nameLength;
    if (name === undefined) return feedError('bundle-member-unsafe', `bundle member ${index + 1} has a name that is not UTF-8`);
    const refusal = refuseMemberName(name);
    if (refusal) return feedError(refusal.code, refusal.message);
    if (members.has(name)) return feedError('bundle-member-duplicate', `bundle member "${name}" appears twice`);
    const dataLength = view.getUint32(offset);
    offset += 4;
    if (offset + dataLength > bytes.length) return truncated(index);
    members.set(name, bytes.subarray(offset, offset + dataLength));
    offset += dataLength;
  }
  if (offset !== bytes.length) return feedError('bundle-malformed', `the bundle has ${bytes.length - offset} unexpected bytes after its last member`);

  const missing = FIXED_NAMES.filter((name) => !members.has(name));
  if (missing.length > 0) return feedError('bundle-member-missing', `the bundle lacks ${missing.join(', ')}`);
  const objects = new Map<Sha256Hex, Uint8Array>();
  for (const [name, data] of members) {
    const match = OBJECT_NAME.exec(name);
    if (match) objects.set(match[1] as Sha256Hex, data);
  }
  return feedOk({
    keysBytes: members.get(KEYS_FILE)!,
    keysSignature: members.get(KEYS_SIGNATURE_FILE)!,
    manifestBytes: members.get(MANIFEST_FILE)!,
    manifestSignature: members.get(MANIFEST_SIGNATURE_FILE)!,
    objects,
  });
}

function truncated(index: number): { ok: false; error: FeedError } {
  return feedError('bundle-malformed', `the bundle ends inside member ${index + 1}: the file is truncated`);
}

/** The container bytes for named members, in the order given. Names are not checked here: see readBundle. */
export function encodeBundleMembers(members: readonly { name: string; data: Uint8Array }[]): Uint8Array {
  const magic = utf8(BUNDLE_MAGIC);
  const names = members.map((member) => utf8(member.name));
  const size = magic.length + 4 + members.reduce((total, member, index) => total + 2 + names[index]!.length + 4 + member.data.length, 0);
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  bytes.set(magic, 0);
  let offset = magic.length;
  view.setUint32(offset, members.length);
  offset += 4;
  members.forEach((member, index) => {
    const name = names[index]!;
    view.setUint16(offset, name.length);
    bytes.set(name, offset + 2);
    offset += 2 + name.length;
    view.setUint32(offset, member.data.length);
    bytes.set(member.data, offset + 4);
    offset += 4 + member.data.length;
  });
  return bytes;
}

/** A bundle in the canonical member order (fixed files first, then objects by hash). */
export function encodeBundle(bundle: Bundle): Uint8Array {
  return encodeBundleMembers([
    { name: KEYS_FILE, data: bundle.keysBytes },
    { name: KEYS_SIGNATURE_FILE, data: bundle.keysSignature },
    { name: MANIFEST_FILE, data: bundle.manifestBytes },
    { name: MANIFEST_SIGNATURE_FILE, data: bundle.manifestSignature },
    ...[...bundle.objects].sort(([left], [right]) => (left < right ? -1 : 1)).map(([sha256, data]) => ({ name: `objects/${sha256}.json`, data })),
  ]);
}
