import { describe, expect, it } from 'vitest';
import type { CatalogueEntry } from '../../../shared/catalogue/entry';
import { entryQrText } from './entryQrText';

const base = {
  id: 'x',
  kind: 'technology',
  lab: 'DRDL',
  title: { en: 'Thermal battery: long-life, 28 V' },
  contact: { name: 'Dr A; Kumar', phone: '+91 522 000 0000', email: 'tot@example.gov.in' },
  sourceUrl: 'https://www.drdo.gov.in/tot?id=1',
} as unknown as CatalogueEntry;

describe('entryQrText', () => {
  it('is a MECARD with the contact, the source page and the title, special characters escaped', () => {
    expect(entryQrText(base)).toBe(
      'MECARD:N:Dr A\\; Kumar;ORG:DRDL\\, DRDO;TEL:+91 522 000 0000;EMAIL:tot@example.gov.in;URL:https\\://www.drdo.gov.in/tot?id=1;NOTE:Thermal battery\\: long-life\\, 28 V;;',
    );
  });

  it('leaves out what the entry does not have, and names the lab when no person is given', () => {
    const text = entryQrText({ ...base, contact: {}, sourceUrl: undefined } as unknown as CatalogueEntry);
    expect(text).toBe('MECARD:N:DRDL\\, DRDO;ORG:DRDL\\, DRDO;NOTE:Thermal battery\\: long-life\\, 28 V;;');
  });
});
