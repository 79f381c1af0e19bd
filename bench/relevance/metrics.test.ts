import { describe, expect, it } from 'vitest';
import { dcg, meanScores, ndcgAt, recallAt, reciprocalRank, scoreRanking, successAt1 } from './metrics';

describe('relevance metrics', () => {
  const judgments = { a: 3, b: 2, c: 1 } as const;

  it('computes DCG by hand: gains 2^g−1 over log2(rank+1)', () => {
    // ranking b, x, a: 3/log2(2) + 0 + 7/log2(4) = 3 + 3.5
    expect(dcg([2, 0, 3], 10)).toBeCloseTo(6.5, 10);
    expect(dcg([3, 2, 1], 2)).toBeCloseTo(7 + 3 / Math.log2(3), 10);
  });

  it('nDCG of a known ranking matches the hand computation', () => {
    const ideal = 7 + 3 / Math.log2(3) + 1 / 2;
    expect(ndcgAt(['b', 'x', 'a'], judgments, 10)).toBeCloseTo(6.5 / ideal, 10);
    expect(ndcgAt(['b', 'x', 'a'], judgments, 10)).toBeCloseTo(0.692, 3);
  });

  it('the ideal ranking scores 1, an empty one 0, a wrong one 0', () => {
    expect(ndcgAt(['a', 'b', 'c'], judgments, 10)).toBeCloseTo(1, 12);
    expect(ndcgAt([], judgments, 10)).toBe(0);
    expect(ndcgAt(['x', 'y'], judgments, 10)).toBe(0);
    expect(ndcgAt(['a'], {}, 10)).toBe(0);
  });

  it('cuts at k: a relevant entry at rank 11 earns nothing at 10', () => {
    const ranking = [...'0123456789'.split('').map((d) => `n${d}`), 'a'];
    expect(ndcgAt(ranking, { a: 3 }, 10)).toBe(0);
    expect(recallAt(ranking, { a: 3 }, 10)).toBe(0);
    expect(recallAt(ranking, { a: 3 }, 11)).toBe(1);
  });

  it('reciprocal rank, success@1 and recall', () => {
    expect(reciprocalRank(['x', 'c', 'a'], judgments)).toBeCloseTo(1 / 2, 12);
    expect(reciprocalRank(['x', 'y'], judgments)).toBe(0);
    expect(successAt1(['a', 'x'], judgments)).toBe(1);
    expect(successAt1(['b', 'a'], judgments)).toBe(0);
    expect(successAt1(['b'], { b: 2, c: 1 })).toBe(1);
    expect(successAt1([], judgments)).toBe(0);
    expect(recallAt(['a', 'x', 'c'], judgments, 10)).toBeCloseTo(2 / 3, 12);
  });

  it('averages per query', () => {
    const mean = meanScores([scoreRanking(['a', 'b', 'c'], judgments), scoreRanking([], judgments)]);
    expect(mean).toEqual({ ndcg10: 0.5, mrr: 0.5, success1: 0.5, recall10: 0.5 });
    expect(meanScores([])).toEqual({ ndcg10: 0, mrr: 0, success1: 0, recall10: 0 });
  });
});
