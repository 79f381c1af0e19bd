import { describe, expect, it } from 'vitest';
import type { Timestamp } from '../../shared/enquiry/enquiry';
import { SAMPLE_IDS, sampleEnquiry } from '../../shared/enquiry/testing/enquiryArbitraries';
import { enquiriesToCsv } from './exportCsv';

const enquiry = sampleEnquiry({
  visitorName: 'मीना "मिनी" शर्मा',
  organisation: 'Sharma, Sons & Co',
  question: 'Line one\nline two',
  followUpAction: '=HYPERLINK("http://evil")',
  entryIds: ['tech-uav', 'course-ndt'] as never,
  updatedAt: '2026-11-21T06:00:00.000Z' as Timestamp,
  revision: 2,
});

describe('the CSV export', () => {
  it('is UTF-8 with a byte order mark, CRLF rows and RFC 4180 quoting, Hindi intact', () => {
    const bytes = Buffer.from(enquiriesToCsv([enquiry], 'en'), 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const expected =
      '\uFEFF' +
      'Reference,Date,Visitor name,Organisation,Visitor type,Channel,Status,Outcome,Phone,E-mail,What they asked,Entries shown,Entry ids,Follow-up action,Follow-up date,Follow-up done,Officer,Enquiry id,Recorded at (UTC),Last changed at (UTC),Revision\r\n' +
      `DTTC-LKO1-261120-0001,2026-11-20,"मीना ""मिनी"" शर्मा","Sharma, Sons & Co","Micro, small or medium enterprise (MSME)",Walk-in,Open,,"=""+91 98390 12345""",asha@example.in,"Line one\nline two",tech-uav; course-ndt,tech-uav; course-ndt,"'=HYPERLINK(""http://evil"")",2026-11-27,no,R. Singh,${SAMPLE_IDS[0]},2026-11-20T05:30:00.000Z,2026-11-21T06:00:00.000Z,2\r\n`;
    expect(bytes.toString('utf8')).toBe(expected);
    expect(bytes.equals(Buffer.from(expected, 'utf8'))).toBe(true);
  });

  it("lists the entries shown by title in the reader's language (the other language, or the id, where it has none)", () => {
    const titles = new Map([
      ['tech-uav', { en: 'Mini UAV, "Netra"', hi: 'मिनी यूएवी' }],
      ['course-ndt', { en: 'NDT course' }],
    ]);
    const shown = (language: 'en' | 'hi') => enquiriesToCsv([{ ...enquiry, entryIds: ['tech-uav', 'course-ndt', 'gone-entry'] as never }], language, titles).split('\r\n')[1]!;
    expect(shown('en')).toContain(',"Mini UAV, ""Netra""; NDT course; gone-entry",tech-uav; course-ndt; gone-entry,');
    expect(shown('hi')).toContain(',मिनी यूएवी; NDT course; gone-entry,tech-uav; course-ndt; gone-entry,');
  });

  it('writes the header and labels in Hindi when asked, and only a header for an empty range', () => {
    const text = enquiriesToCsv([], 'hi');
    expect(text).toBe(
      '\uFEFFसंदर्भ संख्या,दिनांक,आगंतुक का नाम,संगठन,आगंतुक का प्रकार,माध्यम,स्थिति,परिणाम,फ़ोन,ई-मेल,क्या पूछा,दिखाई गई प्रविष्टियाँ,प्रविष्टियों की आईडी,आगे की कार्रवाई,आगे की कार्रवाई की तिथि,आगे की कार्रवाई पूरी,अधिकारी,पूछताछ आईडी,दर्ज करने का समय (UTC),अंतिम बदलाव (UTC),संशोधन\r\n',
    );
    expect(enquiriesToCsv([enquiry], 'hi')).toContain(',"सूक्ष्म, लघु या मध्यम उद्यम (एमएसएमई)",स्वयं आकर,खुली,');
  });

  it('writes phones as a constant text formula Excel shows without an apostrophe, and guards everything else', () => {
    const row = (phone: string, followUpAction = '') => enquiriesToCsv([sampleEnquiry({ phone, followUpAction })], 'en').split('\r\n')[1]!;
    expect(row('0522-2345678')).toContain(',"=""0522-2345678""",');
    expect(row('+91 (522) 234.5678 / 9')).toContain(',"=""+91 (522) 234.5678 / 9""",');
    expect(row('')).toMatch(/Open,,,asha@/);
    // Only the phone column is wrapped; the same text typed elsewhere is guarded.
    expect(row('0522', '="0522"')).toContain(`,"'=""0522""",`);
    expect(row('0522', '=1+1')).toContain(",'=1+1,");
    // A phone the schema would refuse (a tab inside) is not wrapped, and gets the guard.
    expect(row('\t+91')).toContain(",'\t+91,");
  });
});
