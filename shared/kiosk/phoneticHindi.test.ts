import { describe, expect, it } from 'vitest';
import { devanagariVocabulary, lastLatinWord, phoneticHindiSuggestions, replaceLastLatinWord } from './phoneticHindi';

describe('phoneticHindiSuggestions', () => {
  it('offers the Devanagari of common catalogue words among the first few spellings, with no vocabulary', () => {
    expect(phoneticHindiSuggestions('drone')).toContain('ड्रोन');
    expect(phoneticHindiSuggestions('pariksha')).toContain('परीक्षा');
    expect(phoneticHindiSuggestions('hindi')).toContain('हिंदी');
    expect(phoneticHindiSuggestions('prashikshan')).toContain('प्रशिक्षण');
  });

  it('reads the usual spelling first', () => {
    expect(phoneticHindiSuggestions('kamal')[0]).toBe('कमल');
    expect(phoneticHindiSuggestions('seva')[0]).toBe('सेवा');
    expect(phoneticHindiSuggestions('bharat')[0]).toBe('भरत');
  });

  it('puts words the catalogue uses first', () => {
    const vocabulary = devanagariVocabulary(['ड्रोन परीक्षण सुविधा', 'परीक्षा।']);
    expect(phoneticHindiSuggestions('drone', vocabulary)[0]).toBe('ड्रोन');
    expect(phoneticHindiSuggestions('pariksha', vocabulary)[0]).toBe('परीक्षा');
    expect(phoneticHindiSuggestions('parikshan', vocabulary)[0]).toBe('परीक्षण');
  });

  it('gives distinct spellings, at most the limit, in NFC', () => {
    const found = phoneticHindiSuggestions('tadit', new Set(), 6);
    expect(found.length).toBeLessThanOrEqual(6);
    expect(new Set(found).size).toBe(found.length);
    for (const spelling of found) expect(spelling).toBe(spelling.normalize('NFC'));
  });

  it('suggests nothing for an empty word, non-letters or an absurdly long word', () => {
    expect(phoneticHindiSuggestions('')).toEqual([]);
    expect(phoneticHindiSuggestions('5g')).toEqual([]);
    expect(phoneticHindiSuggestions('a'.repeat(30))).toEqual([]);
  });

  it('accepts capitals as the lower-case letters', () => {
    expect(phoneticHindiSuggestions('DRONE')).toEqual(phoneticHindiSuggestions('drone'));
  });
});

describe('the last Latin word', () => {
  it('is found at the end of the text and replaced by the chosen word', () => {
    expect(lastLatinWord('ड्रोन pariksha')).toBe('pariksha');
    expect(lastLatinWord('drone ')).toBeUndefined();
    expect(replaceLastLatinWord('ड्रोन pariksha', 'परीक्षा')).toBe('ड्रोन परीक्षा');
    expect(replaceLastLatinWord('drone ', 'ड्रोन')).toBe('drone ');
  });
});

describe('devanagariVocabulary', () => {
  it('keeps Devanagari words only, without the danda', () => {
    expect([...devanagariVocabulary(['Drone ड्रोन, परीक्षा।'])].sort()).toEqual(['ड्रोन', 'परीक्षा'].sort());
  });
});
