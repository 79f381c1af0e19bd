import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Timestamp } from './enquiry';
import { canonicalJson, compareEnquiryVersions, mergeEnquiryInto, mergeEnquiryLists } from './merge';
import { withoutPersonalData } from './personalData';
import { enquiryArbitrary, sampleEnquiry } from './testing/enquiryArbitraries';

const list = fc.array(enquiryArbitrary, { maxLength: 12 });

describe('merging enquiry logs', () => {
  it('keeps the higher revision, then the later update, whichever arrives first', () => {
    const first = sampleEnquiry({ revision: 2, updatedAt: '2026-11-21T00:00:00.000Z' as Timestamp, question: 'revision two' });
    const second = sampleEnquiry({ revision: 3, updatedAt: '2026-11-20T00:00:00.000Z' as Timestamp, question: 'revision three' });
    expect(mergeEnquiryLists([first], [second])[0]?.question).toBe('revision three');
    expect(mergeEnquiryLists([second], [first])[0]?.question).toBe('revision three');
    const later = sampleEnquiry({ revision: 3, updatedAt: '2026-11-22T00:00:00.000Z' as Timestamp, question: 'later edit' });
    expect(mergeEnquiryLists([later], [second])[0]?.question).toBe('later edit');
  });

  it('says whether a version was added, updated or already there', () => {
    const state = new Map();
    expect(mergeEnquiryInto(state, sampleEnquiry())).toBe('added');
    expect(mergeEnquiryInto(state, sampleEnquiry())).toBe('unchanged');
    expect(mergeEnquiryInto(state, sampleEnquiry({ revision: 2 }))).toBe('updated');
    expect(mergeEnquiryInto(state, sampleEnquiry())).toBe('unchanged');
    expect(state.get(sampleEnquiry().id).revision).toBe(2);
  });

  it('orders two different versions strictly, and equal ones as equal', () => {
    fc.assert(
      fc.property(enquiryArbitrary, enquiryArbitrary, (a, b) => {
        const forward = Math.sign(compareEnquiryVersions(a, b));
        expect(Math.sign(compareEnquiryVersions(b, a))).toBe(-forward);
        expect(forward === 0).toBe(canonicalJson(a) === canonicalJson(b));
      }),
    );
  });

  it('is commutative', () => {
    fc.assert(fc.property(list, list, (a, b) => {
        expect(mergeEnquiryLists(a, b)).toEqual(mergeEnquiryLists(b, a));
      }));
  });

  it('is idempotent: merging the same file again changes nothing', () => {
    fc.assert(
      fc.property(list, list, (a, b) => {
        const once = mergeEnquiryLists(a, b);
        expect(mergeEnquiryLists(once, b)).toEqual(once);
        expect(mergeEnquiryLists(once, once)).toEqual(once);
      }),
    );
  });

  it('is associative, so the order of several hand-overs does not matter', () => {
    fc.assert(
      fc.property(list, list, list, (a, b, c) => {
        expect(mergeEnquiryLists(mergeEnquiryLists(a, b), c)).toEqual(mergeEnquiryLists(a, mergeEnquiryLists(b, c)));
      }),
    );
  });

  it('never duplicates an id and never invents an enquiry: each is an input, at most with its details erased', () => {
    fc.assert(
      fc.property(list, list, (a, b) => {
        const merged = mergeEnquiryLists(a, b);
        expect(new Set(merged.map((enquiry) => enquiry.id)).size).toBe(merged.length);
        const inputs = [...a, ...b];
        for (const enquiry of merged) {
          if (inputs.includes(enquiry)) continue;
          expect(enquiry.personalDataErased).toBeDefined();
          expect(inputs.some((input) => JSON.stringify(withoutPersonalData({ ...input, personalDataErased: enquiry.personalDataErased! })) === JSON.stringify(enquiry))).toBe(true);
        }
      }),
    );
  });

  it('keeps an erasure whichever version wins, so an old hand-over never brings the details back', () => {
    fc.assert(
      fc.property(list, list, (a, b) => {
        const merged = mergeEnquiryLists(a, b);
        for (const enquiry of merged) {
          const erasedSomewhere = [...a, ...b].some((input) => input.id === enquiry.id && input.personalDataErased !== undefined);
          if (!erasedSomewhere) continue;
          expect(enquiry.personalDataErased).toBeDefined();
          expect([enquiry.visitorName, enquiry.phone, enquiry.email]).toEqual(['', '', '']);
        }
      }),
    );
    const erased = sampleEnquiry({ revision: 2, visitorName: '', phone: '', email: '', personalDataErased: { at: '2026-11-22T00:00:00.000Z' as Timestamp, reason: 'request' } });
    const laterEditElsewhere = sampleEnquiry({ revision: 3, question: 'edited on the field laptop' });
    const merged = mergeEnquiryLists([erased], [laterEditElsewhere])[0]!;
    expect(merged.question).toBe('edited on the field laptop');
    expect(merged.visitorName).toBe('');
    expect(merged.personalDataErased?.reason).toBe('request');
  });
});
