// `npm run build:electron`: bundles the Electron main process and preload into dist-electron/ with
// esbuild. Needs no Electron binary ('electron' stays an external import the runtime provides).
import { build, type BuildOptions } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

export async function buildElectron(outputFolder = 'dist-electron'): Promise<void> {
  const common: BuildOptions = { absWorkingDir: root, bundle: true, platform: 'node', external: ['electron'], sourcemap: true, logLevel: 'warning', target: 'node22' };
  await Promise.all([
    build({
      ...common,
      entryPoints: ['electron/main/index.ts'],
      outfile: `${outputFolder}/main/index.js`,
      format: 'esm',
      // Bundled CommonJS dependencies may call require(); an ES module has none of its own.
      banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    }),
    // A sandboxed preload must be one CommonJS script: it may require only 'electron'.
    build({ ...common, entryPoints: ['electron/preload/index.ts'], outfile: `${outputFolder}/preload/index.cjs`, format: 'cjs' }),
  ]);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  buildElectron().then(
    () => console.log('built dist-electron/main/index.js and dist-electron/preload/index.cjs'),
    (error: unknown) => {
      console.error(`build:electron: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
