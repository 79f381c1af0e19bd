// The changed fields of the entries the last update changed (old beside new), worked out when the
// update is applied, while the previous catalogue can still be read, and kept beside the catalogue
// for What's new to show after a restart too.
import { join } from 'node:path';
import { z } from 'zod';
import type { FieldChange } from '../../shared/sync/entryFieldDiff';
import { readFileDurably, writeFileDurably } from '../store/durableFile';

export const CHANGED_FIELDS_FILE_NAME = 'changed-fields.json';

const fieldChangeSchema = z.object({ field: z.string(), before: z.string().optional(), after: z.string().optional() });
const changedFieldsSchema = z.object({ version: z.number().int(), entries: z.record(z.string(), z.array(fieldChangeSchema)) });
export type ChangedFields = { version: number; entries: Record<string, FieldChange[]> };

export async function readChangedFields(folder: string): Promise<ChangedFields | undefined> {
  const read = await readFileDurably(join(folder, CHANGED_FIELDS_FILE_NAME), (text) => changedFieldsSchema.parse(JSON.parse(text)) as ChangedFields).catch(() => undefined);
  return read && (read.state === 'ok' || read.state === 'recovered') ? read.value : undefined;
}

export async function writeChangedFields(folder: string, changed: ChangedFields): Promise<void> {
  await writeFileDurably(join(folder, CHANGED_FIELDS_FILE_NAME), JSON.stringify(changed));
}
