import { describe, expect, it } from 'vitest';
import { PAGE_REFUSAL_CODES } from '../../sync/pageRefusalCodes';
import { SYNC_ERROR_CODES } from '../../sync/syncErrorCodes';
import { PAGE_REFUSAL_NEXT_STEP, PAGE_REFUSAL_TEXT, REFUSAL_NEXT_STEP, REFUSAL_TEXT, SYNC_FAILURE_NEXT_STEP, SYNC_FAILURE_TEXT } from './syncFailures';

const DEVANAGARI = /[\u0900-\u097F]/;
const EVERY_REFUSAL = [...SYNC_ERROR_CODES, ...PAGE_REFUSAL_CODES];

describe('sync failure texts', () => {
  it('cover exactly the sync codes and the page refusal codes, and those two lists share no code', () => {
    expect(Object.keys(SYNC_FAILURE_TEXT).sort()).toEqual([...SYNC_ERROR_CODES].sort());
    expect(Object.keys(SYNC_FAILURE_NEXT_STEP).sort()).toEqual([...SYNC_ERROR_CODES].sort());
    expect(Object.keys(PAGE_REFUSAL_TEXT).sort()).toEqual([...PAGE_REFUSAL_CODES].sort());
    expect(Object.keys(PAGE_REFUSAL_NEXT_STEP).sort()).toEqual([...PAGE_REFUSAL_CODES].sort());
    expect(new Set(EVERY_REFUSAL).size).toBe(EVERY_REFUSAL.length);
  });

  it('say every refusal in plain English and in Hindi written in Devanagari', () => {
    for (const code of EVERY_REFUSAL) {
      const { en, hi } = REFUSAL_TEXT[code];
      expect(en, code).toMatch(/^[A-Z].*\.$/);
      expect(en, code).not.toMatch(/[a-z]+-[a-z]+-/);
      expect(hi, code).toMatch(DEVANAGARI);
      expect(hi, code).toMatch(/।$/);
    }
  });

  it('say for every refusal what to do next, in English and in Hindi, apart from what went wrong', () => {
    for (const code of EVERY_REFUSAL) {
      const { en, hi } = REFUSAL_NEXT_STEP[code];
      expect(en, code).toMatch(/^[A-Z].*\.$/);
      expect(hi, code).toMatch(DEVANAGARI);
      expect(hi, code).toMatch(/।$/);
      expect(en, code).not.toBe(REFUSAL_TEXT[code].en);
      expect(hi, code).not.toBe(REFUSAL_TEXT[code].hi);
    }
  });
});
