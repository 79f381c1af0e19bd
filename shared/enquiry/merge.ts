// Merging enquiries from two logs (a hand-over file into this machine's log, or a journal replayed
// line by line) without duplicates. One rule decides which version of an enquiry wins, and it is a
// total order, so merging is commutative, associative and idempotent whatever the order of arrival.
import type { Enquiry } from './enquiry';
import { withoutPersonalData } from './personalData';

/** JSON with object keys sorted, so two equal enquiries always serialise to the same text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(inner).sort()) sorted[key] = (inner as Record<string, unknown>)[key];
    return sorted;
  });
}

/**
 * Positive when `a` should win over `b` (two versions of the same enquiry): the higher revision,
 * then the later updatedAt, then — for two different edits made on two machines from the same
 * revision at the same millisecond — the greater canonical JSON (of what erasure keeps, then of
 * the whole), an arbitrary but fixed choice.
 */
export function compareEnquiryVersions(a: Enquiry, b: Enquiry): number {
  if (a.revision !== b.revision) return a.revision - b.revision;
  const time = Date.parse(a.updatedAt) - Date.parse(b.updatedAt);
  if (time !== 0) return time;
  // What is kept after erasure decides first, so erasing the winner never changes who wins later.
  const keptA = canonicalJson(statisticsOf(a));
  const keptB = canonicalJson(statisticsOf(b));
  if (keptA !== keptB) return keptA > keptB ? 1 : -1;
  const textA = canonicalJson(a);
  const textB = canonicalJson(b);
  return textA === textB ? 0 : textA > textB ? 1 : -1;
}

export type MergeOutcome = 'added' | 'updated' | 'unchanged';

function statisticsOf(enquiry: Enquiry): Omit<Enquiry, 'visitorName' | 'phone' | 'email' | 'personalDataErased'> {
  const { visitorName: _name, phone: _phone, email: _email, personalDataErased: _erased, ...kept } = enquiry;
  return kept;
}

/**
 * Erasure is sticky: when either version has had the person's details erased, the merge has them
 * erased too, whichever version wins otherwise, so an old hand-over file never brings back what a
 * visitor asked to have removed (DPDP Act 2023 s. 12). The earlier erasure is kept, so the rule stays
 * commutative, associative and idempotent.
 */
function mergedVersion(current: Enquiry, incoming: Enquiry): Enquiry {
  const winner = compareEnquiryVersions(incoming, current) > 0 ? incoming : current;
  const erasures = [current.personalDataErased, incoming.personalDataErased].filter((erasure) => erasure !== undefined);
  if (erasures.length === 0) return winner;
  const earliest = erasures.reduce((a, b) => (a.at < b.at || (a.at === b.at && a.reason <= b.reason) ? a : b));
  const kept = winner.personalDataErased;
  if (kept !== undefined && kept.at === earliest.at && kept.reason === earliest.reason) return winner;
  return { ...withoutPersonalData(winner), personalDataErased: earliest };
}

/** Puts `incoming` into `state` if it is new or wins over the version there; says which happened. */
export function mergeEnquiryInto(state: Map<string, Enquiry>, incoming: Enquiry): MergeOutcome {
  const current = state.get(incoming.id);
  if (current === undefined) {
    state.set(incoming.id, incoming);
    return 'added';
  }
  const merged = mergedVersion(current, incoming);
  if (merged === current) return 'unchanged';
  state.set(incoming.id, merged);
  return 'updated';
}

/** The merge of two lists as a new list ordered by id (pure: the inputs are not changed). */
export function mergeEnquiryLists(first: readonly Enquiry[], second: readonly Enquiry[]): Enquiry[] {
  const state = new Map<string, Enquiry>();
  for (const enquiry of first) mergeEnquiryInto(state, enquiry);
  for (const enquiry of second) mergeEnquiryInto(state, enquiry);
  return [...state.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
