import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Enquiry } from '../../shared/enquiry/enquiry';
import { matchesPerson, withoutPersonalData } from '../../shared/enquiry/personalData';
import { enquiryArbitrary } from '../../shared/enquiry/testing/enquiryArbitraries';
import { PersonIndex } from './personIndex';

/** A journal in memory: the latest versions, telling its listener what each change touched. */
function memoryJournal() {
  const enquiries = new Map<string, Enquiry>();
  let listener: (changed: readonly string[] | 'all') => void = () => undefined;
  return {
    onChange: (given: typeof listener) => (listener = given),
    list: () => [...enquiries.values()],
    get: (id: string) => enquiries.get(id),
    put(enquiry: Enquiry) {
      enquiries.set(enquiry.id, enquiry);
      listener([enquiry.id]);
    },
    reread(replacement: Enquiry[]) {
      enquiries.clear();
      for (const enquiry of replacement) enquiries.set(enquiry.id, enquiry);
      listener('all');
    },
  };
}

const keys = [{ phone: '+91 98390 12345' }, { phone: '9839012345' }, { phone: '0522-2345678' }, { email: 'ASHA@example.in' }, { phone: '12' }];
const ids = (list: Enquiry[]) => list.map((enquiry) => enquiry.id).sort();

describe('the person index', () => {
  it('finds what a scan of the journal finds, through saves and erasures (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(enquiryArbitrary, fc.constantFrom('save', 'erase', 'reread')), { maxLength: 30 }), (steps) => {
        const journal = memoryJournal();
        const index = new PersonIndex(journal);
        for (const [enquiry, step] of steps) {
          journal.put(enquiry);
          if (step === 'erase') journal.put(withoutPersonalData(enquiry));
          if (step === 'reread') journal.reread(journal.list().slice(1));
          for (const key of keys) expect(ids(index.find(key))).toEqual(ids(journal.list().filter((held) => matchesPerson(held, key))));
        }
      }),
    );
  });
});
