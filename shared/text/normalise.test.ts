import { describe, expect, it } from 'vitest';
import { hasDevanagari, normaliseText } from './normalise';

describe('normaliseText', () => {
  it('lower-cases English and drops Latin accents', () => {
    expect(normaliseText('RADAR')).toBe('radar');
    expect(normaliseText('Café Détente')).toBe('cafe detente');
  });

  it('drops the nukta, whether typed as a separate mark or as a precomposed letter', () => {
    expect(normaliseText('ज़')).toBe('ज');
    expect(normaliseText('\u095b')).toBe('ज'); // precomposed ZA
    expect(normaliseText('क़ाग़ज़')).toBe('कागज');
    expect(normaliseText('फ़िल्टर')).toBe(normaliseText('फिल्टर'));
  });

  it('folds chandrabindu into anusvara', () => {
    expect(normaliseText('चाँद')).toBe('चांद');
    expect(normaliseText('हँ')).toBe('हं');
  });

  it('keeps matras and the virama, which change the word', () => {
    expect(normaliseText('कि')).not.toBe(normaliseText('की'));
    expect(normaliseText('क्ष')).toBe('क्ष');
    expect(normaliseText('परीक्षण')).toBe('परीक्षण');
  });

  it('gives one form for canonically equivalent input (NFC)', () => {
    expect(normaliseText('e\u0301')).toBe(normaliseText('\u00e9'));
    expect(normaliseText('\u0915\u093c')).toBe(normaliseText('\u0958'));
  });

  it('removes zero-width joiners and reads Devanagari digits as ASCII digits', () => {
    expect(normaliseText('क्\u200dष')).toBe('क्ष');
    expect(normaliseText('२०२६')).toBe('2026');
  });

  it('never throws on lone surrogates', () => {
    expect(() => normaliseText('\ud800x\udc00')).not.toThrow();
  });
});

describe('hasDevanagari', () => {
  it('tells Devanagari text from Latin', () => {
    expect(hasDevanagari('रडार')).toBe(true);
    expect(hasDevanagari('radar')).toBe(false);
  });
});
