// Figures for the enquiry journal on this machine: save latency (write + fsync), open time for a
// large log, compaction time, CSV export time. Run: npx tsx tests/enquiry/measureJournal.ts [count]
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Enquiry, EnquiryId } from '../../shared/enquiry/enquiry';
import { sampleEnquiry } from '../../shared/enquiry/testing/enquiryArbitraries';
import { EnquiryJournal } from '../../electron/enquiry/enquiryJournal';
import { enquiriesToCsv } from '../../electron/enquiry/exportCsv';

const count = Number(process.argv[2] ?? 10_000);
const folder = await mkdtemp(join(tmpdir(), 'enquiry-measure-'));
const path = join(folder, 'enquiries.jsonl');
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

try {
  let journal = await EnquiryJournal.open(path);
  const latencies: number[] = [];
  for (let index = 0; index < 200; index += 1) {
    const started = performance.now();
    await journal.append([sampleEnquiry({ id: randomUUID() as EnquiryId, question: `सवाल ${index}: licensing terms and testing services` })]);
    latencies.push(performance.now() - started);
  }
  latencies.sort((a, b) => a - b);
  console.log(`save (one enquiry, write + fsync), 200 saves: median ${percentile(latencies, 0.5).toFixed(2)} ms, p95 ${percentile(latencies, 0.95).toFixed(2)} ms`);

  const bulk: Enquiry[] = Array.from({ length: count }, (_, index) => sampleEnquiry({ id: randomUUID() as EnquiryId, question: `सवाल ${index}: `.repeat(10) + 'drone licensing' }));
  for (let start = 0; start < bulk.length; start += 1000) await journal.append(bulk.slice(start, start + 1000));
  await journal.close();
  const size = (await stat(path)).size;

  let started = performance.now();
  journal = await EnquiryJournal.open(path);
  console.log(`open a journal of ${journal.status.recordCount} lines (${(size / 1e6).toFixed(1)} MB): ${(performance.now() - started).toFixed(0)} ms`);
  started = performance.now();
  await journal.compact();
  console.log(`compact ${journal.status.count} enquiries: ${(performance.now() - started).toFixed(0)} ms`);
  started = performance.now();
  const csv = enquiriesToCsv(journal.list(), 'hi');
  console.log(`CSV export of ${journal.status.count} enquiries (${(Buffer.byteLength(csv) / 1e6).toFixed(1)} MB): ${(performance.now() - started).toFixed(0)} ms`);
  await journal.close();
} finally {
  await rm(folder, { recursive: true, force: true });
}
