import { describe, expect, it } from 'vitest';
import { clip } from './clip';

describe('clip', () => {
  it('leaves short text alone', () => {
    expect(clip('Drone detection', 40)).toBe('Drone detection');
  });

  it('cuts long text at a word and marks the cut', () => {
    const clipped = clip('one two three four five six seven', 20);
    expect(clipped).toBe('one two three four…');
    expect(clipped.length).toBeLessThanOrEqual(20);
  });

  it('cuts inside a word when there is no space near the limit', () => {
    expect(clip('abcdefghijklmnopqrstuvwxyz', 10)).toBe('abcdefghi…');
  });
});
