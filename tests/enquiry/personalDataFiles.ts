// Helpers for the erasure tests: fill a user-data folder with enquiries (and searches that found
// nothing), and search every file under it, byte by byte, for a person's name, phone and e-mail.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EnquiryDraft } from '../../shared/enquiry/enquiry';
import type { EnquiryHandlers } from '../../electron/enquiry/handlers';
import { sampleDraft } from '../../shared/enquiry/testing/enquiryArbitraries';
import { normaliseMissQuery } from '../../shared/reports/searchMisses';
import { openSearchMissLog } from '../../electron/reports/searchMissLog';

export const ASHA = { visitorName: 'आशा "Asha" Verma', phone: '+91 98390 12345', email: 'asha.verma@example.in' };
export const RAVI = { visitorName: 'Ravi Kumar', phone: '0522-2345678', email: 'ravi@example.in' };

/**
 * The byte forms a value could be stored in: as typed, as the search-miss log normalises a query
 * (lower case, spaces folded), each of those JSON-escaped, and a phone's bare digits.
 */
export function searchedForms(person: typeof ASHA): string[] {
  const typed = [person.visitorName, person.phone, person.email];
  const values = [...typed, ...typed.map(normaliseMissQuery)];
  return [...new Set([...values, ...values.map((value) => JSON.stringify(value).slice(1, -1)), person.phone.replace(/\D/g, '').slice(-10)])];
}

/** What an officer types into the search box by mistake for Asha, what a search for Ravi leaves, and misses of no one. */
export const MISSES_OF = {
  asha: [ASHA.visitorName, `ToT for ${ASHA.visitorName}`],
  ravi: [RAVI.visitorName],
  noOne: ['drone jammer', 'आशाजनक परीक्षण'],
};

/** Records every miss of MISSES_OF in the user-data folder's search-miss log, on `day`. */
export async function recordMisses(userData: string, day: string): Promise<void> {
  const misses = await openSearchMissLog(userData);
  for (const query of Object.values(MISSES_OF).flat()) if (!(await misses.record(query, day)).recorded) throw new Error(`the miss "${query}" was not recorded`);
}

export async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** Every file (and form) that still holds something of the person (or `alsoTyped`, their values typed another way): [] when the erasure is real. */
export async function whereFound(folder: string, person: typeof ASHA, alsoTyped: readonly string[] = []): Promise<string[]> {
  const found: string[] = [];
  const forms = [...searchedForms(person), ...alsoTyped];
  for (const file of await filesUnder(folder)) {
    const bytes = await readFile(file);
    for (const form of forms) if (bytes.includes(Buffer.from(form, 'utf8'))) found.push(`${file}: ${form}`);
  }
  return found;
}

export function draftFor(person: typeof ASHA, overrides: Partial<EnquiryDraft> = {}): EnquiryDraft {
  return sampleDraft({ ...person, consent: 'given', ...overrides });
}

/** Three enquiries for Asha (one edited twice), `others` for Ravi; returns the saved ids. */
export async function seed(handlers: EnquiryHandlers, others: number): Promise<{ asha: string[]; ravi: string[] }> {
  const asha: string[] = [];
  const ravi: string[] = [];
  for (let index = 0; index < 3; index += 1) {
    const saved = await handlers['enquiry:save']({ draft: draftFor(ASHA, { question: `Asha question ${index}` }) });
    if (!saved.ok) throw new Error(saved.error.message);
    asha.push(saved.value.id);
  }
  let revision = 1;
  for (const question of ['edited once', 'edited twice']) {
    const edited = await handlers['enquiry:save']({ id: asha[0] as never, baseRevision: revision, draft: draftFor(ASHA, { question }) });
    if (!edited.ok) throw new Error(edited.error.message);
    revision = edited.value.revision;
  }
  for (let index = 0; index < others; index += 1) {
    const saved = await handlers['enquiry:save']({ draft: draftFor(RAVI, { question: `Ravi question ${index}` }) });
    if (!saved.ok) throw new Error(saved.error.message);
    ravi.push(saved.value.id);
  }
  return { asha, ravi };
}
