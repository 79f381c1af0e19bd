import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { writeExportedFile } from './writeExportedFile';

it('writes the export as UTF-8 bytes (BOM kept), and a bad folder is a typed "not saved" error', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'enquiry-export-'));
  try {
    const file = { fileName: 'x.csv', mediaType: 'text/csv;charset=utf-8' as const, text: '\uFEFFनाम\r\n', count: 0 };
    await writeExportedFile(join(folder, 'x.csv'), file);
    expect([...(await readFile(join(folder, 'x.csv')))]).toEqual([...Buffer.from('\uFEFFनाम\r\n', 'utf8')]);
    await expect(writeExportedFile(join(folder, 'missing', 'x.csv'), file)).rejects.toMatchObject({ name: 'EnquiryStoreError', code: 'enquiry/io' });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});
