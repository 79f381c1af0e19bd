import { describe, expect, it } from 'vitest';
import type { EntryId, IsoDate } from '../catalogue/entry';
import type { EnquiryId, Timestamp } from './enquiry';
import { enquiryFilterSchema, filterEnquiries } from './filterEnquiries';
import { SAMPLE_IDS, sampleEnquiry } from './testing/enquiryArbitraries';

const asha = sampleEnquiry({ id: SAMPLE_IDS[0]!, reference: 'DTTC-LKO1-261120-0001', enquiryDate: '2026-11-20' as IsoDate, followUpDate: '2026-11-27' as IsoDate });
const meena = sampleEnquiry({
  id: SAMPLE_IDS[1]!,
  reference: 'DTTC-LKO1-261105-0001',
  enquiryDate: '2026-11-05' as IsoDate,
  visitorName: 'मीना शर्मा',
  organisation: 'ड्रोन स्टार्ट-अप',
  visitorType: 'start-up',
  question: 'यूएवी तकनीक का लाइसेंस',
  entryIds: ['tech-uav-mini' as EntryId],
  officer: 'P. Gupta',
  followUpDate: '2026-11-10' as IsoDate,
  createdAt: '2026-11-05T04:00:00.000Z' as Timestamp,
});
const done = sampleEnquiry({ id: SAMPLE_IDS[2]!, reference: 'DTTC-OLD-261001-C0FFEE00', enquiryDate: '2026-10-01' as IsoDate, followUpDate: '2026-10-05' as IsoDate, followUpDone: true, visitorType: 'other' });
const log = [done, meena, asha];
const ids = (list: { id: EnquiryId }[]) => list.map((enquiry) => enquiry.id);

describe('finding enquiries', () => {
  it('lists everything newest first without a filter', () => {
    expect(ids(filterEnquiries(log))).toEqual([asha.id, meena.id, done.id]);
  });

  it('finds every word anywhere, in any case, in English or Hindi (NFC)', () => {
    expect(ids(filterEnquiries(log, { text: 'VERMA jacket' }))).toEqual([asha.id, done.id]);
    expect(ids(filterEnquiries(log, { text: 'ड्रोन'.normalize('NFD') }))).toEqual([meena.id]);
    expect(ids(filterEnquiries(log, { text: 'tech-uav' }))).toEqual([meena.id]);
    expect(filterEnquiries(log, { text: 'verma drone' })).toEqual([]);
  });

  it('finds an enquiry by the reference number a caller quotes, typed in any case, and only that one', () => {
    expect(ids(filterEnquiries(log, { text: 'DTTC-LKO1-261105-0001' }))).toEqual([meena.id]);
    expect(ids(filterEnquiries(log, { text: ' dttc-lko1-261120-0001 ' }))).toEqual([asha.id]);
    expect(ids(filterEnquiries(log, { text: 'DTTC-OLD-261001-c0ffee00' }))).toEqual([done.id]);
    // Part of a reference narrows as far as it goes: the desk and day, or the desk alone.
    expect(ids(filterEnquiries(log, { text: 'DTTC-LKO1-261105' }))).toEqual([meena.id]);
    expect(ids(filterEnquiries(log, { text: 'DTTC-LKO1' }))).toEqual([asha.id, meena.id]);
    // A reference no enquiry has finds nothing, though every part of it is in some reference.
    expect(filterEnquiries(log, { text: 'DTTC-LKO1-261120-0002' })).toEqual([]);
    // With other words, every word must match, the reference among them.
    expect(ids(filterEnquiries(log, { text: 'DTTC-LKO1-261120-0001 verma' }))).toEqual([asha.id]);
    expect(filterEnquiries(log, { text: 'DTTC-LKO1-261105-0001 verma' })).toEqual([]);
  });

  it('filters by date range (inclusive), visitor type and officer', () => {
    expect(ids(filterEnquiries(log, { from: '2026-11-05' as IsoDate, to: '2026-11-20' as IsoDate }))).toEqual([asha.id, meena.id]);
    expect(ids(filterEnquiries(log, { to: '2026-11-04' as IsoDate }))).toEqual([done.id]);
    expect(ids(filterEnquiries(log, { visitorType: 'start-up' }))).toEqual([meena.id]);
    expect(ids(filterEnquiries(log, { officer: ' p. gupta ' }))).toEqual([meena.id]);
  });

  it('shows open follow-ups due by a date, soonest first', () => {
    expect(ids(filterEnquiries(log, { followUpsDueBy: '2026-11-30' as IsoDate }))).toEqual([meena.id, asha.id]);
    expect(ids(filterEnquiries(log, { followUpsDueBy: '2026-11-26' as IsoDate }))).toEqual([meena.id]);
  });

  it('refuses a range whose start is after its end, naming the field', () => {
    const parsed = enquiryFilterSchema.safeParse({ from: '2026-11-30', to: '2026-11-01' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['to']);
  });
});
