// This installation's enquiry settings, in <user data>/enquiries/desk.json: the desk code that
// makes reference numbers unique across desks and laptops without a server. Set at installation by
// writing {"deskCode": "LKO1"} there, or, when absent, generated once at first start and kept.
// It also holds how long a visitor's name, phone and e-mail are kept (DPDP Act 2023 s. 8(7)):
// {"retentionDays": 365} by default, set at installation.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { deskCodeSchema, generateDeskCode } from '../../shared/enquiry/reference';
import { writeFileDurably } from '../store/durableFile';
import { isErrorCode } from '../store/durableFile';

export const DESK_SETTINGS_FILE = 'desk.json';

/** A year after the case was last touched: long enough for a ToT or TDF follow-up to run its course. */
export const DEFAULT_RETENTION_DAYS = 365;

export const deskSettingsSchema = z
  .object({
    deskCode: deskCodeSchema,
    retentionDays: z.number({ message: 'must be a number of days' }).int('must be a whole number of days').min(30, 'must be at least 30 days').max(3650, 'must be at most 3650 days (ten years)').default(DEFAULT_RETENTION_DAYS),
  })
  .strict();
export type DeskSettings = z.infer<typeof deskSettingsSchema>;

export function deskSettingsPath(enquiryFolder: string): string {
  return join(enquiryFolder, DESK_SETTINGS_FILE);
}

export async function writeDeskSettings(enquiryFolder: string, settings: DeskSettings): Promise<void> {
  await writeFileDurably(deskSettingsPath(enquiryFolder), Buffer.from(`${JSON.stringify(deskSettingsSchema.parse(settings), null, 2)}\n`, 'utf8'));
}

/**
 * Reads the settings, generating and saving a desk code when the file is missing. A damaged file
 * is an error naming it, never silently replaced: a new code would make this desk's numbering
 * restart under another name, which is safe, but staff must know their code changed. A generated
 * code that cannot be written (a full or read-only disk) comes back with `saved: false`, so that
 * the log still opens for reading; it must be written before any reference is made from it.
 */
export async function loadDeskSettings(enquiryFolder: string): Promise<{ settings: DeskSettings; saved: boolean }> {
  const path = deskSettingsPath(enquiryFolder);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (!isErrorCode(error, 'ENOENT')) throw error;
    const generated: DeskSettings = { deskCode: generateDeskCode(randomBytes(5)), retentionDays: DEFAULT_RETENTION_DAYS };
    const saved = await writeDeskSettings(enquiryFolder, generated).then(
      () => true,
      () => false,
    );
    return { settings: generated, saved };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${path} is not JSON; fix it to {"deskCode": "LKO1"} (2 to 8 capital letters or digits)`);
  }
  const parsed = deskSettingsSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${path}: ${issue?.path.join('.') || 'the settings'} ${issue?.message ?? 'is not valid'}`);
  }
  return { settings: parsed.data, saved: true };
}
