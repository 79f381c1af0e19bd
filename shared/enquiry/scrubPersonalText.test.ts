import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Timestamp } from './enquiry';
import { ERASED_MARKER, NO_TERMS, erasureRevisions, personTerms, scrubFreeText, scrubText } from './scrubPersonalText';
import { SAMPLE_IDS, sampleEnquiry } from './testing/enquiryArbitraries';

const ASHA = { ...NO_TERMS, names: ['Asha Verma'], phones: ['+91 98390 12345'], emails: ['asha.verma@example.in'] };
const AT = '2026-12-01T10:00:00.000Z' as Timestamp;

describe('scrubbing a person from free text', () => {
  it.each([
    ['call +91 98390 12345 after 5', 'call [erased] after 5'],
    ['call 098390-12345', 'call [erased]'],
    ['call 9839012345.', 'call [erased].'],
    ['call (98390) 12.345 or 0091 98390 12345', 'call ([erased] or [erased]'],
    ['mail ASHA.Verma@Example.IN today', 'mail [erased] today'],
    ['asha verma asked; so did ASHA   VERMA', '[erased] asked; so did [erased]'],
    ['Ashaverma and Asha Vermani are other people', 'Ashaverma and Asha Vermani are other people'],
    ['order 19839012345 and 98390123456 are not her phone', 'order 19839012345 and 98390123456 are not her phone'],
  ])('%s', (text, expected) => {
    expect(scrubText(text, ASHA)).toBe(expected);
  });

  it('finds names in Devanagari and with quotes as whole words', () => {
    const terms = { ...NO_TERMS, names: ['आशा "Asha" Verma', 'आशा'] };
    expect(scrubText('आशा "asha" verma ने पूछा; आशाजनक परिणाम; आशा जी', terms)).toBe(`${ERASED_MARKER} ने पूछा; आशाजनक परिणाम; ${ERASED_MARKER} जी`);
  });

  it('leaves text alone when there is nothing usable to look for (a one-letter name, a short phone)', () => {
    expect(scrubText('A visit at 12345', { ...NO_TERMS, names: ['A'], phones: ['12345'], emails: ['not-an-address'] })).toBe('A visit at 12345');
  });

  it('finds each of hundreds of visitors erased at once, however their details are typed', () => {
    const visitors = Array.from({ length: 400 }, (_, index) => ({ name: `Visitor ${index} Verma`, phone: `+91 98${String(10_000_000 + index)}`, email: `v${index}@example.in` }));
    const terms = { names: visitors.map((visitor) => visitor.name), phones: visitors.map((visitor) => visitor.phone), emails: visitors.map((visitor) => visitor.email) };
    for (const index of [0, 217, 399]) {
      const { name, phone, email } = visitors[index]!;
      const typed = `${name.toUpperCase()} (0${phone.slice(4).replace(/(\d{5})$/, '-$1')}, ${email.toUpperCase()}) asked`;
      expect(scrubText(typed, terms)).toBe(`${ERASED_MARKER} (${ERASED_MARKER}, ${ERASED_MARKER}) asked`);
    }
    expect(scrubText('Visitor 4000 Verma and 9877777777 are no one erased', terms)).toBe('Visitor 4000 Verma and 9877777777 are no one erased');
  });

  it('leaves no phrasing of the phone number in the text, however it was typed', () => {
    const digit = fc.constantFrom(...'0123456789');
    const gap = fc.constantFrom('', '', ' ', '-', '.', '(', ')', ' - ', '  ');
    const prefix = fc.constantFrom('', '+91', '+91 ', '+ 91-', '0', '0 ', '91', '0091 ');
    const words = fc.array(fc.constantFrom('call', 'phone:', 'or', 'referred by', 'कॉल करें', ',', '(', ')'), { maxLength: 4 }).map((list) => list.join(' '));
    fc.assert(
      fc.property(fc.constantFrom('6', '7', '8', '9'), fc.array(digit, { minLength: 9, maxLength: 9 }), fc.array(gap, { minLength: 9, maxLength: 9 }), prefix, words, words, (first, rest, gaps, before, left, right) => {
        const digits = [first, ...rest];
        const typed = before + digits.map((d, index) => (index === 0 ? d : gaps[index - 1] + d)).join('');
        const stored = `+91 ${digits.slice(0, 5).join('')} ${digits.slice(5).join('')}`;
        const scrubbed = scrubText(`${left} ${typed} ${right}`, { ...NO_TERMS, phones: [stored] });
        // Nothing of the number remains, with or without the gaps between its digits.
        expect(scrubbed.replace(/[^\d]/g, '')).not.toContain(digits.join(''));
        expect(scrubbed).toContain(ERASED_MARKER);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the revisions of an erasure', () => {
  const asha = sampleEnquiry({
    visitorName: 'Asha Verma',
    phone: '+91 98390 12345',
    email: 'asha.verma@example.in',
    question: 'Asha Verma (098390-12345, ASHA.VERMA@example.in) asks about ToT',
    followUpAction: 'Send to asha.verma@example.in',
  });
  const ravi = sampleEnquiry({
    id: SAMPLE_IDS[1]!,
    visitorName: 'Ravi Kumar',
    phone: '0522-2345678',
    email: 'ravi@example.in',
    organisation: 'Verma Precision Works',
    question: 'Referred by asha verma, 9839012345',
    revision: 4,
  });
  const untouched = sampleEnquiry({ id: SAMPLE_IDS[2]!, visitorName: '', phone: '', email: '', consent: 'refused', question: 'drone jammers' });

  it("erases the person's fields and their values in free text, and scrubs them from another's question as a new revision", () => {
    const { erased, scrubbedOthers } = erasureRevisions([asha, ravi, untouched], [asha], AT, 'request');
    expect(erased).toHaveLength(1);
    expect(erased[0]).toMatchObject({ visitorName: '', phone: '', email: '', question: '[erased] ([erased], [erased]) asks about ToT', followUpAction: 'Send to [erased]', revision: 2, personalDataErased: { at: AT, reason: 'request' } });
    // Ravi keeps his own details and his organisation; only her values in his question go.
    expect(scrubbedOthers).toEqual([{ ...ravi, question: 'Referred by [erased], [erased]', revision: 5 }]);
  });

  it("scrubs the values of the officer's withdrawing edit from that edit", () => {
    const edit = { ...asha, visitorName: '', phone: '', email: '', consent: 'refused' as const, question: 'Asha Verma withdrew consent', revision: 2, updatedAt: AT };
    const { erased } = erasureRevisions([asha], [asha], AT, 'withdrawal', new Map([[asha.id, edit]]));
    expect(erased[0]).toMatchObject({ question: '[erased] withdrew consent', revision: 2, personalDataErased: { reason: 'withdrawal' } });
  });

  it('keeps every field within the length the schema allows', () => {
    const crowded = sampleEnquiry({ phone: '123456', followUpAction: Array.from({ length: 285 }, () => '123456').join(' ').slice(0, 2000) });
    const scrubbed = scrubFreeText(crowded, personTerms([crowded]));
    expect(scrubbed.followUpAction.length).toBeLessThanOrEqual(2000);
    expect(scrubbed.followUpAction).not.toContain('123456');
  });
});
