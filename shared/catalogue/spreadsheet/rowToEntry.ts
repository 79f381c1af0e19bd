// Assembling a catalogue entry from the typed cells of one row.
import type { EntryKind } from '../entry';

type Cells = Record<string, unknown>;

const optionalString = (cells: Cells, column: string) => cells[column] as string | undefined;
const stringList = (cells: Cells, column: string) => (cells[column] as string[] | undefined) ?? [];

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

export function rowToEntry(kind: EntryKind, cells: Cells): unknown {
  const details = withoutUndefined({ en: optionalString(cells, 'details_en'), hi: optionalString(cells, 'details_hi') });
  const common = withoutUndefined({
    id: cells.id,
    title: withoutUndefined({ en: cells.title_en, hi: cells.title_hi }),
    summary: withoutUndefined({ en: cells.summary_en, hi: cells.summary_hi }),
    details: Object.keys(details).length > 0 ? details : undefined,
    lab: typeof cells.lab === 'string' ? cells.lab.toUpperCase() : cells.lab,
    domains: stringList(cells, 'domain'),
    keywords: stringList(cells, 'keywords'),
    contact: withoutUndefined({ name: cells.contact_name, email: cells.contact_email, phone: cells.contact_phone }),
    sourceUrl: cells.source_url,
    updated: cells.updated,
    validUntil: cells.valid_until,
    status: cells.status ?? 'active',
  });
  switch (kind) {
    case 'technology':
      return withoutUndefined({ ...common, kind, category: cells.category, trl: cells.trl, applications: stringList(cells, 'applications'), totTerms: cells.tot_terms, licensees: cells.licensees });
    case 'consultancy':
      return withoutUndefined({ ...common, kind, serviceType: cells.service_type, deliverables: stringList(cells, 'deliverables'), feeBasis: cells.fee_basis, turnaroundDays: cells.turnaround_days });
    case 'course':
      return withoutUndefined({ ...common, kind, durationDays: cells.duration_days, mode: cells.mode, eligibility: cells.eligibility, feeInr: cells.fee_inr, seats: cells.seats, batches: cells.batches ?? [], venue: cells.venue });
    case 'scheme':
      return withoutUndefined({ ...common, kind, agency: cells.agency, maxFundingInr: cells.max_funding_inr, fundingShare: cells.funding_share, eligibility: cells.eligibility, applyBy: cells.apply_by, howToApply: cells.how_to_apply });
  }
}

/** Which spreadsheet column a schema path points at, so a late schema problem still names a column. */
export function columnForPath(path: readonly PropertyKey[]): string | undefined {
  const [first, second] = path.map(String);
  const nested: Record<string, string> = { title: 'title', summary: 'summary', details: 'details', contact: 'contact' };
  if (first && nested[first] && second) return `${nested[first]}_${second}`;
  const direct: Record<string, string> = {
    domains: 'domain', sourceUrl: 'source_url', validUntil: 'valid_until', totTerms: 'tot_terms', serviceType: 'service_type',
    feeBasis: 'fee_basis', turnaroundDays: 'turnaround_days', durationDays: 'duration_days', feeInr: 'fee_inr',
    maxFundingInr: 'max_funding_inr', fundingShare: 'funding_share', applyBy: 'apply_by', howToApply: 'how_to_apply',
  };
  return first ? (direct[first] ?? first) : undefined;
}
