// Reading a journal file's bytes back into the log. Damage never costs more than the damaged line:
// a torn last line (a write cut off by a crash, never acknowledged) is dropped, a corrupt line
// anywhere is reported and skipped, and every good line is kept.
import type { Enquiry } from '../../shared/enquiry/enquiry';
import { mergeEnquiryInto } from '../../shared/enquiry/merge';
import { decodeJournalLine } from './journalLine';

const NEWLINE = 0x0a;

export interface DamagedLine {
  /** 1-based. */
  lineNumber: number;
  reason: string;
}

export interface JournalContents {
  enquiries: Map<string, Enquiry>;
  /** Good lines read (several may be revisions of one enquiry). */
  recordCount: number;
  /** Good lines in the format-1 shape, migrated as read; the next compaction writes them anew. */
  migratedCount: number;
  damagedLines: DamagedLine[];
  /** Bytes up to and including the last "\n"; anything after it is a torn write. */
  completeLength: number;
  /** Length of the torn tail after `completeLength` (0 if the file ends with "\n"). */
  tornLength: number;
}

export function readJournalBytes(bytes: Uint8Array): JournalContents {
  const enquiries = new Map<string, Enquiry>();
  const damagedLines: DamagedLine[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let recordCount = 0;
  let migratedCount = 0;
  let start = 0;
  let lineNumber = 0;
  while (start < bytes.length) {
    const end = bytes.indexOf(NEWLINE, start);
    if (end === -1) break;
    lineNumber += 1;
    const slice = bytes.subarray(start, end);
    start = end + 1;
    if (slice.length === 0) continue;
    let text: string;
    try {
      text = decoder.decode(slice);
    } catch {
      damagedLines.push({ lineNumber, reason: 'not UTF-8 text' });
      continue;
    }
    const decoded = decodeJournalLine(text);
    if (!decoded.ok) {
      damagedLines.push({ lineNumber, reason: decoded.reason });
      continue;
    }
    recordCount += 1;
    if (decoded.migrated) migratedCount += 1;
    mergeEnquiryInto(enquiries, decoded.record.enquiry);
  }
  return { enquiries, recordCount, migratedCount, damagedLines, completeLength: start, tornLength: bytes.length - start };
}
