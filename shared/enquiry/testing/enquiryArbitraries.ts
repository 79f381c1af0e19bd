// Sample enquiries for tests: a plain builder, and fast-check arbitraries that draw ids, revisions
// and times from small pools so that versions of the same enquiry collide often.
import fc from 'fast-check';
import type { EntryId, IsoDate } from '../../catalogue/entry';
import type { Enquiry, EnquiryDraft, EnquiryId, Timestamp } from '../enquiry';

export const SAMPLE_IDS = ['3f1e6c1a-0b7e-4c55-9d7a-6f2d1a9b0c01', '7a2b9c3d-4e5f-4a6b-8c7d-9e0f1a2b3c04', 'c0ffee00-1234-4abc-9def-0123456789ab'] as EnquiryId[];

export function sampleDraft(overrides: Partial<EnquiryDraft> = {}): EnquiryDraft {
  return {
    enquiryDate: '2026-11-20' as IsoDate,
    visitorName: 'Asha Verma',
    organisation: 'Verma Precision Works',
    visitorType: 'msme',
    channel: 'walk-in',
    status: 'open',
    phone: '+91 98390 12345',
    email: 'asha@example.in',
    question: 'Licensing terms for the bullet-proof jacket technology',
    entryIds: ['tech-bpj-level-3' as EntryId],
    followUpAction: 'Send ToT fee schedule',
    followUpDate: '2026-11-27' as IsoDate,
    followUpDone: false,
    officer: 'R. Singh',
    consent: 'given',
    ...overrides,
  };
}

export function sampleEnquiry(overrides: Partial<Enquiry> = {}): Enquiry {
  return {
    ...sampleDraft(),
    id: SAMPLE_IDS[0]!,
    reference: 'DTTC-LKO1-261120-0001',
    revision: 1,
    createdAt: '2026-11-20T05:30:00.000Z' as Timestamp,
    updatedAt: '2026-11-20T05:30:00.000Z' as Timestamp,
    ...overrides,
  };
}

const text = fc.oneof(fc.constantFrom('', 'Asha', 'आशा वर्मा', 'a, "quoted"\nline', 'UAV ड्रोन'), fc.string({ maxLength: 20 }).map((value) => value.trim()));
const date = fc.constantFrom('2026-11-01', '2026-11-15', '2026-12-31') as fc.Arbitrary<IsoDate>;
const time = fc.constantFrom('2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.001Z', '2026-11-02T10:00:00.000Z') as fc.Arbitrary<Timestamp>;

export const enquiryArbitrary: fc.Arbitrary<Enquiry> = fc.record({
  id: fc.constantFrom(...SAMPLE_IDS),
  revision: fc.integer({ min: 1, max: 3 }),
  createdAt: time,
  updatedAt: time,
  enquiryDate: date,
  visitorName: text,
  organisation: text,
  reference: fc.constantFrom('DTTC-LKO1-261101-0001', 'DTTC-FLD2-261115-0002'),
  visitorType: fc.constantFrom('msme', 'start-up', 'large-industry', 'academia', 'government', 'individual', 'other'),
  channel: fc.constantFrom('walk-in', 'phone', 'email', 'event', 'field-visit', 'not-recorded'),
  status: fc.constantFrom('open', 'waiting-for-visitor', 'referred-to-lab'),
  phone: fc.constantFrom('', '+91 98390 12345', '0522-2345678'),
  email: fc.constantFrom('', 'asha@example.in'),
  question: text.map((value) => (value === '' ? 'question' : value)),
  entryIds: fc.uniqueArray(fc.constantFrom('tech-uav', 'course-ndt', 'scheme-tdf') as fc.Arbitrary<EntryId>, { maxLength: 3 }),
  followUpAction: text,
  followUpDate: fc.option(date, { nil: undefined }),
  followUpDone: fc.boolean(),
  officer: fc.constantFrom('', 'R. Singh', 'मीना'),
  consent: fc.constantFrom('given', 'refused', 'not-recorded'),
  personalDataErased: fc.option(fc.record({ at: time, reason: fc.constantFrom('request', 'retention') }), { nil: undefined, freq: 3 }),
}).map((enquiry) => {
  if (enquiry.followUpDate === undefined) delete (enquiry as Partial<Enquiry>).followUpDate;
  if (enquiry.personalDataErased === undefined) delete (enquiry as Partial<Enquiry>).personalDataErased;
  // The schema's rule: no consent, or erased, means no name, phone or e-mail.
  if (enquiry.consent === 'refused' || enquiry.personalDataErased !== undefined) return { ...enquiry, visitorName: '', phone: '', email: '' };
  return enquiry;
});
