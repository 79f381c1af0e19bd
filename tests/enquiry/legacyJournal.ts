// Format-1 journals for the migration tests: lines as the desk wrote them before enquiries were
// cases (no reference, channel, status or consent; three visitor types), checksummed as every
// journal line is, with some enquiries edited so that compaction has revisions to fold.
import { randomUUID } from 'node:crypto';
import type { Enquiry } from '../../shared/enquiry/enquiry';
import { migrateLegacyEnquiry, type LegacyEnquiry } from '../../shared/enquiry/migrateEnquiry';
import { encodeJournalLine } from '../../electron/enquiry/journalLine';

export interface LegacyJournal {
  /** The file's bytes, one format-1 line per revision. */
  bytes: Buffer;
  lineCount: number;
  /** Each enquiry as today's reader must see it: its highest revision, migrated. */
  expected: Map<string, Enquiry>;
}

const VISITOR_TYPES = ['msme', 'start-up', 'other'] as const;

/** `count` enquiries from 2026-10, every fifth edited once more (its follow-up then done). */
export function legacyJournal(count: number, questionRepeat = 8): LegacyJournal {
  const lines: string[] = [];
  const expected = new Map<string, Enquiry>();
  for (let index = 0; index < count; index += 1) {
    const day = String(1 + (index % 28)).padStart(2, '0');
    const created = `2026-10-${day}T05:30:00.000Z`;
    const legacy: LegacyEnquiry = {
      id: randomUUID(),
      revision: 1,
      createdAt: created,
      updatedAt: created,
      enquiryDate: `2026-10-${day}`,
      visitorName: `पुराना आगंतुक ${index}`,
      organisation: `Old Works ${index}`,
      visitorType: VISITOR_TYPES[index % VISITOR_TYPES.length]!,
      phone: `0522-${String(2_000_000 + index)}`,
      email: `old${index}@example.in`,
      question: `पुराना प्रश्न ${index}: ToT terms, "quoted", and trials. `.repeat(1 + (index % questionRepeat)),
      entryIds: index % 2 === 0 ? ['tech-bpj-level-3'] : [],
      followUpAction: index % 3 === 0 ? 'Send the brochure' : '',
      ...(index % 3 === 0 ? { followUpDate: `2026-11-${day}` } : {}),
      followUpDone: false,
      officer: 'R. Singh',
    } as LegacyEnquiry;
    lines.push(encodeJournalLine(legacy as unknown as Enquiry));
    let last = legacy;
    if (index % 5 === 0) {
      last = { ...legacy, revision: 2, updatedAt: `2026-10-${day}T09:00:00.000Z`, followUpDone: true } as LegacyEnquiry;
      lines.push(encodeJournalLine(last as unknown as Enquiry));
    }
    expected.set(legacy.id, migrateLegacyEnquiry(last));
  }
  return { bytes: Buffer.from(lines.join(''), 'utf8'), lineCount: lines.length, expected };
}
