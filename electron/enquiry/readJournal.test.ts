import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EnquiryId } from '../../shared/enquiry/enquiry';
import { sampleEnquiry } from '../../shared/enquiry/testing/enquiryArbitraries';
import { encodeJournalLine } from './journalLine';
import { readJournalBytes } from './readJournal';

const ids = Array.from({ length: 8 }, (_, index) => `00000000-0000-4000-8000-${String(index).padStart(12, '0')}` as EnquiryId);
const lines = ids.map((id, index) => Buffer.from(encodeJournalLine(sampleEnquiry({ id, question: `प्रश्न ${index} `.repeat(index * 3 + 1).trim() }))));
const file = Buffer.concat(lines);
const lineStarts = lines.map((_, index) => lines.slice(0, index).reduce((sum, line) => sum + line.length, 0));

describe('reading a damaged journal', () => {
  it('a file cut at any byte keeps every whole line and drops only the torn one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: file.length }), (cut) => {
        const contents = readJournalBytes(file.subarray(0, cut));
        const wholeLines = lineStarts.filter((start, index) => start + lines[index]!.length <= cut).length;
        expect([...contents.enquiries.keys()].sort()).toEqual(ids.slice(0, wholeLines));
        expect(contents.damagedLines).toEqual([]);
        expect(contents.completeLength + contents.tornLength).toBe(cut);
      }),
    );
  });

  it('one changed byte anywhere costs at most the line it is in', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: file.length - 1 }), fc.integer({ min: 1, max: 255 }), (position, mask) => {
        const damaged = Buffer.from(file);
        damaged[position] = damaged[position]! ^ mask;
        fc.pre(damaged[position] !== 0x0a && file[position] !== 0x0a);
        const contents = readJournalBytes(damaged);
        const hit = lineStarts.findLastIndex((start) => start <= position);
        expect([...contents.enquiries.keys()].sort()).toEqual(ids.filter((_, index) => index !== hit));
        expect(contents.damagedLines.map((line) => line.lineNumber)).toEqual([hit + 1]);
      }),
      { numRuns: 300 },
    );
  });
});
