import { describe, expect, it, vi } from 'vitest';
import { takeHostKeyFromAddress } from './hostKey';

const KEY = 'Ab0_-'.repeat(8) + 'xyz';

function address(hash: string) {
  const storage = new Map<string, string>();
  const history = { state: { kept: true }, replaceState: vi.fn() };
  return { location: { hash, pathname: '/', search: '' }, history, storage: { setItem: (name: string, value: string) => void storage.set(name, value) }, stored: storage };
}

describe('takeHostKeyFromAddress', () => {
  it('moves the key from the fragment into storage and leaves the address without it', () => {
    const page = address(`#key=${KEY}`);
    takeHostKeyFromAddress(page.location, page.history, page.storage);
    expect(page.stored.get('dttc-host-key')).toBe(KEY);
    expect(page.history.replaceState).toHaveBeenCalledWith({ kept: true }, '', '/');
  });

  it('keeps a route that follows the key', () => {
    const page = address(`#key=${KEY}&/entry/drone-42`);
    takeHostKeyFromAddress(page.location, page.history, page.storage);
    expect(page.history.replaceState).toHaveBeenCalledWith({ kept: true }, '', '/#/entry/drone-42');
  });

  it('leaves any other fragment alone', () => {
    for (const hash of ['', '#/search?q=drone', '#key=short', `#key=${KEY}extra`]) {
      const page = address(hash);
      takeHostKeyFromAddress(page.location, page.history, page.storage);
      expect(page.stored.size, hash).toBe(0);
      expect(page.history.replaceState, hash).not.toHaveBeenCalled();
    }
  });
});
