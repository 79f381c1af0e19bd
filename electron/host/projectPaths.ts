// Folders of the project as seen from this source file, so the host works from any working directory.
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

export const PROJECT_PATHS = {
  root: projectRoot,
  renderer: fileURLToPath(new URL('../../dist/renderer', import.meta.url)),
  catalogue: fileURLToPath(new URL('../../resources/catalogue', import.meta.url)),
  resources: fileURLToPath(new URL('../../resources', import.meta.url)),
  packageJson: fileURLToPath(new URL('../../package.json', import.meta.url)),
};
