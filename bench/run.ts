// `npm run bench [-- --json] [--sizes 1000,10000] [--seed N] [--only search]`: runs every benchmark
// section and prints a table per section, or with --json one object keyed by section.
// A section is a module in ./sections that returns rows; add it to SECTIONS below.
import { cpus, loadavg } from 'node:os';
import { runSearchBenchmark, SEARCH_COLUMNS } from './sections/searchEngine';
import { runUiBenchmark, UI_COLUMNS } from './sections/uiChromium';
import { FEED_COLUMNS, runFeedSection } from './sections/feed';
import { KIOSK_LOAD_COLUMNS, runKioskLoad } from './sections/kioskLoad';
import { FEED_APPLY_COLUMNS, runFeedApplyBenchmark } from './sections/feedApply';
import { ABLATION_COLUMNS, checkTargets, RELEVANCE_COLUMNS, runAblation, runRelevanceBenchmark, TARGET_COLUMNS, type RelevanceRow } from './sections/relevance';
import { REPORT_COLUMNS, runReportBenchmark } from './sections/reports';
import { formatTable, type Column } from './table';

export interface SectionOptions {
  sizes: number[];
  seed: number;
  progress: (message: string) => void;
}

interface Section {
  key: string;
  title: string;
  run(options: SectionOptions): Promise<object[]>;
  columns: Column<never>[];
  /** More tables to report after the section's (printed, and under `<section key>_<key>` with --json). */
  summaries?: ((rows: object[], options: SectionOptions) => Summary | Promise<Summary>)[];
}

interface Summary {
  key: string;
  title: string;
  rows: object[];
  columns: Column<never>[];
}

const SECTIONS: Section[] = [
  { key: 'search', title: 'Search: index build, heap after indexing, per-keystroke latency, planted entries found', run: runSearchBenchmark, columns: SEARCH_COLUMNS as Column<never>[] },
  { key: 'ui', title: 'UI in Chromium through the browser host: cold start to results painted, keystroke-to-paint (needs vite build)', run: runUiBenchmark, columns: UI_COLUMNS as Column<never>[] },
  { key: 'feed', title: 'Feed: publish time and feed size, then 500 changed entries as version 2 (delta size vs snapshot, target < 5 %)', run: runFeedSection, columns: FEED_COLUMNS as Column<never>[] },
  { key: 'feedApply', title: 'Sync client: a 500-entry delta applied to the largest size (verify, merge, validate, durable switch) and re-indexed (target < 1 s); loading the installed catalogue at start', run: runFeedApplyBenchmark, columns: FEED_APPLY_COLUMNS as Column<never>[] },
  {
    key: 'relevance',
    title: 'Relevance on the bundled catalogue: judged queries (bench/relevance/judgedQueries.ts), nDCG@10, MRR, success@1, recall@10 per slice',
    run: runRelevanceBenchmark,
    columns: RELEVANCE_COLUMNS as Column<never>[],
    summaries: [
      (rows) => ({ key: 'targets', title: 'Relevance targets', rows: checkTargets(rows as RelevanceRow[]), columns: TARGET_COLUMNS as Column<never>[] }),
      async (_rows, options) => ({
        key: 'ablation',
        title: 'Relevance ablation: our engine with one analyser or ranking rule off at a time (shared/search/searchRules.ts), overall nDCG@10 and the slice it moves most, against every rule on',
        rows: await runAblation(options),
        columns: ABLATION_COLUMNS as Column<never>[],
      }),
    ],
  },
  { key: 'reports', title: 'Reports at 100,000 generated enquiries in a journal: reports:build over a year and the Reports page drawn in Chromium (target ≤ 500 ms), and the returning-visitor lookup enquiry:findPerson (target ≤ 50 ms), p95 judged, beside a plain scan', run: runReportBenchmark, columns: REPORT_COLUMNS as Column<never>[] },
  { key: 'kiosk', title: 'Kiosk host: 50 browser-like clients loading the kiosk page (static files, catalogue info, the prebuilt search index; never the snapshot) for 10 s on 127.0.0.1', run: runKioskLoad, columns: KIOSK_LOAD_COLUMNS as Column<never>[] },
];

const USAGE = 'usage: npm run bench -- [--json] [--sizes 1000,10000,50000] [--seed N] [--only <section>]';

function parseArguments(args: string[]): { json: boolean; sizes: number[]; seed: number; only?: string } | string {
  const parsed = { json: false, sizes: [1000, 10_000, 50_000], seed: 2026, only: undefined as string | undefined };
  for (let index = 0; index < args.length; index++) {
    const argument = args[index]!;
    if (argument === '--json') parsed.json = true;
    else if (argument === '--sizes') {
      const sizes = (args[++index] ?? '').split(',').map(Number);
      if (sizes.length === 0 || sizes.some((size) => !Number.isInteger(size) || size < 1 || size > 1_000_000)) return `--sizes wants whole numbers 1–1000000 separated by commas`;
      parsed.sizes = sizes;
    } else if (argument === '--seed') {
      parsed.seed = Number(args[++index]);
      if (!Number.isInteger(parsed.seed)) return '--seed wants a whole number';
    } else if (argument === '--only') {
      parsed.only = args[++index];
      if (!SECTIONS.some((section) => section.key === parsed.only)) return `--only wants one of: ${SECTIONS.map((section) => section.key).join(', ')}`;
    } else return `unknown argument "${argument}"`;
  }
  return parsed;
}

async function main(): Promise<number> {
  const options = parseArguments(process.argv.slice(2));
  if (typeof options === 'string') {
    console.error(`bench: ${options}\n${USAGE}`);
    return 2;
  }
  if (typeof (globalThis as { gc?: unknown }).gc !== 'function') console.error('bench: run node with --expose-gc for heap figures (npm run bench does)');
  const progress = (message: string) => console.error(`… ${message}`);
  const report: Record<string, unknown> = {
    machine: { cpus: cpus().length, node: process.version, load_average_at_start: loadavg().map((load) => Math.round(load * 100) / 100) },
    seed: options.seed,
  };
  for (const section of SECTIONS.filter((candidate) => !options.only || candidate.key === options.only)) {
    const sectionOptions: SectionOptions = { sizes: options.sizes, seed: options.seed, progress };
    const rows = await section.run(sectionOptions);
    report[section.key] = rows;
    if (!options.json) console.log(`\n${section.title}\n\n${formatTable(rows as never[], section.columns)}\n`);
    for (const summarise of section.summaries ?? []) {
      const summary = await summarise(rows, sectionOptions);
      report[`${section.key}_${summary.key}`] = summary.rows;
      if (!options.json) console.log(`${summary.title}\n\n${formatTable(summary.rows as never[], summary.columns)}\n`);
    }
  }
  report.machine = { ...(report.machine as object), load_average_at_end: loadavg().map((load) => Math.round(load * 100) / 100) };
  if (options.json) console.log(JSON.stringify(report, null, 2));
  else console.log(`machine: ${JSON.stringify(report.machine)}`);
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
