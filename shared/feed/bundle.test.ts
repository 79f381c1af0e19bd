import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeBundle, encodeBundleMembers, readBundle, refuseMemberName } from './bundle';
import { utf8 } from './encoding';
import type { Sha256Hex } from './format';

const HASH = 'ab'.repeat(32);
const required = [
  { name: 'keys.json', data: utf8('{}') },
  { name: 'keys.json.sig', data: new Uint8Array(64) },
  { name: 'manifest.json', data: utf8('{}') },
  { name: 'manifest.json.sig', data: new Uint8Array(64).fill(7) },
];

describe('readBundle', () => {
  it('reads what encodeBundle wrote', () => {
    const objects = new Map([[HASH as Sha256Hex, utf8('{"entries":[]}')]]);
    const bytes = encodeBundle({ keysBytes: utf8('k'), keysSignature: utf8('ks'), manifestBytes: utf8('m'), manifestSignature: utf8('ms'), objects });
    const read = readBundle(bytes);
    if (!read.ok) throw new Error(read.error.message);
    expect(new TextDecoder().decode(read.value.manifestBytes)).toBe('m');
    expect(new TextDecoder().decode(read.value.keysSignature)).toBe('ks');
    expect([...read.value.objects.keys()]).toEqual([HASH]);
  });

  const unsafeNames = [
    '../x',
    'objects/../../etc/passwd',
    './manifest.json',
    '/etc/passwd',
    '/objects/' + HASH + '.json',
    'C:manifest.json',
    'c:/Windows/system32',
    'objects\\' + HASH + '.json',
    '..\\..\\x',
    'manifest.json\0.png',
    'CON',
    'con.json',
    'objects/NUL.json',
    'Aux.txt',
    'COM1',
    'lpt9.json',
    'PRN .json',
    '',
  ];
  it.each(unsafeNames)('refuses the member name %j before anything else', (name) => {
    expect(refuseMemberName(name)?.code).toBe('bundle-member-unsafe');
    const result = readBundle(encodeBundleMembers([...required, { name, data: utf8('x') }]));
    expect(result).toMatchObject({ ok: false, error: { code: 'bundle-member-unsafe' } });
  });

  it.each(['evil.sh', 'objects/abc.json', `objects/${HASH.toUpperCase()}.json`, `objects/${HASH}.json/x`, 'objects/', 'Manifest.json', `sub/objects/${HASH}.json`, 'manifest.json ', 'manifest.json:stream'])(
    'refuses the unexpected member name %j',
    (name) => {
      expect(readBundle(encodeBundleMembers([...required, { name, data: utf8('x') }]))).toMatchObject({ ok: false, error: { code: 'bundle-member-unexpected' } });
    },
  );

  it('refuses duplicates, missing members, trailing bytes, truncation and other files', () => {
    expect(readBundle(encodeBundleMembers([...required, required[0]!]))).toMatchObject({ ok: false, error: { code: 'bundle-member-duplicate' } });
    expect(readBundle(encodeBundleMembers(required.slice(1)))).toMatchObject({ ok: false, error: { code: 'bundle-member-missing' } });
    const whole = encodeBundleMembers(required);
    expect(readBundle(whole).ok).toBe(true);
    expect(readBundle(new Uint8Array([...whole, 0]))).toMatchObject({ ok: false, error: { code: 'bundle-malformed' } });
    for (let length = 0; length < whole.length; length += 1) expect(readBundle(whole.subarray(0, length)).ok).toBe(false);
    expect(readBundle(utf8('PK\u0003\u0004 a zip file'))).toMatchObject({ ok: false, error: { code: 'bundle-malformed' } });
  });

  it('refuses a name that is not UTF-8', () => {
    const bytes = encodeBundleMembers([...required, { name: 'xx', data: utf8('z') }]);
    const at = bytes.lastIndexOf(0x78);
    bytes[at] = 0xff;
    expect(readBundle(bytes)).toMatchObject({ ok: false, error: { code: 'bundle-member-unsafe' } });
  });

  it('gives a typed error or a bundle for any bytes, never a throw', () => {
    const header = utf8('DTTC-FEED-BUNDLE/1\n');
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.boolean(), (tail, withHeader) => {
        const result = readBundle(withHeader ? new Uint8Array([...header, ...tail]) : tail);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expect(result.error.code).toMatch(/^bundle-/);
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts exactly the expected names among arbitrary ones', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ name: fc.oneof(fc.string(), fc.constantFrom('..', 'CON', 'a/../b', `objects/${HASH}.json`)), data: fc.uint8Array({ maxLength: 20 }) }), { maxLength: 6 }), (extra) => {
        const result = readBundle(encodeBundleMembers([...required, ...extra]));
        const names = extra.map((member) => member.name);
        const acceptable = names.every((name) => name === `objects/${HASH}.json`) && new Set(names).size === names.length;
        expect(result.ok).toBe(acceptable);
      }),
      { numRuns: 500 },
    );
  });
});
