import { lstat, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { launchPageHtml, writeLaunchPage } from './launchPage';

describe('the launch page npm start hands to Chromium', () => {
  it('holds the desk address with its key, owner-only, while the address given to Chromium holds no key', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'launch-page-'));
    try {
      const key = 'a'.repeat(43);
      const page = await writeLaunchPage(folder, `http://127.0.0.1:4180/#key=${key}`);
      expect(page.address).toMatch(/^file:\/\//);
      expect(page.address).not.toContain(key);
      const path = fileURLToPath(page.address);
      expect(await readFile(path, 'utf8')).toContain(`<meta http-equiv="refresh" content="0; url=http://127.0.0.1:4180/#key=${key}">`);
      if (process.platform !== 'win32') expect((await lstat(path)).mode & 0o777).toBe(0o600);
      await page.remove();
      await expect(lstat(path)).rejects.toMatchObject({ code: 'ENOENT' });
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('escapes the address as an attribute', () => {
    expect(launchPageHtml('http://127.0.0.1/"><script>')).toContain('url=http://127.0.0.1/&quot;>&lt;script>');
  });
});
