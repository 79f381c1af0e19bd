// Benchmark section "kiosk": many kiosk browsers on one LAN host. Search runs in each browser's
// worker, so what a kiosk asks of the host is a page load: index.html, the scripts, the style
// sheet and the worker, then host:info, settings:get, catalogue:info (which carries the home screen's
// counts) and the prebuilt search index the worker streams (gzip, as a browser asks) — the same as the
// desk; the kiosk page never reads the catalogue snapshot. CLIENTS clients, each with its own
// keep-alive connection pool of 6 like a browser, load the page again and again for SECONDS;
// reported: page loads and requests per second, latency percentiles over all requests and over the
// index alone, bytes served in all and per page load, and errors (must be 0). Target at 50,000
// entries: p95 ≤ 300 ms, ≤ 5 MB a page load, no error.
// Run alone: `npx tsx bench/sections/kioskLoad.ts [--sizes 1000,10000] [--clients 50] [--seconds 10]`.
import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { percentile, round } from '../stats';
import { formatTable, type Column } from '../table';
import { SERVER_URL_PREFIX } from './kioskLoadServer';

export const CLIENTS = 50;
export const SECONDS = 10;
const RENDERER = resolve('dist/renderer');

export interface KioskLoadRow {
  entries: number;
  clients: number;
  seconds: number;
  pageLoads: number;
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  indexP95Ms: number;
  megabytesServed: number;
  megabytesPerPageLoad: number;
  errors: number;
  /** At the largest size: whether p95, bytes per page load and errors meet the target. */
  target: string;
}

export const TARGET = { entries: 50_000, p95Ms: 300, megabytesPerPageLoad: 5 };

export const KIOSK_LOAD_COLUMNS: Column<KioskLoadRow>[] = [
  { title: 'entries', value: (row) => row.entries },
  { title: 'clients', value: (row) => row.clients },
  { title: 'seconds', value: (row) => row.seconds },
  { title: 'page loads', value: (row) => row.pageLoads },
  { title: 'requests', value: (row) => row.requests },
  { title: 'req/s', value: (row) => row.requestsPerSecond },
  { title: 'p50 ms', value: (row) => row.p50Ms },
  { title: 'p95 ms', value: (row) => row.p95Ms },
  { title: 'p99 ms', value: (row) => row.p99Ms },
  { title: 'index p95 ms', value: (row) => row.indexP95Ms },
  { title: 'MB served', value: (row) => row.megabytesServed },
  { title: 'MB per load', value: (row) => row.megabytesPerPageLoad },
  { title: 'errors', value: (row) => row.errors },
  { title: 'target', value: (row) => row.target },
];

interface Sample {
  milliseconds: number;
  bytes: number;
  ok: boolean;
  index: boolean;
}

interface Server {
  url: string;
  stop(): Promise<void>;
}

async function startServer(entries: number, seed: number): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', resolve('bench/sections/kioskLoadServer.ts'), '--entries', String(entries), '--seed', String(seed), '--renderer', RENDERER], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
  const url = await new Promise<string>((resolveUrl, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const line = output.split('\n').find((candidate) => candidate.startsWith(SERVER_URL_PREFIX));
      if (line) resolveUrl(line.slice(SERVER_URL_PREFIX.length).trim());
    });
    child.once('exit', (code) => reject(new Error(`the kiosk load server exited with ${code}: ${errors.trim()}`)));
  });
  return {
    url,
    stop: () =>
      new Promise<void>((done) => {
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

/** What a browser fetches for one page load, in order: the page, then everything it names at once. */
async function pageRequests(): Promise<{ page: string; assets: string[] }> {
  let files: string[];
  try {
    files = await readdir(resolve(RENDERER, 'assets'));
  } catch {
    throw new Error(`the renderer is not built (${RENDERER}): run "npm run build" first`);
  }
  return { page: '/', assets: files.filter((file) => /\.(js|css)$/.test(file)).map((file) => `/assets/${file}`) };
}

const INDEX_PATH = '/data/search-index.bin';

function timedRequest(agent: Agent, base: URL, method: 'GET' | 'POST', path: string, body?: string): Promise<Sample> {
  const started = performance.now();
  return new Promise((done) => {
    const headers: Record<string, string> = { 'accept-encoding': 'gzip' };
    if (body !== undefined) Object.assign(headers, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), origin: base.origin });
    const outgoing = request({ host: base.hostname, port: base.port, method, path, agent, headers }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () =>
        done({ milliseconds: performance.now() - started, bytes, ok: response.statusCode === 200, index: path === INDEX_PATH }),
      );
      response.on('error', () => done({ milliseconds: performance.now() - started, bytes, ok: false, index: false }));
    });
    outgoing.on('error', () => done({ milliseconds: performance.now() - started, bytes: 0, ok: false, index: false }));
    outgoing.end(body);
  });
}

