import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readSpreadsheetFolder } from '../../electron/node/readSpreadsheetFolder';
import { generateCatalogue } from '../catalogueGenerator';
import { writeCatalogueFolder } from './uiCatalogueFolder';

describe('writeCatalogueFolder', () => {
  let folder = '';
  afterEach(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('writes a folder that reads back as the same entries', async () => {
    folder = await mkdtemp(join(tmpdir(), 'ui-catalogue-'));
    const entries = generateCatalogue(200, 7);
    await writeCatalogueFolder(folder, entries);
    const read = await readSpreadsheetFolder(folder);
    if (!read.ok) throw new Error(read.problems.map((problem) => problem.message).join('; '));
    const byId = new Map(read.entries.map((entry) => [entry.id, entry]));
    expect(read.entries).toHaveLength(entries.length);
    for (const entry of entries) expect(byId.get(entry.id)).toEqual(entry);
  });
});
