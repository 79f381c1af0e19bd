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
      'Date,Visitor name,Organisation,Visitor type,Phone,E-mail,What they asked,Entries shown,Follow-up action,Follow-up date,Follow-up done,Officer,Enquiry id,Recorded at (UTC),Last changed at (UTC),Revision\r\n' +
      `2026-11-20,"मीना ""मिनी"" शर्मा","Sharma, Sons & Co",MSME,"'+91 98390 12345",asha@example.in,"Line one\nline two",tech-uav; course-ndt,"'=HYPERLINK(""http://evil"")",2026-11-27,no,R. Singh,${SAMPLE_IDS[0]},2026-11-20T05:30:00.000Z,2026-11-21T06:00:00.000Z,2\r\n`;
    expect(bytes.equals(Buffer.from(expected, 'utf8'))).toBe(true);
    expect(bytes.toString('utf8')).toBe(expected);
  });

  it('writes the header and labels in Hindi when asked, and only a header for an empty range', () => {
    const text = enquiriesToCsv([], 'hi');
    expect(text).toBe(
      '\uFEFFदिनांक,आगंतुक का नाम,संगठन,आगंतुक का प्रकार,फ़ोन,ई-मेल,क्या पूछा,दिखाई गई प्रविष्टियाँ,आगे की कार्रवाई,आगे की कार्रवाई की तिथि,आगे की कार्रवाई पूरी,अधिकारी,पूछताछ आईडी,दर्ज करने का समय (UTC),अंतिम बदलाव (UTC),संशोधन\r\n',
    );
    expect(enquiriesToCsv([enquiry], 'hi')).toContain(',एमएसएमई,');
  });
});
