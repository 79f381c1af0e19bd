// The server side of the kiosk load benchmark, in its own process so the load clients do not share
// its event loop: the browser host in kiosk mode (the same handlers, allow-list, search index cache
// and compressed forms prepared at start as `npm run host -- --kiosk --host 0.0.0.0`) over a generated
// catalogue of --entries entries. It listens on 127.0.0.1 but answers as a LAN host does (gzip for
// clients that ask), since that is what it stands for. Prints the URL line.
// `npx tsx bench/sections/kioskLoadServer.ts --entries 10000 --seed 2026 --renderer dist/renderer`
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { CatalogueSnapshot } from '../../shared/ipc/contract';
import { isChannelAllowedInKiosk } from '../../shared/kiosk/kioskChannels';
import { startBrowserHost } from '../../electron/host/browserHost';
import { createApiHandlers } from '../../electron/ipc/createAppHandlers';
import { openSettingsStore } from '../../electron/store/settingsStore';
import { prepareCompressedCatalogueData } from '../../electron/catalogueData/answerCatalogueData';
import { createSearchIndexCache } from '../../electron/catalogueData/searchIndexCache';
import { todayIso } from '../../shared/catalogue/catalogue';
import { generateCatalogue } from '../catalogueGenerator';

export const SERVER_URL_PREFIX = 'kiosk load server: ';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { entries: { type: 'string' }, seed: { type: 'string' }, renderer: { type: 'string' } } });
  const entries = Number(values.entries ?? '1000');
  const seed = Number(values.seed ?? '2026');
  const data = await mkdtemp(join(tmpdir(), 'dttc-kiosk-load-'));
  const generated = generateCatalogue(entries, seed);
  const snapshot: CatalogueSnapshot = {
    info: { feedId: 'bench', version: 1, issuedAt: new Date().toISOString(), entryCount: generated.length },
    entries: generated,
  };
  const settings = await openSettingsStore(data);
  const handlers = createApiHandlers({ shell: 'browser', mode: 'kiosk', appVersion: 'bench', settings, catalogue: { snapshot: async () => snapshot } });
  // Counted once before the clients come (as the host does at its first catalogue:info).
  await handlers['catalogue:info'](undefined);
  const catalogue = { snapshot: async () => snapshot };
  const catalogueData = { catalogue, searchIndex: createSearchIndexCache({ folder: join(data, 'search-index'), today: todayIso }) };
  await prepareCompressedCatalogueData(catalogueData);
  const host = await startBrowserHost({
    handlers,
    rendererFolder: resolve(values.renderer ?? 'dist/renderer'),
    host: '127.0.0.1',
    port: 0,
    compress: true,
    prepareStaticFiles: true,
    catalogueData,
    isChannelAllowed: (channel) => isChannelAllowedInKiosk(channel, 'kiosk-host'),
    log: () => undefined,
  });
  console.log(`${SERVER_URL_PREFIX}${host.url}`);
  const stop = () => {
    void host.close().then(() => rm(data, { recursive: true, force: true })).then(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

if (process.argv[1] !== undefined && pathToFileURL(resolve(process.argv[1])).href === import.meta.url) {
  main().catch((error: unknown) => {
    console.error(`kiosk load server: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
