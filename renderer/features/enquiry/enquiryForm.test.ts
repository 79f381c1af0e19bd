import { describe, expect, it } from 'vitest';
import type { Enquiry } from '../../../shared/enquiry/enquiry';
import { draftFromForm, emptyForm, fieldsNamedIn, formFromEnquiry, hasTypedText, linkEntries, missingFields } from './enquiryForm';

describe('the enquiry form', () => {
  it('starts on today with the remembered officer and nothing typed', () => {
    const form = emptyForm('2026-11-25', 'R. Singh');
    expect(form).toMatchObject({ enquiryDate: '2026-11-25', officer: 'R. Singh', visitorType: 'msme', entryIds: [] });
    expect(hasTypedText(form)).toBe(false);
    expect(hasTypedText({ ...form, question: ' x ' })).toBe(true);
    expect(hasTypedText({ ...form, entryIds: ['TECH-1'] })).toBe(true);
  });

  it('trims text and leaves out an empty follow-up date', () => {
    const draft = draftFromForm({ ...emptyForm('2026-11-25', ' Officer '), question: '  ड्रोन  ', visitorName: ' Asha ' });
    expect(draft).toMatchObject({ question: 'ड्रोन', visitorName: 'Asha', officer: 'Officer' });
    expect('followUpDate' in draft).toBe(false);
    expect(draftFromForm({ ...emptyForm('2026-11-25', ''), followUpDate: '2026-12-01' }).followUpDate).toBe('2026-12-01');
  });

  it('reads an enquiry back into the form', () => {
    const enquiry = { ...draftFromForm({ ...emptyForm('2026-11-20', 'A'), question: 'Q', followUpDate: '2026-12-01', entryIds: ['B', 'A'] }), id: 'x', revision: 3, createdAt: 't', updatedAt: 't' } as unknown as Enquiry;
    const form = formFromEnquiry(enquiry);
    expect(form).toMatchObject({ enquiryDate: '2026-11-20', question: 'Q', followUpDate: '2026-12-01', entryIds: ['B', 'A'] });
    const undated = formFromEnquiry({ ...enquiry, followUpDate: undefined });
    expect(undated.followUpDate).toBe('');
  });

  it('links entries once each, keeping the order they were linked in', () => {
    expect(linkEntries(['A', 'B'], ['C', 'A', 'D', 'C'])).toEqual(['A', 'B', 'C', 'D']);
    expect(linkEntries([], [])).toEqual([]);
  });

  it('finds the fields a refusal names', () => {
    expect(fieldsNamedIn('Bad argument for "enquiry:save": draft.email: must be an e-mail; draft.phone: may hold only digits; draft.nonsense: x.')).toEqual(['phone', 'email']);
    expect(fieldsNamedIn('disk full')).toEqual([]);
  });

  it('marks a missing question or date before asking the host', () => {
    expect(missingFields(emptyForm('2026-11-25', ''))).toEqual(['question']);
    expect(missingFields({ ...emptyForm('', ''), question: 'q' })).toEqual(['enquiryDate']);
    expect(missingFields({ ...emptyForm('2026-11-25', ''), question: 'q' })).toEqual([]);
  });
});
