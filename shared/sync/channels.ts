// The sync channels of the IPC contract: their signatures and the runtime schemas of their
// arguments. Desk mode only: kiosk mode and the LAN kiosk host never offer them (the kiosk
// allow-list in ../kiosk/kioskChannels.ts does not list them, and the handlers refuse in kiosk mode).
import { z } from 'zod';
import type { LocalisedText } from '../catalogue/entry';
import type { FieldChange } from './entryFieldDiff';
import type { SyncFailureCode, SyncFailureFigures } from './syncErrorCodes';

import { MAX_BUNDLE_BASE64_CHARACTERS, SYNC_MODES, type SyncModeSetting } from './syncLimits';

export { MAX_BUNDLE_BASE64_CHARACTERS, MAX_BUNDLE_BYTES, SYNC_MODES, type SyncModeSetting } from './syncLimits';

/** What staff are asked before an update is applied; the answer names the same kind and version. */
export type SyncQuestion =
  /** What the update is and changes, shown before it is applied by hand. */
  | { kind: 'preview'; version: number; issuedAt: string; feedId: string; signer: string; source: 'feed' | 'bundle' | 'bundled'; added: number; updated: number; withdrawn: number; total: number; largeWithdrawal: boolean }
  | { kind: 'large-withdrawal'; version: number; withdrawn: number; total: number }
  | { kind: 'expired-bundle'; version: number; issuedAt: string; expiresAt: string };

const confirmationSchema = z.object({ kind: z.enum(['preview', 'large-withdrawal', 'expired-bundle']), version: z.number().int().min(1) }).strict();
export type SyncConfirmation = z.infer<typeof confirmationSchema>;

export const syncCheckArgumentSchema = z.object({ confirm: confirmationSchema.optional() }).strict().optional();
export type SyncCheckArgument = z.infer<typeof syncCheckArgumentSchema>;

export const syncImportArgumentSchema = z
  .object({
    /** The bundle file's bytes in base64 (the same for the Electron window and the browser host). */
    base64: z
      .string()
      .min(1, 'the bundle file is empty')
      .max(MAX_BUNDLE_BASE64_CHARACTERS, 'the bundle file is larger than 200 MB')
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'the bundle bytes must be base64'),
    fileName: z.string().max(300).optional(),
    confirm: confirmationSchema.optional(),
  })
  .strict();
export type SyncImportArgument = z.infer<typeof syncImportArgumentSchema>;

export const syncSettingsArgumentSchema = z
  .object({
    mode: z.enum(SYNC_MODES).optional(),
    /** http(s) address of the feed folder; null clears it. */
    feedUrl: z
      .string()
      .trim()
      .max(2000)
      .regex(/^https?:\/\/\S+$/i, 'the feed address must start with http:// or https://')
      .nullable()
      .optional(),
  })
  .strict()
  .optional();
export type SyncSettingsArgument = z.infer<typeof syncSettingsArgumentSchema>;

export type SyncState =
  | { state: 'idle' }
  | { state: 'up-to-date' }
  | { state: 'checking' }
  | { state: 'downloading'; done: number; total: number }
  | { state: 'applying' }
  | { state: 'applied'; version: number }
  | { state: 'failed'; code: SyncFailureCode; message: string; figures?: SyncFailureFigures };

export interface SyncStatusView {
  activity: SyncState;
  /** True while a check or import runs (the renderer polls faster). */
  busy: boolean;
  mode: SyncModeSetting;
  feedUrl: string | undefined;
  acceptsBundles: boolean;
  installed: { version: number; issuedAt: string; asOf?: string; installedAt: string; entryCount: number } | undefined;
  lastSuccessAt?: string;
  lastCheckedAt?: string;
}

export type SyncRunOutcome =
  | { status: 'applied'; version: number; added: number; updated: number; withdrawn: number; asOf?: string }
  | { status: 'up-to-date'; version: number | undefined }
  | { status: 'needs-confirmation'; question: SyncQuestion }
  | { status: 'refused'; code: SyncFailureCode; message: string; figures?: SyncFailureFigures };

export interface WhatsNewEntry {
  id: string;
  title: LocalisedText;
  /** For a changed entry: its changed fields, old beside new (absent where the update predates them). */
  changes?: FieldChange[];
}

export interface WhatsNewView {
  version: number;
  installedAt: string;
  added: WhatsNewEntry[];
  updated: WhatsNewEntry[];
  /** Shown by title: they are no longer in the catalogue, so they cannot be opened. */
  withdrawn: WhatsNewEntry[];
}

export interface SyncApiContract {
  'sync:status': (argument: void) => SyncStatusView;
  'sync:check': (argument: SyncCheckArgument) => SyncRunOutcome;
  'sync:settings': (argument: SyncSettingsArgument) => SyncStatusView;
  'sync:importBundle': (argument: SyncImportArgument) => SyncRunOutcome;
  /** undefined before any update was installed. */
  'sync:whatsNew': (argument: void) => WhatsNewView | null;
}

export const syncChannelSchemas = {
  'sync:status': z.undefined(),
  'sync:check': syncCheckArgumentSchema,
  'sync:settings': syncSettingsArgumentSchema,
  'sync:importBundle': syncImportArgumentSchema,
  'sync:whatsNew': z.undefined(),
} satisfies { [C in keyof SyncApiContract]: z.ZodType<Parameters<SyncApiContract[C]>[0]> };

export type SyncChannel = keyof SyncApiContract;
export const SYNC_CHANNELS = Object.keys(syncChannelSchemas) as SyncChannel[];
