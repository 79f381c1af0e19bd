// `npm start` opens the desk in Chromium without putting its API key on Chromium's command line,
// which every user of the computer can read (/proc/<pid>/cmdline, `ps`). Instead it writes a tiny
// page into the owner-only user-data folder (0600) that sends the browser on to the desk's address,
// key in the fragment, and gives Chromium that file's address. The file goes when the host closes.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeFileDurably } from '../store/durableFile';

export const LAUNCH_PAGE_FILE = 'open-desk.html';

/** The launch page's text: a meta refresh (no script), no referrer. */
export function launchPageHtml(pageUrl: string): string {
  const attribute = pageUrl.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="referrer" content="no-referrer"><meta http-equiv="refresh" content="0; url=${attribute}"><title>DTTC Knowledge Desk</title></html>\n`;
}

/** Writes the launch page (0600) and returns the file: address to hand to the browser. */
export async function writeLaunchPage(dataFolder: string, pageUrl: string): Promise<{ address: string; remove(): Promise<void> }> {
  const path = join(dataFolder, LAUNCH_PAGE_FILE);
  await writeFileDurably(path, launchPageHtml(pageUrl));
  return { address: pathToFileURL(path).href, remove: () => rm(path, { force: true }) };
}
