// Filters and facet counts over per-entry facts kept in flat arrays. A filter the caller left
// empty is inactive. The TRL, course-date and funding filters keep only entries of their kind that
// have the value (asking for TRL 7–9 means "technologies at TRL 7–9").
import type { DateRange, EntryKind, IsoDate } from '../catalogue/entry';
import { ENTRY_KINDS } from '../catalogue/entryKinds';
import type { EntryAttributes } from './entryPreview';
import { dateNumber } from './sortOrder';
import type { FacetCounts, SearchFilters } from './types';

export interface EntryFacts {
  kind: Uint8Array;
  lab: Uint16Array;
  labNames: string[];
  labCodes: Map<string, number>;
  domainStart: Int32Array;
  domains: Uint16Array;
  domainNames: string[];
  domainCodes: Map<string, number>;
  /** 0 when the entry has no TRL. */
  trl: Uint8Array;
  /** NaN when the entry is not a scheme with a maximum funding. */
  funding: Float64Array;
  /** NaN when the entry is not a course with a fee. */
  fee: Float64Array;
  /** The entry's last update as the number YYYYMMDD (sortOrder.ts). */
  updated: Int32Array;
  batches: (readonly DateRange[] | undefined)[];
  /** A course's earliest batch start and latest batch end (undefined without batches), so facets need not visit every batch. */
  firstBatchStart: (IsoDate | undefined)[];
  lastBatchEnd: (IsoDate | undefined)[];
}

export function collectFacts(entries: readonly EntryAttributes[]): EntryFacts {
  const labCodes = new Map<string, number>();
  const labNames: string[] = [];
  const domainCodes = new Map<string, number>();
  const domainNames: string[] = [];
  // Names as written → code, so the case folding runs once per distinct spelling, not per entry.
  const labCodeOfSpelling = new Map<string, number>();
  const domainCodeOfSpelling = new Map<string, number>();
  const codeOf = (codes: Map<string, number>, names: string[], spellings: Map<string, number>, name: string) => {
    let code = spellings.get(name);
    if (code !== undefined) return code;
    const key = name.toLowerCase();
    code = codes.get(key);
    if (code === undefined) {
      code = names.length;
      codes.set(key, code);
      names.push(name);
    }
    spellings.set(name, code);
    return code;
  };
  const domainStart = new Int32Array(entries.length + 1);
  const domainList: number[] = [];
  const facts: EntryFacts = {
    kind: new Uint8Array(entries.length),
    lab: new Uint16Array(entries.length),
    labNames,
    labCodes,
    domainStart,
    domains: new Uint16Array(0),
    domainNames,
    domainCodes,
    trl: new Uint8Array(entries.length),
    funding: new Float64Array(entries.length).fill(Number.NaN),
    fee: new Float64Array(entries.length).fill(Number.NaN),
    updated: new Int32Array(entries.length),
    batches: new Array(entries.length),
    firstBatchStart: new Array(entries.length),
    lastBatchEnd: new Array(entries.length),
  };
  entries.forEach((entry, document) => {
    facts.kind[document] = ENTRY_KINDS.indexOf(entry.kind);
    facts.lab[document] = codeOf(labCodes, labNames, labCodeOfSpelling, entry.lab);
    const first = domainList.length;
    for (const name of entry.domains) {
      const domain = codeOf(domainCodes, domainNames, domainCodeOfSpelling, name);
      if (!domainList.includes(domain, first)) domainList.push(domain);
    }
    domainStart[document + 1] = domainList.length;
    if (entry.kind === 'technology' && entry.trl !== undefined) facts.trl[document] = entry.trl;
    if (entry.kind === 'scheme' && entry.maxFundingInr !== undefined) facts.funding[document] = entry.maxFundingInr;
    facts.updated[document] = dateNumber(entry.updated);
    if (entry.kind === 'course') {
      if (entry.feeInr !== undefined) facts.fee[document] = entry.feeInr;
      facts.batches[document] = entry.batches;
      for (const batch of entry.batches) {
        if (facts.firstBatchStart[document] === undefined || batch.start < facts.firstBatchStart[document]!) facts.firstBatchStart[document] = batch.start;
        if (facts.lastBatchEnd[document] === undefined || batch.end > facts.lastBatchEnd[document]!) facts.lastBatchEnd[document] = batch.end;
      }
    }
  });
  facts.domains = Uint16Array.from(domainList);
  return facts;
}

const KIND = 1;
const LAB = 2;
const DOMAIN = 4;
const TRL = 8;
const COURSE_DATES = 16;
const FUNDING = 32;

export interface CompiledFilters {
  /** False when no filter is set, so callers can skip checking each entry. */
  active: boolean;
  /** Bit set of the filters an entry fails (0: it passes them all). */
  failures(document: number): number;
}

