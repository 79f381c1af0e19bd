// The titles of the entries the last update withdrew. After the switch the catalogue in use no
// longer holds them, so they are read from the catalogue just before it (the "applying" stage)
// and kept beside it, for What's new to show by title after a restart too.
import { join } from 'node:path';
import { z } from 'zod';
import { localisedTextSchema } from '../../shared/catalogue/entry';
import type { WhatsNewEntry } from '../../shared/sync/channels';
import { readFileDurably, writeFileDurably } from '../store/durableFile';

export const WITHDRAWN_TITLES_FILE_NAME = 'withdrawn-titles.json';

const withdrawnTitlesSchema = z.object({ version: z.number().int(), withdrawn: z.array(z.object({ id: z.string(), title: localisedTextSchema })) });
export type WithdrawnTitles = z.infer<typeof withdrawnTitlesSchema>;

export async function readWithdrawnTitles(folder: string): Promise<WithdrawnTitles | undefined> {
  const read = await readFileDurably(join(folder, WITHDRAWN_TITLES_FILE_NAME), (text) => withdrawnTitlesSchema.parse(JSON.parse(text))).catch(() => undefined);
  return read && (read.state === 'ok' || read.state === 'recovered') ? read.value : undefined;
}

export async function writeWithdrawnTitles(folder: string, version: number, withdrawn: WhatsNewEntry[]): Promise<void> {
  await writeFileDurably(join(folder, WITHDRAWN_TITLES_FILE_NAME), JSON.stringify({ version, withdrawn }));
}
