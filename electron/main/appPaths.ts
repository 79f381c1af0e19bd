// Where the shell finds its parts, packaged or run from the project folder. app.getAppPath() is the
// folder (or asar) holding package.json; the bundled catalogue is an extra resource beside it.
import { app } from 'electron';
import { join } from 'node:path';

export function appPaths() {
  const root = app.getAppPath();
  return {
    renderer: join(root, 'dist', 'renderer'),
    preload: join(root, 'dist-electron', 'preload', 'index.cjs'),
    catalogue: app.isPackaged ? join(process.resourcesPath, 'catalogue') : join(root, 'resources', 'catalogue'),
    /** keys/trust.json and feed/ (the bundled signed feed). */
    resources: app.isPackaged ? process.resourcesPath : join(root, 'resources'),
    userData: app.getPath('userData'),
  };
}
