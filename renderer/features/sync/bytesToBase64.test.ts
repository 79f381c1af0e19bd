import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from './bytesToBase64';

describe('bytesToBase64', () => {
  it('matches Node for empty, small and multi-chunk inputs with every byte value', () => {
    for (const length of [0, 1, 2, 3, 255, 0x8000, 0x8000 * 3 + 7]) {
      const bytes = Uint8Array.from({ length }, (_, index) => (index * 7919) % 256);
      expect(bytesToBase64(bytes), `length ${length}`).toBe(Buffer.from(bytes).toString('base64'));
    }
  });
});
