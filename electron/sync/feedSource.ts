// Where a feed version comes from: a web server (./httpFeedSource.ts), a folder such as the bundled
// feed in resources/ (./folderFeedSource.ts), or a USB bundle file (./bundleFeedSource.ts). Every
// source goes through the same verification in ./syncClient.ts: none is trusted for where it is.
import type { FeedFile } from '../../shared/feed/format';

export type SourceKind = 'feed' | 'bundle' | 'bundled';

export interface FeedVersionFiles {
  manifest: Uint8Array;
  manifestSignature: Uint8Array;
  keys: Uint8Array;
  keysSignature: Uint8Array;
  /** The server's validator for manifest.json, sent back as If-None-Match next time. */
  etag?: string;
}

export type VersionRead = { status: 'not-modified' } | { status: 'ok'; files: FeedVersionFiles };

export interface FeedSource {
  readonly kind: SourceKind;
  /** For people: the feed URL or the file's name. */
  readonly label: string;
  readVersion(options: { ifNoneMatch?: string }): Promise<VersionRead>;
  /** The bytes of one object a verified manifest names, at most its declared length; the caller checks the hash. */
  readObject(file: FeedFile, stagingFolder: string, onProgress: (bytesDone: number) => void): Promise<Uint8Array>;
  /** False when the source is known not to hold an object (a bundle carries only the snapshot); absent means "ask". */
  holdsObject?(file: FeedFile): boolean;
}

/** Signatures are 64 bytes; a little room so a wrong one is reported as wrong, not as too large. */
export const MAX_SIGNATURE_FILE_BYTES = 1024;