async function runClients(url: string, clients: number, seconds: number): Promise<{ samples: Sample[]; pageLoads: number; elapsed: number }> {
  const base = new URL(url);
  const { page, assets } = await pageRequests();
  const samples: Sample[] = [];
  let pageLoads = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const client = async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 6 });
    while (performance.now() < deadline) {
      samples.push(await timedRequest(agent, base, 'GET', page));
      const loads = await Promise.all([
        ...assets.map((asset) => timedRequest(agent, base, 'GET', asset)),
        timedRequest(agent, base, 'POST', '/api/host:info', '{}'),
        timedRequest(agent, base, 'POST', '/api/settings:get', '{}'),
        timedRequest(agent, base, 'POST', '/api/catalogue:info', '{}'),
        timedRequest(agent, base, 'GET', INDEX_PATH),
      ]);
      samples.push(...loads);
      pageLoads += 1;
    }
    agent.destroy();
  };
  await Promise.all(Array.from({ length: clients }, client));
  return { samples, pageLoads, elapsed: (performance.now() - started) / 1000 };
}

export async function runKioskLoad(options: { sizes: number[]; seed: number; clients?: number; seconds?: number; progress: (message: string) => void }): Promise<KioskLoadRow[]> {
  const clients = options.clients ?? CLIENTS;
  const seconds = options.seconds ?? SECONDS;
  const rows: KioskLoadRow[] = [];
  for (const entries of options.sizes) {
    options.progress(`kiosk: ${entries} entries, ${clients} clients for ${seconds} s`);
    const server = await startServer(entries, options.seed);
    try {
      // One warm-up page load, as a first kiosk would make (the host prepared its compressed forms at start).
      await runClients(server.url, 1, 0.001);
      const { samples, pageLoads, elapsed } = await runClients(server.url, clients, seconds);
      const latencies = samples.map((sample) => sample.milliseconds).sort((a, b) => a - b);
      const indexLatencies = samples.filter((sample) => sample.index).map((sample) => sample.milliseconds).sort((a, b) => a - b);
      const megabytesServed = samples.reduce((sum, sample) => sum + sample.bytes, 0) / 1e6;
      const p95Ms = round(percentile(latencies, 0.95), 1);
      const megabytesPerPageLoad = round(megabytesServed / Math.max(1, pageLoads), 2);
      const errors = samples.filter((sample) => !sample.ok).length;
      rows.push({
        entries,
        clients,
        seconds: round(elapsed, 1),
        pageLoads,
        requests: samples.length,
        requestsPerSecond: round(samples.length / elapsed, 0),
        p50Ms: round(percentile(latencies, 0.5), 1),
        p95Ms,
        p99Ms: round(percentile(latencies, 0.99), 1),
        indexP95Ms: round(percentile(indexLatencies, 0.95), 1),
        megabytesServed: round(megabytesServed, 1),
        megabytesPerPageLoad,
        errors,
        target: entries < TARGET.entries ? '—' : p95Ms <= TARGET.p95Ms && megabytesPerPageLoad <= TARGET.megabytesPerPageLoad && errors === 0 ? 'met' : 'NOT met',
      });
    } finally {
      await server.stop();
    }
  }
  return rows;
}

if (process.argv[1] !== undefined && pathToFileURL(resolve(process.argv[1])).href === import.meta.url) {
  const argument = (name: string) => {
    const index = process.argv.indexOf(name);
    return index === -1 ? undefined : process.argv[index + 1];
  };
  const sizes = (argument('--sizes') ?? '1000,10000').split(',').map(Number);
  const clients = Number(argument('--clients') ?? CLIENTS);
  const seconds = Number(argument('--seconds') ?? SECONDS);
  if (sizes.some((size) => !Number.isInteger(size) || size < 1) || !Number.isInteger(clients) || clients < 1 || !(seconds > 0)) {
    console.error('usage: npx tsx bench/sections/kioskLoad.ts [--sizes 1000,10000] [--clients 50] [--seconds 10]');
    process.exitCode = 2;
  } else {
    runKioskLoad({ sizes, seed: 2026, clients, seconds, progress: (message) => console.error(`… ${message}`) }).then(
      (rows) => console.log(formatTable(rows, KIOSK_LOAD_COLUMNS)),
      (error: unknown) => {
        console.error(`kiosk bench: ${error instanceof Error ? error.message : String(error)}`);
        process.exitCode = 1;
      },
    );
  }
}
