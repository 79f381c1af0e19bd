import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { base64ToBytes, bytesToBase64, bytesToHex } from './encoding';

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

  it('writes hex', () => {
    expect(bytesToHex(new Uint8Array([0, 15, 255]))).toBe('000fff');
  });
});
