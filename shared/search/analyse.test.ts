import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../text/normalise';
import { americanSpelling, analyseTerm, normaliseHindiSpelling, stemEnglishPlural, stemHindi } from './analyse';
import { STOP_WORDS } from './stopWords';

const analysed = (word: string) => analyseTerm(normaliseText(word));

describe('English plurals (Harman S-stemmer rules)', () => {
  it.each([
    ['composites', 'composite'], ['batteries', 'battery'], ['drones', 'drone'], ['vessels', 'vessel'], ['licences', 'licence'],
  ])('%s → %s', (plural, singular) => expect(stemEnglishPlural(plural)).toBe(singular));

  it.each(['glass', 'process', 'apparatus', 'corpus', 'gas', 'shoes', 'c4s', 'ies'])('leaves %s alone', (word) => {
    expect(stemEnglishPlural(word)).toBe(word);
  });

  it('leaves -aies and -eies endings as they are (not -y)', () => {
    expect(stemEnglishPlural('zombies')).toBe('zomby');
    expect(stemEnglishPlural('aies')).toBe('aies');
  });

  it('never merges unrelated words the way Porter does', () => {
    expect(analysed('university')).not.toBe(analysed('universe'));
    expect(analysed('general')).not.toBe(analysed('generous'));
    expect(analysed('testing')).not.toBe(analysed('test'));
  });
});

describe('British and American spellings', () => {
  it.each([
    ['licence', 'license'], ['fibre', 'fiber'], ['programme', 'program'], ['defence', 'defense'], ['centres', 'centers'],
    ['organisation', 'organization'], ['optimised', 'optimized'], ['colours', 'colors'], ['armoured', 'armored'],
    ['catalogue', 'catalog'], ['aluminium', 'aluminum'], ['analyse', 'analyze'],
  ])('%s and %s analyse alike', (british, american) => expect(analysed(british)).toBe(analysed(american)));

  it('leaves words whose -ise is part of the word', () => {
    for (const word of ['precise', 'enterprise', 'expertise', 'wise', 'synthesis']) expect(americanSpelling(word)).toBe(word);
  });
});

describe('Hindi spelling variants (after Lucene HindiNormalizer)', () => {
  it.each([
    ['कंपोजिट', 'कम्पोजिट'], // anusvara = half-nasal before a stop
    ['संबंध', 'सम्बन्ध'],
    ['ठंडा', 'ठण्डा'],
    ['हिंदी', 'हिन्दी'],
    ['ज़मीन', 'जमीन'], // nukta
    ['बैटरियाँ', 'बैटरियां'], // chandrabindu
    ['परीक्षण', 'परिक्षण'], // long and short i
    ['दुःख', 'दुख'], // visarga
    ['डॉक्टर', 'डोक्टर'], // candra o
    ['फ़ाइबर', 'फाइबर'],
    ['प्र\u200dयोग', 'प्रयोग'], // joiner
  ])('%s and %s analyse alike', (one, other) => expect(analysed(one)).toBe(analysed(other)));

  it('keeps a class nasal with virama at the end of a word or before a vowel sign', () => {
    expect(normaliseHindiSpelling('न्')).toBe('न्');
  });

  it('is idempotent on any Devanagari string', () => {
    const devanagari = fc.string({ unit: fc.integer({ min: 0x0900, max: 0x097f }).map((code) => String.fromCharCode(code)), maxLength: 12 });
    fc.assert(fc.property(devanagari, (word) => normaliseHindiSpelling(normaliseHindiSpelling(word)) === normaliseHindiSpelling(word)));
  });
});

describe('Hindi inflections (after Ramanathan and Rao)', () => {
  it.each([
    ['परीक्षणों', 'परीक्षण'], ['बैटरियाँ', 'बैटरी'], ['प्रयोगशालाएं', 'प्रयोगशाला'], ['योजनाओं', 'योजना'], ['तकनीकें', 'तकनीक'],
    ['सेवाएँ', 'सेवा'], ['उपकरणों', 'उपकरण'], ['विमानों', 'विमान'],
  ])('%s finds %s', (inflected, base) => expect(analysed(inflected)).toBe(analysed(base)));

  it('keeps more than one letter before an ending it takes off', () => {
    const devanagari = fc.string({ unit: fc.integer({ min: 0x0900, max: 0x097f }).map((code) => String.fromCharCode(code)), minLength: 1, maxLength: 10 });
    fc.assert(fc.property(devanagari, (word) => {
      const stem = stemHindi(word);
      return stem === word || (word.startsWith(stem) && stem.length >= 2);
    }));
  });
});

describe('analyseTerm', () => {
  it('leaves stop words as they are, so the stop list still recognises them', () => {
    for (const word of STOP_WORDS) expect(analyseTerm(word)).toBe(word);
  });

  it('is idempotent: an analysed word analyses to itself', () => {
    const words = fc.oneof(
      fc.stringMatching(/^[a-z]{1,14}$/),
      fc.constantFrom('licences', 'organisations', 'परीक्षणों', 'बैटरियां', 'कंपोजिट', 'colours', 'batteries'),
    );
    fc.assert(fc.property(words, (word) => analyseTerm(analyseTerm(word)) === analyseTerm(word)));
  });
});
