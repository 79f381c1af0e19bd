// The answer board across real threads: a Node worker thread writes while the test's thread waits,
// as the search worker and the page do (renderer/features/search/answerBoard.ts).
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { createAnswerBoard, takeAnswer } from '../renderer/features/search/answerBoard';

describe('answer board across threads', () => {
  it('sees an answer written by another thread while it waits', async () => {
    const board = createAnswerBoard()!;
    const worker = new Worker(
      `const { workerData } = require('node:worker_threads');
       const header = new Int32Array(workerData, 0, 2);
       const text = JSON.stringify({ hits: [], total: 0, facets: { kind: {}, lab: {}, domain: {} } });
       setTimeout(() => { const bytes = new TextEncoder().encode(text); new Uint8Array(workerData, 8).set(bytes); Atomics.store(header, 1, bytes.length); Atomics.store(header, 0, 9); }, 20);`,
      { eval: true, workerData: board },
    );
    await new Promise((resolve) => worker.once('online', resolve));
    expect(takeAnswer(board, 9, 5000)).toEqual({ hits: [], total: 0, facets: { kind: {}, lab: {}, domain: {} } });
    await worker.terminate();
  });
});
