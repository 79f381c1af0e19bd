// electron-builder cannot build here (it downloads Electron), so its configuration is checked with
// electron-builder's own schema validator instead, plus the settings the issue asks for.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const configUrl = new URL('../../electron-builder.yml', import.meta.url);

interface BuilderConfig {
  appId: string;
  productName: string;
  files: string[];
  extraResources: { from: string; to: string; filter: string[] }[];
  linux: { target: string[] };
  win: { target: { target: string }[] };
  electronFuses: Record<string, boolean>;
}

async function loadConfig(): Promise<BuilderConfig> {
  const yaml = require('js-yaml') as { load(text: string): unknown };
  return yaml.load(await readFile(configUrl, 'utf8')) as BuilderConfig;
}

async function validate(config: unknown): Promise<void> {
  const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as { validateConfiguration(config: unknown, logger: unknown): Promise<void> };
  const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
  await validateConfiguration(config, new DebugLogger(false));
}

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema", async () => {
    await expect(validate(await loadConfig())).resolves.toBeUndefined();
  });

  it('would fail that schema with a misspelt option (the check can fail)', async () => {
    const config = await loadConfig();
    await expect(validate({ ...config, linux: { ...config.linux, tagret: ['deb'] } })).rejects.toThrow(/configuration/);
  });

  it('names the app and builds AppImage, deb, NSIS and portable', async () => {
    const config = await loadConfig();
    expect(config.appId).toBe('in.gov.drdo.dttc.knowledgedesk');
    expect(config.productName).toBe('DTTC Knowledge Desk');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target.map((target) => target.target)).toEqual(['nsis', 'portable']);
  });

  it('packs the built renderer and shell, and the bundled catalogue without private keys', async () => {
    const config = await loadConfig();
    expect(config.files).toEqual(expect.arrayContaining(['dist/renderer/**/*', 'dist-electron/**/*']));
    const resources = config.extraResources.find((entry) => entry.from === 'resources');
    expect(resources?.filter).toEqual(expect.arrayContaining(['!sample-keys/**', '!**/*.key']));
    expect(config.electronFuses).toMatchObject({ runAsNode: false, onlyLoadAppFromAsar: true, enableNodeCliInspectArguments: false });
  });
});
