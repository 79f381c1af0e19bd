import { describe, expect, it } from 'vitest';
import { SYNC_ERROR_CODES } from '../../sync/syncErrorCodes';
import { SYNC_FAILURE_NEXT_STEP, SYNC_FAILURE_TEXT } from './syncFailures';

const DEVANAGARI = /[\u0900-\u097F]/;

describe('sync failure texts', () => {
  it('say every failure code in plain English and in Hindi written in Devanagari', () => {
    expect(Object.keys(SYNC_FAILURE_TEXT).sort()).toEqual([...SYNC_ERROR_CODES].sort());
    for (const code of SYNC_ERROR_CODES) {
      const { en, hi } = SYNC_FAILURE_TEXT[code];
      expect(en, code).toMatch(/^[A-Z].*\.$/);
      expect(en, code).not.toMatch(/[a-z]+-[a-z]+-/);
      expect(hi, code).toMatch(DEVANAGARI);
    }
  });

  it('say for every failure code what to do next, in English and in Hindi, apart from what went wrong', () => {
    expect(Object.keys(SYNC_FAILURE_NEXT_STEP).sort()).toEqual([...SYNC_ERROR_CODES].sort());
    for (const code of SYNC_ERROR_CODES) {
      const { en, hi } = SYNC_FAILURE_NEXT_STEP[code];
      expect(en, code).toMatch(/^[A-Z].*\.$/);
      expect(hi, code).toMatch(DEVANAGARI);
      expect(hi, code).toMatch(/।$/);
      expect(en, code).not.toBe(SYNC_FAILURE_TEXT[code].en);
    }
  });
});
