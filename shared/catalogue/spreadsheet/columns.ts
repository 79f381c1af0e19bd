// The columns of ../shared/spec/catalogue-spreadsheet.md, per file, with how each cell is read.
import { COURSE_MODES, ENTRY_STATUSES, SERVICE_TYPES, TECHNOLOGY_CATEGORIES, type EntryKind } from '../entry';
import * as cell from './cellParsers';

export interface ColumnSpec {
  required: boolean;
  parse: cell.CellParser<unknown>;
}

const commonColumns: Record<string, ColumnSpec> = {
  id: { required: true, parse: cell.entryId },
  title_en: { required: true, parse: cell.text(300) },
  title_hi: { required: false, parse: cell.text(300) },
  summary_en: { required: true, parse: cell.text(400) },
  summary_hi: { required: false, parse: cell.text(1200) },
  details_en: { required: false, parse: cell.text() },
  details_hi: { required: false, parse: cell.text() },
  lab: { required: true, parse: cell.text(20) },
  domain: { required: true, parse: cell.list(100) },
  keywords: { required: false, parse: cell.list(100) },
  contact_name: { required: false, parse: cell.text(300) },
  contact_email: { required: false, parse: cell.email },
  contact_phone: { required: false, parse: cell.text(100) },
  source_url: { required: false, parse: cell.httpsUrl },
  updated: { required: true, parse: cell.isoDate },
  valid_until: { required: false, parse: cell.isoDate },
  status: { required: false, parse: cell.oneOf(ENTRY_STATUSES) },
};

export const SPREADSHEET_FILES: Record<string, { kind: EntryKind; columns: Record<string, ColumnSpec> }> = {
  'technologies.csv': {
    kind: 'technology',
    columns: {
      ...commonColumns,
      category: { required: false, parse: cell.oneOf(TECHNOLOGY_CATEGORIES) },
      trl: { required: false, parse: cell.integer(1, 9) },
      applications: { required: false, parse: cell.list() },
      tot_terms: { required: false, parse: cell.text(4000) },
      licensees: { required: false, parse: cell.integer(0, 100_000) },
    },
  },
  'consultancy.csv': {
    kind: 'consultancy',
    columns: {
      ...commonColumns,
      service_type: { required: true, parse: cell.oneOf(SERVICE_TYPES) },
      deliverables: { required: false, parse: cell.list() },
      fee_basis: { required: false, parse: cell.text(2000) },
      turnaround_days: { required: false, parse: cell.integer(1, 3650) },
    },
  },
  'courses.csv': {
    kind: 'course',
    columns: {
      ...commonColumns,
      duration_days: { required: true, parse: cell.integer(1, 3650) },
      mode: { required: true, parse: cell.oneOf(COURSE_MODES) },
      eligibility: { required: false, parse: cell.text(2000) },
      fee_inr: { required: false, parse: cell.rupees },
      seats: { required: false, parse: cell.integer(1, 100_000) },
      batches: { required: false, parse: cell.dateRanges },
      venue: { required: false, parse: cell.text(500) },
    },
  },
  'schemes.csv': {
    kind: 'scheme',
    columns: {
      ...commonColumns,
      agency: { required: true, parse: cell.text(300) },
      max_funding_inr: { required: false, parse: cell.rupees },
      funding_share: { required: false, parse: cell.text(500) },
      eligibility: { required: false, parse: cell.text(4000) },
      apply_by: { required: false, parse: cell.isoDate },
      how_to_apply: { required: false, parse: cell.text(4000) },
    },
  },
};
