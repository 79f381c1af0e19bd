import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseSpreadsheet, type SpreadsheetResult } from '../../shared/catalogue/spreadsheet/parseSpreadsheet';

/** Reads every regular file of a spreadsheet folder and parses it; a missing folder is a problem, not a throw. */
export async function readSpreadsheetFolder(folder: string): Promise<SpreadsheetResult> {
  let names: string[];
  try {
    if (!(await stat(folder)).isDirectory()) return notAFolder(folder, 'is not a folder');
    names = await readdir(folder);
  } catch {
    return notAFolder(folder, 'does not exist or cannot be read');
  }
  const files = [];
  for (const name of names.sort()) {
    const path = join(folder, name);
    if (!(await stat(path)).isFile()) continue;
    files.push({ name, bytes: new Uint8Array(await readFile(path)) });
  }
  return parseSpreadsheet(files);
}

function notAFolder(folder: string, reason: string): SpreadsheetResult {
  return { ok: false, problems: [{ file: folder, message: reason }], notices: [] };
}
