// The source a staff member or script names: a feed URL, a bundle file, or a feed folder (a feed
// copied to a USB stick as files). Folders and bundles are judged alike: an expired one needs staff.
import { stat } from 'node:fs/promises';
import { createBundleFeedSource } from './bundleFeedSource';
import type { FeedSource } from './feedSource';
import { createFolderFeedSource } from './folderFeedSource';
import { createHttpFeedSource } from './httpFeedSource';
import type { HttpTransport } from './httpTransport';

export async function sourceFor(location: string, transport: () => HttpTransport): Promise<FeedSource> {
  if (/^https?:\/\//i.test(location)) return createHttpFeedSource(location, transport());
  const isFolder = await stat(location).then((stats) => stats.isDirectory(), () => false);
  return isFolder ? createFolderFeedSource(location, 'bundle') : createBundleFeedSource(location);
}
