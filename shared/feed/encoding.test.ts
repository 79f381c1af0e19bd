import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { base64ToBytes, bytesToBase64, bytesToHex } from './encoding';
import { canonicalJson } from './canonicalJson';

describe('encoding', () => {
  it('round-trips base64 and matches the platform encoder', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        const text = bytesToBase64(bytes);
        expect(text).toBe(btoa(String.fromCharCode(...bytes)));
        expect(base64ToBytes(text)).toEqual(bytes);
      }),
    );
  });

  it('refuses base64 that is not canonical', () => {
    for (const text of ['a', 'ab=', 'ab==a', '====', 'QR==', '@@@@', 'QQ=A']) expect(base64ToBytes(text)).toBeUndefined();
    expect(base64ToBytes('QQ==')).toEqual(new Uint8Array([65]));
  });

  it('writes hex and canonical JSON with sorted keys', () => {
    expect(bytesToHex(new Uint8Array([0, 15, 255]))).toBe('000fff');
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: undefined }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"z":1}]},"b":1}');
  });
});
