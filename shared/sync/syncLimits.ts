// The sync constants the page needs, free of zod: importing ./channels.ts (and so zod) into the
// renderer would make zod probe eval at start, which the strict CSP reports as a violation.
export const SYNC_MODES = ['none', 'manual', 'automatic'] as const;
export type SyncModeSetting = (typeof SYNC_MODES)[number];

/** Bundles are a few MB for the sample catalogue; the cap bounds the memory one import may take. */
export const MAX_BUNDLE_BYTES = 200 * 1024 * 1024;
/** The base64 text of a MAX_BUNDLE_BYTES file. */
export const MAX_BUNDLE_BASE64_CHARACTERS = Math.ceil(MAX_BUNDLE_BYTES / 3) * 4;
