// Entries' attributes (entryPreview.ts) as compact JSON for the stored index: one short array per
// entry instead of an object, and each lab and domain named once in a table. At 50,000 entries
// this is 2–3 MB instead of 6, which the worker downloads before it can answer.
//   {"labs": [name…], "domains": [name…], "entries": [[id, kind, lab, [domain…], updated, extra?, course?]…], "glossary": [group…]}
// kind is its position in ENTRY_KINDS, lab and domains positions in the tables; extra is a
// technology's TRL, a service's turnaround in working days, a scheme's maximum funding, or a
// course's batches, when the entry has one;
// course is a course's [duration in days, mode (position in COURSE_MODES), fee or -1, seats or -1].
import type { DateRange, EntryId, IsoDate } from '../catalogue/entry';
import { glossaryGroupSchema, type GlossaryGroup } from '../catalogue/glossary';
import { COURSE_MODES, ENTRY_KINDS } from '../catalogue/entryKinds';
import type { EntryAttributes } from './entryPreview';

type CourseFacts = [durationDays: number, mode: number, fee: number, seats: number];
type Row = [id: string, kind: number, lab: number, domains: number[], updated: string, extra?: number | DateRange[], course?: CourseFacts];

export function encodeAttributes(attributes: readonly EntryAttributes[], glossary: readonly GlossaryGroup[] = []): string {
  const labs = new NameTable();
  const domains = new NameTable();
  const entries = attributes.map((entry): Row => {
    const row: Row = [entry.id, ENTRY_KINDS.indexOf(entry.kind), labs.codeOf(entry.lab), entry.domains.map((domain) => domains.codeOf(domain)), entry.updated];
    const extra = entry.kind === 'technology' ? entry.trl : entry.kind === 'consultancy' ? entry.turnaroundDays : entry.kind === 'scheme' ? entry.maxFundingInr : entry.batches;
    if (extra !== undefined) row.push(extra);
    if (entry.kind === 'course') row.push([entry.durationDays, COURSE_MODES.indexOf(entry.mode), entry.feeInr ?? -1, entry.seats ?? -1]);
    return row;
  });
  return JSON.stringify({ labs: labs.names, domains: domains.names, entries, glossary });
}

/** The attributes and glossary written by encodeAttributes, or undefined when the text is anything else. */
export function decodeAttributes(text: string): { attributes: EntryAttributes[]; glossary: GlossaryGroup[] } | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { labs, domains, entries, glossary } = value as Record<string, unknown>;
  if (!isStringList(labs) || !isStringList(domains) || !Array.isArray(entries)) return undefined;
  const groups = glossaryGroupSchema.array().safeParse(glossary ?? []);
  if (!groups.success) return undefined;
  const decoded: EntryAttributes[] = [];
  for (const row of entries as unknown[]) {
    const entry = decodeRow(row, labs, domains);
    if (!entry) return undefined;
    decoded.push(entry);
  }
  return { attributes: decoded, glossary: groups.data };
}

function decodeRow(row: unknown, labs: string[], domainNames: string[]): EntryAttributes | undefined {
  if (!Array.isArray(row) || row.length < 5 || row.length > 7) return undefined;
  const id = row[0] as unknown;
  const kind = ENTRY_KINDS[row[1] as number];
  const lab = labs[row[2] as number];
  const domainCodes = row[3] as unknown;
  const updated = row[4] as unknown;
  const extra = row[5] as unknown;
  if (typeof id !== 'string' || kind === undefined || lab === undefined || typeof updated !== 'string' || !Array.isArray(domainCodes)) return undefined;
  const domains: string[] = new Array(domainCodes.length);
  for (let position = 0; position < domainCodes.length; position++) {
    const domain = domainNames[domainCodes[position] as number];
    if (domain === undefined) return undefined;
    domains[position] = domain;
  }
  const entryId = id as EntryId;
  const date = updated as IsoDate;
  // Object literals of one shape per kind (no spreading): 50,000 of them are built at start-up.
  switch (kind) {
    case 'technology':
      if (extra === undefined) return { id: entryId, kind, lab, domains, updated: date };
      return typeof extra === 'number' ? { id: entryId, kind, lab, domains, updated: date, trl: extra } : undefined;
    case 'scheme':
      if (extra === undefined) return { id: entryId, kind, lab, domains, updated: date };
      return typeof extra === 'number' ? { id: entryId, kind, lab, domains, updated: date, maxFundingInr: extra as never } : undefined;
    case 'course': {
      const course = row[6] as unknown;
      if (!Array.isArray(extra) || !extra.every(isDateRange) || !isCourseFacts(course)) return undefined;
      const [durationDays, mode, fee, seats] = course;
      const courseMode = COURSE_MODES[mode]!;
      if (fee >= 0 && seats >= 0) return { id: entryId, kind, lab, domains, updated: date, batches: extra, durationDays, mode: courseMode, feeInr: fee as never, seats };
      if (fee >= 0) return { id: entryId, kind, lab, domains, updated: date, batches: extra, durationDays, mode: courseMode, feeInr: fee as never };
      if (seats >= 0) return { id: entryId, kind, lab, domains, updated: date, batches: extra, durationDays, mode: courseMode, seats };
      return { id: entryId, kind, lab, domains, updated: date, batches: extra, durationDays, mode: courseMode };
    }
    case 'consultancy':
      if (extra === undefined) return { id: entryId, kind, lab, domains, updated: date };
      return typeof extra === 'number' ? { id: entryId, kind, lab, domains, updated: date, turnaroundDays: extra } : undefined;
  }
}

class NameTable {
  readonly names: string[] = [];
  private readonly codes = new Map<string, number>();

  codeOf(name: string): number {
    let code = this.codes.get(name);
    if (code === undefined) {
      code = this.names.length;
      this.names.push(name);
      this.codes.set(name, code);
    }
    return code;
  }
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isCourseFacts(value: unknown): value is CourseFacts {
  return Array.isArray(value) && value.length === 4 && value.every((item) => typeof item === 'number') && COURSE_MODES[value[1] as number] !== undefined;
}

function isDateRange(value: unknown): value is DateRange {
  if (typeof value !== 'object' || value === null) return false;
  const range = value as Record<string, unknown>;
  return typeof range.start === 'string' && typeof range.end === 'string';
}
