// The crash tests' child processes, bundled once per test file into its temporary folder so that
// each restart takes milliseconds, not a TypeScript compile.
import { join } from 'node:path';
import { build } from 'esbuild';

/** Bundles tests/enquiry/<name>.ts to <folder>/<name>.mjs and returns that path. */
export async function bundleWriter(name: string, folder: string): Promise<string> {
  const outfile = join(folder, `${name}.mjs`);
  await build({ entryPoints: [join(import.meta.dirname, `${name}.ts`)], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, logLevel: 'error' });
  return outfile;
}
