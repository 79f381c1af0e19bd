import { describe, expect, it } from 'vitest';
import { enquiryDraftSchema, type EnquiryId, type Timestamp } from './enquiry';
import { reviseEnquiry } from './reviseEnquiry';
import { SAMPLE_IDS, sampleDraft, sampleEnquiry } from './testing/enquiryArbitraries';

const now = '2026-11-25T02:00:00.000Z' as Timestamp;
const newId = { newId: () => SAMPLE_IDS[2]!, newReference: () => 'DTTC-LKO1-261125-0003' };

describe('saving a form as the next version', () => {
  it('starts a new enquiry at revision 1 with a fresh id', () => {
    const revised = reviseEnquiry(undefined, { draft: sampleDraft() }, now, newId);
    expect(revised).toMatchObject({ ok: true, enquiry: { id: SAMPLE_IDS[2], reference: 'DTTC-LKO1-261125-0003', revision: 1, createdAt: now, updatedAt: now } });
  });

  it('edits from the stored revision, keeping id and creation time', () => {
    const stored = sampleEnquiry({ revision: 4 });
    const revised = reviseEnquiry(stored, { id: stored.id, baseRevision: 4, draft: sampleDraft({ question: 'changed' }) }, now, newId);
    expect(revised).toMatchObject({ ok: true, enquiry: { id: stored.id, reference: stored.reference, revision: 5, createdAt: stored.createdAt, updatedAt: now, question: 'changed' } });
  });

  it('refuses an edit made from an older revision, or of an enquiry not in the log', () => {
    const stored = sampleEnquiry({ revision: 4 });
    expect(reviseEnquiry(stored, { id: stored.id, baseRevision: 3, draft: sampleDraft() }, now, newId)).toMatchObject({ ok: false, code: 'enquiry/conflict' });
    expect(reviseEnquiry(undefined, { id: 'x' as EnquiryId, baseRevision: 1, draft: sampleDraft() }, now, newId)).toMatchObject({ ok: false, code: 'enquiry/not-found' });
  });
});

describe('the enquiry form', () => {
  it('names each wrong field', () => {
    const parsed = enquiryDraftSchema.safeParse({ ...sampleDraft(), question: '  ', email: 'asha@', phone: 'call me', entryIds: ['tech-uav', 'tech-uav'] });
    const messages = Object.fromEntries(parsed.error?.issues.map((issue) => [issue.path.join('.'), issue.message]) ?? []);
    expect(messages).toEqual({
      question: 'must say what the visitor asked',
      email: expect.stringContaining('e-mail'),
      phone: 'may hold only digits, spaces and + ( ) - . /',
      entryIds: 'must not list an entry twice',
    });
  });

  it('accepts an anonymous walk-in with only the question', () => {
    const parsed = enquiryDraftSchema.safeParse({ ...sampleDraft(), visitorName: '', organisation: '', phone: '', email: '', entryIds: [], followUpAction: '', followUpDate: undefined, officer: '' });
    expect(parsed.success).toBe(true);
  });
});
