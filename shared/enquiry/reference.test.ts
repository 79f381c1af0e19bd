import { describe, expect, it } from 'vitest';
import { deskCodeSchema, generateDeskCode, migratedReference, nextReference, referenceSchema } from './reference';

describe('reference numbers', () => {
  it('number each desk\'s enquiries day by day after the highest already given', () => {
    expect(nextReference('LKO1', '2026-12-06', [])).toBe('DTTC-LKO1-261206-0001');
    const existing = ['DTTC-LKO1-261206-0001', 'DTTC-LKO1-261206-0007', 'DTTC-FLD2-261206-0042', 'DTTC-LKO1-261205-0099'];
    expect(nextReference('LKO1', '2026-12-06', existing)).toBe('DTTC-LKO1-261206-0008');
    expect(nextReference('FLD2', '2026-12-06', existing)).toBe('DTTC-FLD2-261206-0043');
    expect(nextReference('LKO1', '2026-12-07', existing)).toBe('DTTC-LKO1-261207-0001');
    expect(nextReference('LKO1', '2026-12-06', ['DTTC-LKO1-261206-9999'])).toBe('DTTC-LKO1-261206-10000');
  });

  it('are valid references, and so are migrated ones; anything else is refused', () => {
    for (const reference of ['DTTC-LKO1-261206-0001', 'DTTC-LKO1-261206-10000', migratedReference('3f1e6c1a-0b7e-4c55-9d7a-6f2d1a9b0c01', '2026-10-02')]) {
      expect(referenceSchema.safeParse(reference).success, reference).toBe(true);
    }
    for (const reference of ['', 'LKO1-261206-0001', 'DTTC-lko1-261206-0001', 'DTTC-LKO1-2612-0001', 'DTTC-LKO1-261206-1']) {
      expect(referenceSchema.safeParse(reference).success, reference).toBe(false);
    }
  });

  it('generated desk codes are valid and differ', () => {
    const codes = new Set(Array.from({ length: 50 }, () => generateDeskCode(crypto.getRandomValues(new Uint8Array(5)))));
    for (const code of codes) expect(deskCodeSchema.safeParse(code).success, code).toBe(true);
    expect(codes.size).toBeGreaterThan(45);
  });
});
