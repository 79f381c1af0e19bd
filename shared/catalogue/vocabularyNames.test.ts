import { describe, expect, it } from 'vitest';
import { createNameLookup } from './vocabularyNames';

const vocabulary = {
  subjectAreas: [{ key: 'Testing and evaluation', en: 'Testing and evaluation', hi: 'परीक्षण और मूल्यांकन' }],
  labs: [{ key: 'DMSRDE', en: 'Defence Materials and Stores Research and Development Establishment', hi: 'रक्षा सामग्री एवं भंडार अनुसंधान तथा विकास स्थापना' }],
};

describe('names of subject areas and labs', () => {
  it('gives the Hindi name in Hindi and the full English name in English', () => {
    const hindi = createNameLookup(vocabulary, 'hi');
    expect(hindi.subjectArea('Testing and evaluation')).toBe('परीक्षण और मूल्यांकन');
    expect(hindi.labName('DMSRDE')).toBe('रक्षा सामग्री एवं भंडार अनुसंधान तथा विकास स्थापना');
    const english = createNameLookup(vocabulary, 'en');
    expect(english.subjectArea('testing and EVALUATION')).toBe('Testing and evaluation');
    expect(english.labName('DMSRDE')).toBe('Defence Materials and Stores Research and Development Establishment');
  });

  it('falls back to the name as the entry writes it', () => {
    const hindi = createNameLookup(undefined, 'hi');
    expect(hindi.subjectArea('Radar')).toBe('Radar');
    expect(hindi.labName('LRDE')).toBe('LRDE');
  });
});
