// Where the browser host keeps its user data when not told (--data): the OS's usual place for
// application data, apart from the Electron app's own folder so the two never write one file.
import { homedir } from 'node:os';
import { join } from 'node:path';

export function defaultDataFolder(environment: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const name = join('dttc-knowledge-desk', 'browser-host');
  if (platform === 'win32') return join(environment.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), name);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', name);
  return join(environment.XDG_CONFIG_HOME || join(homedir(), '.config'), name);
}
