import { describe, expect, it } from 'vitest';
import { reasonFrom } from './electronBinary';

describe('why Electron cannot be run', () => {
  it('names the failed download in one line', () => {
    const output = [
      'Downloading Electron binary...',
      'TypeError: fetch failed',
      '    at node:internal/deps/undici/undici:14976:13',
      'Error: Electron failed to install correctly. Please delete `node_modules/electron` and run "npx install-electron --no" manually.',
    ].join('\n');
    expect(reasonFrom(output)).toBe('it is not installed and its download failed: TypeError: fetch failed');
  });
  it("falls back to Electron's own message", () => {
    expect(reasonFrom('Error: Electron failed to install correctly. Please delete it.\n')).toBe('Error: Electron failed to install correctly. Please delete it.');
  });
});
