import { describe, expect, it } from 'vitest';
import { sampleEnquiry } from '../../shared/enquiry/testing/enquiryArbitraries';
import { decodeJournalLine, encodeJournalLine } from './journalLine';

describe('a journal line', () => {
  it('is one line of JSON that decodes to the enquiry it was made from, Hindi included', () => {
    const enquiry = sampleEnquiry({ question: 'क्या "ड्रोन" तकनीक\nउपलब्ध है?' });
    const line = encodeJournalLine(enquiry);
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toContain('\n');
    expect(JSON.parse(line)).toMatchObject({ sha256: expect.stringMatching(/^[0-9a-f]{64}$/), record: { type: 'save', enquiry } });
    expect(decodeJournalLine(line.slice(0, -1))).toEqual({ ok: true, migrated: false, record: { type: 'save', enquiry } });
  });

  it('is refused when any character changes, or when cut short', () => {
    const line = encodeJournalLine(sampleEnquiry()).slice(0, -1);
    const tampered = line.replace('Asha', 'Usha');
    expect(tampered).not.toBe(line);
    expect(decodeJournalLine(tampered)).toEqual({ ok: false, reason: 'checksum does not match' });
    expect(decodeJournalLine(line.slice(0, 120))).toEqual({ ok: false, reason: 'not a journal line' });
    expect(decodeJournalLine('')).toEqual({ ok: false, reason: 'not a journal line' });
  });
});
