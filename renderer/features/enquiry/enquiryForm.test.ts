import { describe, expect, it } from 'vitest';
import type { Enquiry } from '../../../shared/enquiry/enquiry';
import { continuedWithDraft, draftFromForm, emptyForm, fieldsNamedIn, formFromEnquiry, hasTypedText, linkEntries, missingFields } from './enquiryForm';

describe('the enquiry form', () => {
  it('starts on today with the remembered officer, nothing typed, an open status and no visitor type or channel chosen', () => {
    const form = emptyForm('2026-11-25', 'R. Singh');
    expect(form).toMatchObject({ enquiryDate: '2026-11-25', officer: 'R. Singh', visitorType: '', channel: '', status: 'open', outcome: '', entryIds: [] });
    expect(hasTypedText(form)).toBe(false);
    expect(hasTypedText({ ...form, question: ' x ' })).toBe(true);
    expect(hasTypedText({ ...form, entryIds: ['TECH-1'] })).toBe(true);
  });

  it('continues an earlier enquiry with what a new draft adds, losing none of it', () => {
    const earlier = { ...emptyForm('2026-10-01', 'R. Singh'), question: 'ToT for the drone jammer', entryIds: ['tech-a'], organisation: 'Asha Drones', phone: '9415027731', consent: true };
    const draft = { ...emptyForm('2026-12-07', 'R. Singh'), question: 'Also the TDF call', entryIds: ['tech-a', 'scheme-b'], followUpAction: 'Send the TDF brochure', phone: '+91 94150 27731' };
    const continued = continuedWithDraft(earlier, draft);
    expect(continued.question).toBe('ToT for the drone jammer\n\nAlso the TDF call');
    expect(continued.entryIds).toEqual(['tech-a', 'scheme-b']);
    expect(continued).toMatchObject({ enquiryDate: '2026-10-01', organisation: 'Asha Drones', phone: '9415027731', followUpAction: 'Send the TDF brochure', consent: true });
    // Nothing typed yet, or the same words again: the earlier question as it was.
    expect(continuedWithDraft(earlier, emptyForm('2026-12-07', '')).question).toBe(earlier.question);
    expect(continuedWithDraft(earlier, { ...draft, question: 'drone jammer' }).question).toBe(earlier.question);
  });

  it('trims text and leaves out an empty follow-up date', () => {
    const draft = draftFromForm({ ...emptyForm('2026-11-25', ' Officer '), consent: true, question: '  ड्रोन  ', visitorName: ' Asha ' });
    expect(draft).toMatchObject({ question: 'ड्रोन', visitorName: 'Asha', officer: 'Officer', consent: 'given' });
    expect('followUpDate' in draft).toBe(false);
    expect(draftFromForm({ ...emptyForm('2026-11-25', ''), followUpDate: '2026-12-01' }).followUpDate).toBe('2026-12-01');
  });

  it('keeps no name, phone or e-mail without the visitor\'s consent, or once erased (DPDP Act 2023 s. 6)', () => {
    const typed = { ...emptyForm('2026-11-25', 'Officer'), question: 'Q', visitorName: 'Asha', phone: '98390 12345', email: 'asha@example.in' };
    expect(draftFromForm(typed)).toMatchObject({ consent: 'refused', visitorName: '', phone: '', email: '', question: 'Q' });
    expect(draftFromForm({ ...typed, consent: true, erased: true })).toMatchObject({ consent: 'given', visitorName: '', phone: '', email: '' });
    expect(draftFromForm({ ...typed, consent: true })).toMatchObject({ visitorName: 'Asha', phone: '98390 12345', email: 'asha@example.in' });
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

  it('marks a missing question, date, visitor type or channel before asking the host', () => {
    const chosen = { ...emptyForm('2026-11-25', ''), visitorType: 'academia', channel: 'phone' } as const;
    expect(missingFields(emptyForm('2026-11-25', ''))).toEqual(['visitorType', 'channel', 'question']);
    expect(missingFields({ ...chosen, enquiryDate: '', question: 'q' })).toEqual(['enquiryDate']);
    expect(missingFields({ ...chosen, question: 'q' })).toEqual([]);
    // A migrated enquiry's "not recorded" channel must be chosen on its next edit.
    expect(missingFields({ ...chosen, channel: 'not-recorded', question: 'q' })).toEqual(['channel']);
  });

  it('asks for an outcome when the case is closed, and sends one only then', () => {
    const closed = { ...emptyForm('2026-11-25', ''), visitorType: 'msme', channel: 'walk-in', question: 'q', status: 'closed' } as const;
    expect(missingFields(closed)).toEqual(['outcome']);
    expect(missingFields({ ...closed, outcome: 'test-booked' })).toEqual([]);
    expect(draftFromForm({ ...closed, outcome: 'test-booked' })).toMatchObject({ status: 'closed', outcome: 'test-booked' });
    expect('outcome' in draftFromForm({ ...closed, status: 'open', outcome: 'test-booked' })).toBe(false);
  });
});
