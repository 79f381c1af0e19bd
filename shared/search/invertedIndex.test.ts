import { describe, expect, it } from 'vitest';
import { generateCatalogue } from '../../bench/catalogueGenerator';
import { buildInvertedIndex } from './invertedIndex';

describe('inverted index', () => {
  it('gives every posting a score above zero, even for a term every entry holds', () => {
    const entries = generateCatalogue(300, 12).map((entry) => ({ ...entry, keywords: [...entry.keywords, 'everywhere'] }));
    const index = buildInvertedIndex(entries);
    const everywhere = index.termIds.get('everywhere')!;
    expect(index.documentFrequency[everywhere]).toBe(entries.length);
    expect(Math.min(...index.postingScores)).toBeGreaterThan(0);
  });
});
