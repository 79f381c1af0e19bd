// Relevance benchmark: the judged query set (bench/relevance/judgedQueries.ts, judged by reading
// the catalogue files, never from an engine's output) run against each engine on the bundled
// catalogue, loaded as `kb search` loads it (entries and glossary). nDCG@10, MRR, success@1 and
// recall@10, overall and per slice (language, kind of query, answers only in English).
import { BUNDLED_CATALOGUE, loadCatalogue } from '../../electron/cli/commands/search';
import type { CatalogueEntry, IsoDate } from '../../shared/catalogue/entry';
import type { GlossaryGroup } from '../../shared/catalogue/glossary';
import { SEARCH_RULE_DESCRIPTIONS, SEARCH_RULE_NAMES, withSearchRules } from '../../shared/search/searchRules';
import { hasDevanagari } from '../../shared/text/normalise';
import type { BenchEngine, BenchEngineFactory } from '../engines/benchEngine';
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

/** The bundled catalogue as `kb search` loads it, and each slice's queries (indexes into JUDGED_QUERIES), in table order. */
async function judgedSetup(): Promise<{ entries: CatalogueEntry[]; glossary: readonly GlossaryGroup[]; slices: Map<string, number[]> }> {
  const loaded = await loadCatalogue(BUNDLED_CATALOGUE);
  if (!loaded.ok) throw new Error(`the bundled catalogue has problems:\n${loaded.problems.join('\n')}`);
  const entriesById = new Map(loaded.entries.map((entry) => [entry.id, entry]));
  const sliceQueries = new Map<string, number[]>();
  JUDGED_QUERIES.forEach((query, index) => {
    for (const slice of slicesOf(query, entriesById)) sliceQueries.set(slice, [...(sliceQueries.get(slice) ?? []), index]);
  });
  const order = [...sliceQueries.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return { entries: loaded.entries, glossary: loaded.glossary.groups, slices: new Map(order.map((slice) => [slice, sliceQueries.get(slice)!])) };
}

function scoreJudgedQueries(engine: BenchEngine): QueryScores[] {
  return JUDGED_QUERIES.map((query) => scoreRanking(engine.search(query.text, 10), query.judgments));
}

export async function runRelevanceBenchmark(options: { progress?: (message: string) => void }): Promise<RelevanceRow[]> {
  const { entries, glossary, slices } = await judgedSetup();
  const rows: RelevanceRow[] = [];
  const perEngine = new Map<string, QueryScores[]>();
  for (const factory of RELEVANCE_ENGINES) {
    options.progress?.(`relevance: ${factory.name} over ${JUDGED_QUERIES.length} judged queries`);
    perEngine.set(factory.name, scoreJudgedQueries(factory.build(entries, RELEVANCE_TODAY, glossary)));
  }
  for (const [slice, indexes] of slices) {
    for (const factory of RELEVANCE_ENGINES) {
      const scores = meanScores(indexes.map((index) => perEngine.get(factory.name)![index]!));
      rows.push({ slice, queries: indexes.length, engine: factory.name, ndcg10: round(scores.ndcg10, 3), mrr: round(scores.mrr, 3), success1: round(scores.success1, 3), recall10: round(scores.recall10, 3) });
    }
  }
  return rows;
}

export interface AblationRow {
  /** The rule switched off ("none": everything on, the reference). */
  rule: string;
  what: string;
  ndcg10: number;
  /** Overall nDCG@10 minus the reference's: what the rule buys when negative. */
  delta: number;
  /** The slice whose nDCG@10 moves most with the rule off, and by how much. */
  slice: string;
  sliceDelta: number;
}

export const ABLATION_COLUMNS: Column<AblationRow>[] = [
  { title: 'rule off', value: (row) => row.rule },
  { title: 'nDCG@10', value: (row) => row.ndcg10.toFixed(3) },
  { title: 'Δ overall', value: (row) => signed(row.delta) },
  { title: 'slice most affected', value: (row) => row.slice },
  { title: 'Δ slice', value: (row) => signed(row.sliceDelta) },
  { title: 'the rule', value: (row) => row.what },
];

const signed = (value: number) => (value > 0 ? `+${value.toFixed(3)}` : value < 0 ? `−${(-value).toFixed(3)}` : '0.000');

/** Glossary-level rules: the catalogue's glossary as the engine is given it with the rule off. */
const GLOSSARY_RULES: readonly { rule: string; what: string; glossary: (groups: readonly GlossaryGroup[]) => GlossaryGroup[] }[] = [
  { rule: 'glossary', what: 'glossary.csv synonym groups (and the kind words they name) not given to the engine', glossary: () => [] },
  {
    rule: 'glossaryDevanagari',
    what: "the glossary's Devanagari forms left out, its English and romanised ones kept",
    glossary: (groups) => groups.map((group) => ({ ...group, terms: group.terms.filter((term) => !hasDevanagari(term)) })).filter((group) => group.terms.length >= 2),
  },
];

/**
 * Our engine with each analyser and ranking rule switched off in turn (searchRules.ts; the glossary
 * ones by giving the engine less of the glossary): overall nDCG@10 and the slice most affected,
 * against everything on. What each rule buys on this benchmark.
 */
export async function runAblation(options: { progress?: (message: string) => void }): Promise<AblationRow[]> {
  const { entries, glossary, slices } = await judgedSetup();
  options.progress?.(`relevance ablation: ${SEARCH_RULE_NAMES.length + GLOSSARY_RULES.length} rules, one off at a time`);
  const ndcgBySlice = (scores: QueryScores[]) => new Map([...slices].map(([slice, indexes]) => [slice, meanScores(indexes.map((index) => scores[index]!)).ndcg10]));
  const reference = ndcgBySlice(scoreJudgedQueries(knowledgeDeskEngine.build(entries, RELEVANCE_TODAY, glossary)));
  const row = (rule: string, what: string, scores: QueryScores[]): AblationRow => {
    const bySlice = ndcgBySlice(scores);
    let slice = 'overall';
    let sliceDelta = 0;
    for (const [name, ndcg] of bySlice) {
      const delta = ndcg - reference.get(name)!;
      if (name !== 'overall' && Math.abs(delta) > Math.abs(sliceDelta) + 1e-9) [slice, sliceDelta] = [name, delta];
    }
    const ndcg = bySlice.get('overall')!;
    return { rule, what, ndcg10: round(ndcg, 3), delta: round(ndcg - reference.get('overall')!, 3), slice: round(sliceDelta, 3) === 0 ? '—' : slice, sliceDelta: round(sliceDelta, 3) };
  };
  const rows = [row('none', 'every rule on, as shipped', scoreJudgedQueries(knowledgeDeskEngine.build(entries, RELEVANCE_TODAY, glossary)))];
  for (const rule of SEARCH_RULE_NAMES) {
    rows.push(withSearchRules([rule], () => row(rule, SEARCH_RULE_DESCRIPTIONS[rule], scoreJudgedQueries(knowledgeDeskEngine.build(entries, RELEVANCE_TODAY, glossary)))));
  }
  for (const { rule, what, glossary: reduced } of GLOSSARY_RULES) rows.push(row(rule, what, scoreJudgedQueries(knowledgeDeskEngine.build(entries, RELEVANCE_TODAY, reduced(glossary)))));
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
