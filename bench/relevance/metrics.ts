// Ranking metrics for the judged relevance set: graded judgments { entryId: 3 | 2 | 1 }
// (3 exact answer, 2 relevant, 1 related); an id not judged counts as 0.
export type Grade = 1 | 2 | 3;
export type Judgments = Readonly<Record<string, Grade>>;

/** Gain of a grade, exponential as usual for graded nDCG: 2^g − 1 (7, 3, 1). */
export function gain(grade: number): number {
  return 2 ** grade - 1;
}

/** Discounted cumulative gain of the first k grades: Σ gain(g_i) / log2(i + 1), i from 1. */
export function dcg(grades: readonly number[], k: number): number {
  let total = 0;
  for (let index = 0; index < Math.min(k, grades.length); index++) total += gain(grades[index]!) / Math.log2(index + 2);
  return total;
}

/** nDCG@k of a ranking against the judgments; 0 when nothing is judged relevant. */
export function ndcgAt(ranking: readonly string[], judgments: Judgments, k: number): number {
  const ideal = dcg(Object.values(judgments).sort((a, b) => b - a), k);
  if (ideal === 0) return 0;
  return dcg(ranking.slice(0, k).map((id) => judgments[id] ?? 0), k) / ideal;
}

/** 1 / rank of the first entry judged relevant at `minGrade` or more (any grade by default); 0 if none. */
export function reciprocalRank(ranking: readonly string[], judgments: Judgments, minGrade = 1): number {
  const index = ranking.findIndex((id) => (judgments[id] ?? 0) >= minGrade);
  return index === -1 ? 0 : 1 / (index + 1);
}

/**
 * Success@1: the first result is one of the best answers judged for the query (the highest grade
 * present, 3 when an exact answer exists). A related entry at rank 1 is not a success.
 */
export function successAt1(ranking: readonly string[], judgments: Judgments): number {
  const best = Math.max(0, ...Object.values(judgments));
  if (best === 0 || ranking.length === 0) return 0;
  return (judgments[ranking[0]!] ?? 0) === best ? 1 : 0;
}

/** Share of the judged entries (any grade) found in the first k results. */
export function recallAt(ranking: readonly string[], judgments: Judgments, k: number): number {
  const relevant = Object.keys(judgments);
  if (relevant.length === 0) return 0;
  const top = new Set(ranking.slice(0, k));
  return relevant.filter((id) => top.has(id)).length / relevant.length;
}

export interface QueryScores {
  ndcg10: number;
  mrr: number;
  success1: number;
  recall10: number;
}

export function scoreRanking(ranking: readonly string[], judgments: Judgments): QueryScores {
  return { ndcg10: ndcgAt(ranking, judgments, 10), mrr: reciprocalRank(ranking, judgments), success1: successAt1(ranking, judgments), recall10: recallAt(ranking, judgments, 10) };
}

export function meanScores(scores: readonly QueryScores[]): QueryScores {
  const mean = (key: keyof QueryScores) => (scores.length === 0 ? 0 : scores.reduce((sum, score) => sum + score[key], 0) / scores.length);
  return { ndcg10: mean('ndcg10'), mrr: mean('mrr'), success1: mean('success1'), recall10: mean('recall10') };
}
