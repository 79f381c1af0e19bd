// A shared board on which the worker also writes its answer, so the page can take it within the
// keystroke's own task: a worker message arrives only after the frame that paints the typed
// character, one frame (or two) after the keydown, while the search itself takes a millisecond.
// The page waits for it a few milliseconds at most, then falls back to the worker's message.
// Needs a cross-origin isolated page (SharedArrayBuffer); without one the board is never made.
// Layout: int32 [id of the request answered, byte length], then the answer as UTF-8 JSON.
import type { SearchResult } from '../../../shared/search/types';

const HEADER_BYTES = 8;
/** Room for an answer: 50 hits with their previews and the facets take 50–100 kB. */
const CAPACITY = 1 << 21;

export function createAnswerBoard(capacity = CAPACITY): SharedArrayBuffer | undefined {
  return typeof SharedArrayBuffer === 'function' && globalThis.crossOriginIsolated !== false ? new SharedArrayBuffer(HEADER_BYTES + capacity) : undefined;
}

// An answer asked again (the worker keeps its answers: answerCache.ts) is encoded once.
const encodedAnswers = new WeakMap<SearchResult, Uint8Array>();

/** An answer as UTF-8 JSON: the worker's copy, kept with the answer (do not transfer it; copy it). */
export function encodeAnswer(result: SearchResult): Uint8Array {
  let bytes = encodedAnswers.get(result);
  if (!bytes) {
    bytes = new TextEncoder().encode(JSON.stringify(result));
    encodedAnswers.set(result, bytes);
  }
  return bytes;
}

export function decodeAnswer(bytes: Uint8Array): SearchResult {
  return JSON.parse(new TextDecoder().decode(bytes)) as SearchResult;
}

/** The worker's side: false when the answer does not fit (the page then waits for the message). */
export function writeAnswer(board: SharedArrayBuffer, requestId: number, result: SearchResult): boolean {
  const header = new Int32Array(board, 0, 2);
  // Encoded apart and then copied: Chromium's TextEncoder refuses to write into shared memory.
  const bytes = encodeAnswer(result);
  if (bytes.length > board.byteLength - HEADER_BYTES) return false;
  new Uint8Array(board, HEADER_BYTES).set(bytes);
  Atomics.store(header, 1, bytes.length);
  // Stored last: once the page sees this id, the bytes and their length are in place.
  Atomics.store(header, 0, requestId);
  return true;
}

/** The page's side: the answer to `requestId` if it is on the board within `waitMilliseconds`. */
export function takeAnswer(board: SharedArrayBuffer, requestId: number, waitMilliseconds: number, now: () => number = () => performance.now()): SearchResult | undefined {
  const header = new Int32Array(board, 0, 2);
  const deadline = now() + waitMilliseconds;
  // Atomics.wait is refused on a page's thread; the wait is bounded and the search takes about 1 ms.
  while (Atomics.load(header, 0) !== requestId) if (now() >= deadline) return undefined;
  return decodeAnswer(new Uint8Array(board, HEADER_BYTES, Atomics.load(header, 1)).slice());
}
