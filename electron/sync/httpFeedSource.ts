// A feed on any static web server (nginx, a CDN): manifest.json first, with If-None-Match, so an
// unchanged feed costs one small request and a 304; then its signature and the key list; objects are
// streamed into staging.
import { randomBytes } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { KEYS_FILE, KEYS_SIGNATURE_FILE, MANIFEST_FILE, MANIFEST_SIGNATURE_FILE, MAX_KEYS_BYTES, MAX_MANIFEST_BYTES, type FeedFile } from '../../shared/feed/format';
import { MAX_SIGNATURE_FILE_BYTES, type FeedSource, type VersionRead } from './feedSource';
import type { HttpTransport } from './httpTransport';
import { SyncError } from './syncError';

export function createHttpFeedSource(feedUrl: string, transport: HttpTransport): FeedSource {
  const base = feedBaseUrl(feedUrl);
  const at = (name: string) => new URL(name, base).href;
  const small = async (name: string, cap: number) => {
    const read = await transport.getSmall(at(name), cap);
    if (read.status !== 'ok') throw new SyncError('http-error', `${at(name)} answered "not modified" to a plain request`);
    return read.bytes;
  };
  return {
    kind: 'feed',
    label: base.href,
    async readVersion(options): Promise<VersionRead> {
      const manifest = await transport.getSmall(at(MANIFEST_FILE), MAX_MANIFEST_BYTES, options);
      if (manifest.status === 'not-modified') return manifest;
      return {
        status: 'ok',
        files: {
          manifest: manifest.bytes,
          manifestSignature: await small(MANIFEST_SIGNATURE_FILE, MAX_SIGNATURE_FILE_BYTES),
          keys: await small(KEYS_FILE, MAX_KEYS_BYTES),
          keysSignature: await small(KEYS_SIGNATURE_FILE, MAX_SIGNATURE_FILE_BYTES),
          ...(manifest.etag ? { etag: manifest.etag } : {}),
        },
      };
    },
    async readObject(file: FeedFile, stagingFolder, onProgress) {
      // Its own name: a feed check and a USB import may stage the same object at the same time.
      const path = join(stagingFolder, `${file.sha256}.${randomBytes(4).toString('hex')}.part`);
      try {
        await transport.download(at(file.name), path, file.length, onProgress, { sha256: file.sha256 });
        return new Uint8Array(await readFile(path));
      } finally {
        await rm(path, { force: true });
      }
    },
  };
}

/** The folder URL the feed's files are relative to: "https://host/feed" and ".../feed/manifest.json" both mean ".../feed/". */
export function feedBaseUrl(feedUrl: string): URL {
  let url: URL;
  try {
    url = new URL(feedUrl);
  } catch {
    throw new SyncError('invalid-feed-url', `"${feedUrl}" is not a web address`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new SyncError('invalid-feed-url', `"${feedUrl}" is not an http:// or https:// address`);
  if (url.pathname.endsWith(`/${MANIFEST_FILE}`)) url.pathname = url.pathname.slice(0, -MANIFEST_FILE.length);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  url.search = '';
  url.hash = '';
  return url;
}
