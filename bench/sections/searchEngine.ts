// Search benchmark: for each catalogue size and engine, index build time, heap after indexing,
// query latency over every keystroke, and whether planted entries come up in the top 1 and top 10.
import type { IsoDate } from '../../shared/catalogue/entry';
import { generateCatalogue } from '../catalogueGenerator';
import type { BenchEngineFactory } from '../engines/benchEngine';
import { knowledgeDeskEngine } from '../engines/knowledgeDesk';
import { plainFuseEngine } from '../engines/plainFuse';
import { PLANTED_ENTRIES, PLANTED_QUERIES } from '../plantedEntries';
import { percentile, round } from '../stats';
import type { Column } from '../table';
import { timedQueries, WARM_UP_QUERIES } from '../searchQueries';

export interface SearchBenchmarkRow {
  entries: number;
  engine: string;
  build_ms: number;
  heap_mb: number;
  queries: number;
  p50_ms: number;
  p95_ms: number;
  max_ms: number;
  hits_at_1: number;
  hits_at_10: number;
  /** The same figures in CPU time of this process: steadier than wall time when the machine is shared. */
  build_cpu_ms: number;
  p50_cpu_ms: number;
  p95_cpu_ms: number;
  max_cpu_ms: number;
}

export interface SearchBenchmarkOptions {
  sizes: number[];
  seed: number;
  /** Called before each row, so a long run shows progress. */
  progress?: (message: string) => void;
}

export const TODAY = '2026-06-01' as IsoDate;

/** The baseline takes seconds per query at 50,000 entries: it runs an evenly spread sample of this many queries. */
const BASELINE_QUERY_BUDGET: Record<number, number> = { 1000: 120, 10000: 24, 50000: 8 };

export async function runSearchBenchmark(options: SearchBenchmarkOptions): Promise<SearchBenchmarkRow[]> {
  const rows: SearchBenchmarkRow[] = [];
  for (const size of options.sizes) {
    for (const factory of [knowledgeDeskEngine, plainFuseEngine]) {
      options.progress?.(`search: ${factory.name} at ${size} entries`);
      const budget = factory === plainFuseEngine ? (BASELINE_QUERY_BUDGET[size] ?? 8) : Number.POSITIVE_INFINITY;
      rows.push(await measure(factory, size, options.seed, budget));
    }
  }
  return rows;
}

async function measure(factory: BenchEngineFactory, size: number, seed: number, queryBudget: number): Promise<SearchBenchmarkRow> {
  const entries = generateCatalogue(size, seed, { planted: PLANTED_ENTRIES });
  collectGarbage();
  const buildStart = performance.now();
  const buildCpuStart = cpuMs();
  const engine = factory.build(entries, TODAY);
  const buildMs = performance.now() - buildStart;
  const buildCpuMs = cpuMs() - buildCpuStart;
  collectGarbage();
  const heapMb = heapUsedMb();

  const limited = Number.isFinite(queryBudget);
  const warmUp = limited ? WARM_UP_QUERIES.slice(0, 1) : WARM_UP_QUERIES;
  for (const text of warmUp) engine.search(text, 10);
  await Promise.resolve();

  const planted = limited ? spread(PLANTED_QUERIES, Math.ceil(queryBudget / 2)) : PLANTED_QUERIES;
  const latencyQueries = limited ? spread(timedQueries(), Math.floor(queryBudget / 2)) : timedQueries();
  const times: number[] = [];
  const cpuTimes: number[] = [];
  const timeQuery = (run: () => unknown) => {
    const cpuStart = cpuMs();
    const start = performance.now();
    run();
    times.push(performance.now() - start);
    cpuTimes.push(cpuMs() - cpuStart);
  };
  for (const text of latencyQueries) timeQuery(() => engine.search(text, 10));
  let hitsAt1 = 0;
  let hitsAt10 = 0;
  for (const query of planted) {
    let ids: string[] = [];
    timeQuery(() => (ids = engine.search(query.text, 10)));
    const rank = ids.indexOf(query.expectedId);
    if (rank === 0) hitsAt1 += 1;
    if (rank >= 0) hitsAt10 += 1;
  }
  times.sort((left, right) => left - right);
  cpuTimes.sort((left, right) => left - right);
  return {
    entries: size,
    engine: factory.name,
    build_ms: round(buildMs, 0),
    heap_mb: round(heapMb, 1),
    queries: times.length,
    p50_ms: round(percentile(times, 0.5), 3),
    p95_ms: round(percentile(times, 0.95), 3),
    max_ms: round(times[times.length - 1] ?? Number.NaN, 3),
    hits_at_1: round(hitsAt1 / planted.length, 3),
    hits_at_10: round(hitsAt10 / planted.length, 3),
    build_cpu_ms: round(buildCpuMs, 0),
    p50_cpu_ms: round(percentile(cpuTimes, 0.5), 3),
    p95_cpu_ms: round(percentile(cpuTimes, 0.95), 3),
    max_cpu_ms: round(cpuTimes[cpuTimes.length - 1] ?? Number.NaN, 3),
  };
}

function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

function spread<T>(items: readonly T[], count: number): T[] {
  if (count >= items.length) return [...items];
  return Array.from({ length: count }, (_, index) => items[Math.floor((index * items.length) / count)]!);
}

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function heapUsedMb(): number {
  return process.memoryUsage().heapUsed / (1024 * 1024);
}

export const SEARCH_COLUMNS: Column<SearchBenchmarkRow>[] = [
  { title: 'entries', value: (row) => row.entries },
  { title: 'engine', value: (row) => row.engine },
  { title: 'build ms', value: (row) => row.build_ms },
  { title: 'heap MB', value: (row) => row.heap_mb },
  { title: 'queries', value: (row) => row.queries },
  { title: 'p50 ms', value: (row) => row.p50_ms },
  { title: 'p95 ms', value: (row) => row.p95_ms },
  { title: 'max ms', value: (row) => row.max_ms },
  { title: 'hits@1', value: (row) => row.hits_at_1 },
  { title: 'hits@10', value: (row) => row.hits_at_10 },
  { title: 'build cpu', value: (row) => row.build_cpu_ms },
  { title: 'p50 cpu', value: (row) => row.p50_cpu_ms },
  { title: 'p95 cpu', value: (row) => row.p95_cpu_ms },
  { title: 'max cpu', value: (row) => row.max_cpu_ms },
];
