// Writes catalogue entries as a spreadsheet folder (../shared/spec/catalogue-spreadsheet.md), so the
// browser host can serve a generated catalogue exactly as it serves the bundled one.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { CatalogueEntry, EntryKind } from '../../shared/catalogue/entry';

const FILE_OF_KIND: Record<EntryKind, string> = { technology: 'technologies.csv', consultancy: 'consultancy.csv', course: 'courses.csv', scheme: 'schemes.csv' };

type Row = Record<string, string | number | undefined>;

const list = (items: readonly string[] | undefined) => (items && items.length > 0 ? items.join('; ') : undefined);

function rowOf(entry: CatalogueEntry): Row {
  const common: Row = {
    id: entry.id,
    title_en: entry.title.en,
    title_hi: entry.title.hi,
    summary_en: entry.summary.en,
    summary_hi: entry.summary.hi,
    details_en: entry.details?.en,
    details_hi: entry.details?.hi,
    lab: entry.lab,
    domain: list(entry.domains),
    keywords: list(entry.keywords),
    contact_name: entry.contact.name,
    contact_email: entry.contact.email,
    contact_phone: entry.contact.phone,
    source_url: entry.sourceUrl,
    updated: entry.updated,
    valid_until: entry.validUntil,
    status: entry.status,
  };
  switch (entry.kind) {
    case 'technology':
      return { ...common, category: entry.category, trl: entry.trl, applications: list(entry.applications), tot_terms: entry.totTerms, licensees: entry.licensees };
    case 'consultancy':
      return { ...common, service_type: entry.serviceType, deliverables: list(entry.deliverables), fee_basis: entry.feeBasis, turnaround_days: entry.turnaroundDays };
    case 'course':
      return {
        ...common,
        duration_days: entry.durationDays,
        mode: entry.mode,
        eligibility: entry.eligibility,
        fee_inr: entry.feeInr,
        seats: entry.seats,
        batches: list(entry.batches.map((batch) => `${batch.start}/${batch.end}`)),
        venue: entry.venue,
      };
    case 'scheme':
      return {
        ...common,
        agency: entry.agency,
        max_funding_inr: entry.maxFundingInr,
        funding_share: entry.fundingShare,
        eligibility: entry.eligibility,
        apply_by: entry.applyBy,
        how_to_apply: entry.howToApply,
      };
  }
}

export async function writeCatalogueFolder(folder: string, entries: readonly CatalogueEntry[]): Promise<void> {
  await mkdir(folder, { recursive: true });
  const rowsByFile = new Map<string, Row[]>();
  for (const entry of entries) {
    const file = FILE_OF_KIND[entry.kind];
    const rows = rowsByFile.get(file) ?? [];
    rows.push(rowOf(entry));
    rowsByFile.set(file, rows);
  }
  for (const [file, rows] of rowsByFile) {
    const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
    const cleaned = rows.map((row) => Object.fromEntries(columns.map((column) => [column, row[column] ?? ''])));
    await writeFile(join(folder, file), Papa.unparse(cleaned, { columns, newline: '\n' }));
  }
}
