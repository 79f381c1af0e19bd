// Relevance benchmark: the judged query set (bench/relevance/judgedQueries.ts, judged by reading
// the catalogue files, never from an engine's output) run against each engine on the bundled
// catalogue, loaded as `kb search` loads it (entries and glossary). nDCG@10, MRR, success@1 and
// recall@10, overall and per slice (language, kind of query, answers only in English).
import { BUNDLED_CATALOGUE, loadCatalogue } from '../../electron/cli/commands/search';
import type { CatalogueEntry, IsoDate } from '../../shared/catalogue/entry';
import type { BenchEngineFactory } from '../engines/benchEngine';
import { knowledgeDeskEngine } from '../engines/knowledgeDesk';
import { miniSearchEngine } from '../engines/miniSearch';
import { plainFuseEngine } from '../engines/plainFuse';
import { JUDGED_QUERIES, type JudgedQuery } from '../relevance/judgedQueries';
import { meanScores, scoreRanking, type QueryScores } from '../relevance/metrics';
import { round } from '../stats';
import type { Column } from '../table';

/** A fixed day, so that the entries visible (valid-until dates) do not change from run to run; `kb search --today 2026-12-07` ranks the same. */
export const RELEVANCE_TODAY = '2026-12-07' as IsoDate;
export const RELEVANCE_ENGINES: BenchEngineFactory[] = [knowledgeDeskEngine, plainFuseEngine, miniSearchEngine];
const OURS = knowledgeDeskEngine.name;

export interface RelevanceRow {
  slice: string;
  queries: number;
  engine: string;
  ndcg10: number;
  mrr: number;
  success1: number;
  recall10: number;
}

export interface TargetCheck {
  target: string;
  value: string;
  met: boolean;
}

export const RELEVANCE_COLUMNS: Column<RelevanceRow>[] = [
  { title: 'slice', value: (row) => row.slice },
  { title: 'queries', value: (row) => row.queries },
  { title: 'engine', value: (row) => row.engine },
  { title: 'nDCG@10', value: (row) => row.ndcg10.toFixed(3) },
  { title: 'MRR', value: (row) => row.mrr.toFixed(3) },
  { title: 'success@1', value: (row) => row.success1.toFixed(3) },
  { title: 'recall@10', value: (row) => row.recall10.toFixed(3) },
];

export const TARGET_COLUMNS: Column<TargetCheck>[] = [
  { title: 'target', value: (row) => row.target },
  { title: 'value', value: (row) => row.value },
  { title: 'met', value: (row) => (row.met ? 'yes' : 'NO') },
];

/**
 * The slices a query belongs to: overall, its language, each kind tag, and "answer in English
 * only" for a Hindi or romanised query whose exact answers (grade 3) all lack Hindi detail text.
 */
export function slicesOf(query: JudgedQuery, entriesById: ReadonlyMap<string, CatalogueEntry>): string[] {
  const slices = ['overall', `lang:${query.language}`, ...query.kinds.map((kind) => `kind:${kind}`)];
  if (query.language !== 'en' && isAnsweredOnlyInEnglish(query, entriesById)) slices.push('answer-en-only');
  return slices;
}

export function isAnsweredOnlyInEnglish(query: JudgedQuery, entriesById: ReadonlyMap<string, CatalogueEntry>): boolean {
  const exact = Object.entries(query.judgments).filter(([, grade]) => grade === 3).map(([id]) => id);
  return exact.length > 0 && exact.every((id) => !entriesById.get(id)?.details?.hi);
}

export async function runRelevanceBenchmark(options: { progress?: (message: string) => void }): Promise<RelevanceRow[]> {
  const loaded = await loadCatalogue(BUNDLED_CATALOGUE);
  if (!loaded.ok) throw new Error(`the bundled catalogue has problems:\n${loaded.problems.join('\n')}`);
  const entriesById = new Map(loaded.entries.map((entry) => [entry.id, entry]));
  const sliceOrder: string[] = [];
  const sliceQueries = new Map<string, number[]>();
  JUDGED_QUERIES.forEach((query, index) => {
    for (const slice of slicesOf(query, entriesById)) {
      if (!sliceQueries.has(slice)) {
        sliceOrder.push(slice);
        sliceQueries.set(slice, []);
      }
      sliceQueries.get(slice)!.push(index);
    }
  });
  sliceOrder.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const rows: RelevanceRow[] = [];
  const perEngine = new Map<string, QueryScores[]>();
  for (const factory of RELEVANCE_ENGINES) {
    options.progress?.(`relevance: ${factory.name} over ${JUDGED_QUERIES.length} judged queries`);
    const engine = factory.build(loaded.entries, RELEVANCE_TODAY, loaded.glossary.groups);
    perEngine.set(factory.name, JUDGED_QUERIES.map((query) => scoreRanking(engine.search(query.text, 10), query.judgments)));
  }
  for (const slice of sliceOrder) {
    const indexes = sliceQueries.get(slice)!;
    for (const factory of RELEVANCE_ENGINES) {
      const scores = meanScores(indexes.map((index) => perEngine.get(factory.name)![index]!));
      rows.push({ slice, queries: indexes.length, engine: factory.name, ndcg10: round(scores.ndcg10, 3), mrr: round(scores.mrr, 3), success1: round(scores.success1, 3), recall10: round(scores.recall10, 3) });
    }
  }
  return rows;
}

function rank(slice: string): number {
  return slice === 'overall' ? 0 : slice.startsWith('lang:') ? 1 : slice === 'answer-en-only' ? 2 : 3;
}

/** The targets, checked against the rows. */
export function checkTargets(rows: readonly RelevanceRow[]): TargetCheck[] {
  const ours = (slice: string) => rows.find((row) => row.slice === slice && row.engine === OURS);
  const checks: TargetCheck[] = [];
  const overall = ours('overall');
  checks.push({ target: 'our nDCG@10 overall ≥ 0.85', value: overall?.ndcg10.toFixed(3) ?? '—', met: (overall?.ndcg10 ?? 0) >= 0.85 });
  for (const row of rows.filter((candidate) => candidate.engine === OURS && candidate.slice.startsWith('lang:'))) {
    checks.push({ target: `our nDCG@10 on ${row.slice} ≥ 0.80`, value: row.ndcg10.toFixed(3), met: row.ndcg10 >= 0.8 });
  }
  const acronym = ours('kind:acronym');
  checks.push({ target: 'our success@1 on kind:acronym ≥ 0.90', value: acronym?.success1.toFixed(3) ?? '—', met: (acronym?.success1 ?? 0) >= 0.9 });
  const behind: string[] = [];
  for (const row of rows.filter((candidate) => candidate.engine === OURS)) {
    const peers = rows.filter((candidate) => candidate.slice === row.slice && candidate.engine !== OURS);
    if (peers.some((peer) => peer.ndcg10 >= row.ndcg10)) behind.push(row.slice);
  }
  checks.push({ target: 'our nDCG@10 ahead of both peers on every slice', value: behind.length === 0 ? 'all slices' : `not on ${behind.join(', ')}`, met: behind.length === 0 });
  return checks;
}
