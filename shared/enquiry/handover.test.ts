import { describe, expect, it } from 'vitest';
import type { Timestamp } from './enquiry';
import { createHandover, handoverToText, parseHandover } from './handover';
import { sampleEnquiry } from './testing/enquiryArbitraries';

describe('the hand-over file', () => {
  it('reads back what it wrote, Hindi included, with or without a byte order mark', () => {
    const handover = createHandover([sampleEnquiry({ visitorName: 'मीना शर्मा' })], '2026-11-25T01:00:00.000Z' as Timestamp);
    const text = handoverToText(handover);
    expect(parseHandover(text)).toEqual({ ok: true, handover });
    expect(parseHandover(`\uFEFF${text}`)).toEqual({ ok: true, handover });
  });

  it('says what is wrong with a file that is not JSON, not a hand-over, or has a bad field', () => {
    expect(parseHandover('{"format": ')).toMatchObject({ ok: false, message: expect.stringMatching(/^The file is not JSON/) });
    const other = parseHandover('{"format":"dttc-feed","version":1,"exportedAt":"2026-11-25T01:00:00.000Z","enquiries":[]}');
    expect(other).toMatchObject({ ok: false, message: expect.stringContaining('format: must be "dttc-enquiry-handover"') });
    const handover = createHandover([sampleEnquiry(), sampleEnquiry({ email: 'not-an-address' })], '2026-11-25T01:00:00.000Z' as Timestamp);
    const bad = parseHandover(handoverToText(handover));
    expect(bad).toMatchObject({ ok: false, message: expect.stringContaining('enquiries[1].email') });
  });
});