/** Turns caller filters (possibly malformed, from any caller) into a fast check; never throws. */
export function compileFilters(filters: SearchFilters | undefined, facts: EntryFacts): CompiledFilters {
  const kinds = codeSet(filters?.kinds, (kind) => (ENTRY_KINDS.includes(kind as EntryKind) ? ENTRY_KINDS.indexOf(kind as EntryKind) : -1));
  const labs = codeSet(filters?.labs, (lab) => facts.labCodes.get(lab.toLowerCase()) ?? -1);
  const domains = codeSet(filters?.domains, (domain) => facts.domainCodes.get(domain.toLowerCase()) ?? -1);
  const trl = numberRange(filters?.trl);
  const funding = numberRange(filters?.funding);
  const dates = dateRange(filters?.courseDates);
  return {
    active: Boolean(kinds || labs || domains || trl || funding || dates),
    failures(document) {
      let failed = 0;
      if (kinds && !kinds.has(facts.kind[document]!)) failed |= KIND;
      if (labs && !labs.has(facts.lab[document]!)) failed |= LAB;
      if (domains && !hasAnyDomain(facts, document, domains)) failed |= DOMAIN;
      if (trl) {
        const level = facts.trl[document]!;
        if (level === 0 || level < trl.min || level > trl.max) failed |= TRL;
      }
      if (funding) {
        const amount = facts.funding[document]!;
        if (Number.isNaN(amount) || amount < funding.min || amount > funding.max) failed |= FUNDING;
      }
      if (dates) {
        const batches = facts.batches[document];
        if (!batches || !batches.some((batch) => batch.end >= dates.from && batch.start <= dates.to)) failed |= COURSE_DATES;
      }
      return failed;
    },
  };
}

/** Counts facets over `documents`; each facet counts entries that pass every filter but its own. */
export function countFacets(documents: ArrayLike<number>, count: number, filters: CompiledFilters, facts: EntryFacts): FacetCounts {
  const kindCounts = new Int32Array(ENTRY_KINDS.length);
  const labCounts = new Int32Array(facts.labNames.length);
  const domainCounts = new Int32Array(facts.domainNames.length);
  const trlCounts = new Int32Array(10);
  let fundingMin = Number.POSITIVE_INFINITY;
  let fundingMax = Number.NEGATIVE_INFINITY;
  let firstBatch: IsoDate | undefined;
  let lastBatch: IsoDate | undefined;
  const { domainStart, domains } = facts;
  for (let index = 0; index < count; index++) {
    const document = documents[index]!;
    const failed = filters.active ? filters.failures(document) : 0;
    // Counted for facet F when it fails nothing, or fails only F.
    if (failed !== 0 && (failed & (failed - 1)) !== 0) continue;
    if (failed === 0 || failed === KIND) kindCounts[facts.kind[document]!]! += 1;
    if (failed === 0 || failed === LAB) labCounts[facts.lab[document]!]! += 1;
    if (failed === 0 || failed === DOMAIN) {
      for (let slot = domainStart[document]!; slot < domainStart[document + 1]!; slot++) domainCounts[domains[slot]!]! += 1;
    }
    if (failed === 0 || failed === TRL) trlCounts[facts.trl[document]!]! += 1;
    if (failed === 0 || failed === FUNDING) {
      const amount = facts.funding[document]!;
      if (!Number.isNaN(amount)) {
        if (amount < fundingMin) fundingMin = amount;
        if (amount > fundingMax) fundingMax = amount;
      }
    }
    if (failed === 0 || failed === COURSE_DATES) {
      const start = facts.firstBatchStart[document];
      if (start !== undefined) {
        const end = facts.lastBatchEnd[document]!;
        if (firstBatch === undefined || start < firstBatch) firstBatch = start;
        if (lastBatch === undefined || end > lastBatch) lastBatch = end;
      }
    }
  }
  const kind = Object.fromEntries(ENTRY_KINDS.map((name, code) => [name, kindCounts[code]!])) as Record<EntryKind, number>;
  const facets: FacetCounts = {
    kind,
    lab: nonZero(facts.labNames, labCounts),
    domain: nonZero(facts.domainNames, domainCounts),
    trl: nonZero(['none', '1', '2', '3', '4', '5', '6', '7', '8', '9'], trlCounts),
  };
  delete facets.trl!.none;
  if (fundingMin <= fundingMax) facets.fundingRange = { min: fundingMin, max: fundingMax };
  if (firstBatch !== undefined && lastBatch !== undefined) facets.courseDateRange = { first: firstBatch, last: lastBatch };
  return facets;
}

function nonZero(names: readonly string[], counts: Int32Array): Record<string, number> {
  const result: Record<string, number> = {};
  names.forEach((name, code) => {
    if (counts[code]! > 0) result[name] = counts[code]!;
  });
  return result;
}

function hasAnyDomain(facts: EntryFacts, document: number, wanted: Set<number>): boolean {
  for (let slot = facts.domainStart[document]!; slot < facts.domainStart[document + 1]!; slot++) if (wanted.has(facts.domains[slot]!)) return true;
  return false;
}

function codeSet(values: unknown, codeOf: (value: string) => number): Set<number> | undefined {
  if (!Array.isArray(values) || values.length === 0) return undefined;
  return new Set(values.filter((value): value is string => typeof value === 'string').map(codeOf));
}

function numberRange(range: unknown): { min: number; max: number } | undefined {
  if (typeof range !== 'object' || range === null) return undefined;
  const { min, max } = range as { min?: unknown; max?: unknown };
  const low = typeof min === 'number' && !Number.isNaN(min) ? min : Number.NEGATIVE_INFINITY;
  const high = typeof max === 'number' && !Number.isNaN(max) ? max : Number.POSITIVE_INFINITY;
  return low === Number.NEGATIVE_INFINITY && high === Number.POSITIVE_INFINITY ? undefined : { min: low, max: high };
}

function dateRange(range: unknown): { from: string; to: string } | undefined {
  if (typeof range !== 'object' || range === null) return undefined;
  const { from, to } = range as { from?: unknown; to?: unknown };
  const low = typeof from === 'string' && from.length > 0 ? from : '';
  const high = typeof to === 'string' && to.length > 0 ? to : '\uffff';
  return low === '' && high === '\uffff' ? undefined : { from: low, to: high };
}
