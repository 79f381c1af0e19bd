// `npx tsx bench/relevance/explain.ts "<query>" [--limit N]`: our top results for one query on the
// bundled catalogue (as the relevance benchmark builds the engine), with scores and, when the query
// is in the judged set, each result's grade and the judged entries missing from the list. For
// diagnosing misses only: judgments are written by reading the catalogue, never from this output.
import { BUNDLED_CATALOGUE, loadCatalogue } from '../../electron/cli/commands/search';
import { createSearchEngine } from '../../shared/search/engine';
import { RELEVANCE_TODAY } from '../sections/relevance';
import { JUDGED_QUERIES } from './judgedQueries';
import { scoreRanking } from './metrics';

async function main(args: string[]): Promise<number> {
  const limitAt = args.indexOf('--limit');
  const limit = limitAt === -1 ? 10 : Number(args[limitAt + 1]);
  const text = args.filter((_, index) => limitAt === -1 || (index !== limitAt && index !== limitAt + 1)).join(' ');
  if (text.trim() === '' || !Number.isInteger(limit) || limit < 1) {
    console.error('usage: npx tsx bench/relevance/explain.ts "<query>" [--limit N]');
    return 2;
  }
  const loaded = await loadCatalogue(BUNDLED_CATALOGUE);
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  const engine = createSearchEngine(loaded.entries, { today: RELEVANCE_TODAY, glossary: loaded.glossary.groups });
  const result = engine.search({ text, limit });
  const judged = JUDGED_QUERIES.find((query) => query.text === text);
  const grade = (id: string) => (judged ? String(judged.judgments[id] ?? '·') : ' ');
  result.hits.forEach((hit, rank) => {
    console.log(`${String(rank + 1).padStart(3)}. ${grade(hit.id)} ${hit.score.toFixed(4).padStart(9)}  ${hit.id}  ${hit.entry.title.en}  [${hit.entry.lab}]`);
  });
  console.log(`${result.total} matches`);
  if (judged) {
    const ids: string[] = result.hits.map((hit) => hit.id);
    const missing = Object.entries(judged.judgments).filter(([id]) => !ids.includes(id));
    for (const [id, missingGrade] of missing) console.log(`  missing (grade ${missingGrade}): ${id}`);
    const scores = scoreRanking(ids.slice(0, 10), judged.judgments);
    console.log(`nDCG@10 ${scores.ndcg10.toFixed(3)}  MRR ${scores.mrr.toFixed(3)}  success@1 ${scores.success1}  recall@10 ${scores.recall10.toFixed(3)}`);
  } else console.log('(not a judged query)');
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`explain: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
