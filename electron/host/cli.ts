// `npm run host`: the app in any browser, served from this machine. Prints the URL on stdout as
// "DTTC Knowledge Desk: <url>" (tests and `npm start` read it; on the desk the url carries the
// API key in its fragment, see ./hostAccessKey.ts); everything else goes to stderr.
import { readFile } from 'node:fs/promises';
import { makeFolderPrivate } from '../store/privateFolder';
import { createHostAccessKey, pageAddressWithKey, removeHostAccessFile, writeHostAccessFile } from './hostAccessKey';
import { resolve } from 'node:path';
import { MAX_IMPORT_CHARACTERS } from '../../shared/enquiry/channels';
import { DEFAULT_IDLE_SETTINGS } from '../../shared/kiosk/idleTimer';
import { MAX_BUNDLE_BASE64_CHARACTERS } from '../../shared/sync/channels';
import { isChannelAllowedInKiosk } from '../../shared/kiosk/kioskChannels';
import { createAppServices } from '../ipc/createAppHandlers';
import { prepareCompressedCatalogueData } from '../catalogueData/answerCatalogueData';
import { isLoopback } from './loopback';
import { startBrowserHost, type BrowserHost } from './browserHost';
import { defaultDataFolder } from './defaultDataFolder';
import { HOST_USAGE, parseHostArguments, type HostArguments } from './hostArguments';
import { PROJECT_PATHS } from './projectPaths';

export const URL_LINE_PREFIX = 'DTTC Knowledge Desk: ';

/** Channels whose one request carries a file, with their larger body caps (desk only). */
const DESK_UPLOAD_BYTES: Partial<Record<string, number>> = {
  'sync:importBundle': MAX_BUNDLE_BASE64_CHARACTERS + 4096,
  // A hand-over file of MAX_IMPORT_CHARACTERS as UTF-8 (a Devanagari character is 3 bytes).
  'enquiry:import': MAX_IMPORT_CHARACTERS * 3 + 4096,
};

export interface RunningBrowserHost extends BrowserHost {
  /** What to open: the desk's address with its key in the fragment (./hostAccessKey.ts); the plain url on a kiosk host. */
  pageUrl: string;
  /** The desk's API key for this run; undefined on a kiosk host (read-only channels, no key). */
  apiKey: string | undefined;
  dataFolder: string;
}

export async function runBrowserHost(options: HostArguments): Promise<RunningBrowserHost> {
  const dataFolder = resolve(options.dataFolder ?? defaultDataFolder());
  // Without --catalogue: the signed feed installed in the user-data folder (the bundled one at first start).
  const catalogueFolder = options.catalogueFolder === undefined ? undefined : resolve(options.catalogueFolder);
  const rendererFolder = resolve(options.rendererFolder ?? PROJECT_PATHS.renderer);
  const servesLan = options.kiosk && !isLoopback(options.host);
  await makeFolderPrivate(dataFolder);
  const { version } = JSON.parse(await readFile(PROJECT_PATHS.packageJson, 'utf8')) as { version: string };
  const kioskIdle = { idleSeconds: options.idleSeconds ?? DEFAULT_IDLE_SETTINGS.idleSeconds, countdownSeconds: options.countdownSeconds ?? DEFAULT_IDLE_SETTINGS.countdownSeconds };
  const services = await createAppServices({
    shell: 'browser',
    mode: options.kiosk ? 'kiosk' : 'desk',
    appVersion: version,
    dataFolder,
    resourcesFolder: PROJECT_PATHS.resources,
    ...(catalogueFolder ? { catalogueFolder } : {}),
    ...(options.feedUrl ? { feedUrl: options.feedUrl } : {}),
    ...(options.syncMode ? { syncMode: options.syncMode } : {}),
    kioskIdle,
  });
  for (const notice of services.settings.notices) console.error(`host: ${notice.code}: ${notice.detail}`);
  for (const notice of services.catalogueNotices) console.error(`host: ${notice}`);
  try {
    const snapshot = await services.catalogue.snapshot();
    console.error(`host: catalogue ${catalogueFolder ?? `feed ${snapshot.info.feedId} version ${snapshot.info.version}`}: ${snapshot.info.entryCount} entries`);
    // Ready before the first page asks: built once per catalogue version and day, then read from disk.
    await services.catalogueData.searchIndex.indexFor(snapshot);
    // A LAN kiosk host: its compressed forms too, before the first of many kiosks asks.
    if (servesLan) await prepareCompressedCatalogueData(services.catalogueData);
  } catch (error) {
    // Keep serving: the page shows the same message, and the folder may be fixed while we run.
    console.error(`host: ${error instanceof Error ? error.message : String(error)}`);
  }
  console.error(`host: user data in ${dataFolder}; renderer from ${rendererFolder}`);
  // A new key at each start, for the desk only (the kiosk host serves read-only channels to anyone).
  const apiKey = options.kiosk ? undefined : createHostAccessKey();
  const host = await startBrowserHost({
    handlers: services.handlers,
    rendererFolder,
    host: options.host,
    port: options.port,
    catalogueData: services.catalogueData,
    apiKey,
    prepareStaticFiles: servesLan,
    isChannelAllowed: options.kiosk ? (channel) => isChannelAllowedInKiosk(channel, 'kiosk-host') : undefined,
    // An update bundle travels as base64 in one request; only the desk's own page may send it.
    maxRequestBytes: (channel) => (options.kiosk ? undefined : DESK_UPLOAD_BYTES[channel]),
  });
  if (apiKey) await writeHostAccessFile(dataFolder, { url: host.url, key: apiKey });
  const pageUrl = apiKey ? pageAddressWithKey(host.url, apiKey) : host.url;
  console.log(`${URL_LINE_PREFIX}${pageUrl}`);
  // Closing the host also closes the enquiry log, so its lock is free for the next start.
  return {
    url: host.url,
    pageUrl,
    apiKey,
    dataFolder,
    close: async () => {
      await host.close();
      if (apiKey) await removeHostAccessFile(dataFolder).catch(() => undefined);
      services.sync?.stop();
      await services.enquiryLog?.journal.close();
    },
  };
}

async function main(): Promise<void> {
  const parsed = parseHostArguments(process.argv.slice(2));
  if (!parsed.ok) {
    console.error(`host: ${parsed.message}\n${HOST_USAGE}`);
    process.exitCode = 2;
    return;
  }
  const host = await runBrowserHost(parsed.value);
  const stop = () => {
    void host.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  main().catch((error: unknown) => {
    const code = (error as { code?: string }).code;
    const message = code === 'EADDRINUSE' ? 'that port is already in use: pick another with --port N, or --port 0 for any free port' : error instanceof Error ? error.message : String(error);
    console.error(`host: ${message}`);
    process.exitCode = 1;
  });
}
