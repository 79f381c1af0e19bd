// The crash tests' child processes, bundled once per test file into its temporary folder so that
// each restart takes milliseconds, not a TypeScript compile.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll } from 'vitest';

/** Bundles tests/enquiry/<name>.ts to <folder>/<name>.mjs and returns that path. */
export async function bundleWriter(name: string, folder: string): Promise<string> {
  const outfile = join(folder, `${name}.mjs`);
  await build({ entryPoints: [join(import.meta.dirname, `${name}.ts`)], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, logLevel: 'error' });
  return outfile;
}

/**
 * A crash test file's temporary folder, with its writer bundled into it: made before the file's
 * tests, removed after them. Read `folder` and `writerScript` inside the tests.
 */
export function crashTestFolder(prefix: string, writer: string): { folder: string; writerScript: string } {
  const made = { folder: '', writerScript: '' };
  beforeAll(async () => {
    made.folder = await mkdtemp(join(tmpdir(), prefix));
    made.writerScript = await bundleWriter(writer, made.folder);
  });
  afterAll(async () => {
    if (made.folder !== '') await rm(made.folder, { recursive: true, force: true });
  });
  return made;
}
