import { describe, expect, it } from 'vitest';
import type { SearchEngine, SearchQuery } from '../../../shared/search/types';
import { toSearchQuery, EMPTY_SEARCH } from './searchState';
import { WARM_UP_QUERIES, warmUpEngine } from './searchWarmUp';

function recordingEngine(): SearchEngine & { asked: SearchQuery[] } {
  const asked: SearchQuery[] = [];
  return { asked, size: 0, likelyNextTexts: () => [], search: (query) => (asked.push(query), { hits: [], total: 0, facets: { kind: { technology: 0, consultancy: 0, course: 0, scheme: 0 }, lab: {}, domain: {} } }) };
}

/** Runs the steps handed to `later` one at a time, as the worker's timers would. */
function stepper() {
  const steps: (() => void)[] = [];
  return {
    later: (step: () => void) => void steps.push(step),
    runOne: () => steps.shift()?.(),
    pending: () => steps.length,
  };
}

describe('warmUpEngine', () => {
  it('runs every warm-up query once, one per step, then says it is done and stops asking for steps', () => {
    const engine = recordingEngine();
    const steps = stepper();
    let done = 0;
    warmUpEngine(engine, { current: () => engine, busy: () => false, later: steps.later, done: () => (done += 1) });
    for (let turn = 0; turn < 1000 && steps.pending() > 0; turn++) {
      expect(done).toBe(0);
      steps.runOne();
    }
    expect(engine.asked).toEqual(WARM_UP_QUERIES);
    expect(steps.pending()).toBe(0);
    expect(done).toBe(1);
  });

  it('runs nothing while a real search waits, and goes on after it', () => {
    const engine = recordingEngine();
    const steps = stepper();
    let busy = true;
    warmUpEngine(engine, { current: () => engine, busy: () => busy, later: steps.later }, [toSearchQuery({ ...EMPTY_SEARCH, text: 'a' })]);
    steps.runOne();
    steps.runOne();
    expect(engine.asked).toHaveLength(0);
    busy = false;
    steps.runOne();
    expect(engine.asked.map((query) => query.text)).toEqual(['a']);
  });

  it('stops when the engine was replaced by a new catalogue', () => {
    const engine = recordingEngine();
    const steps = stepper();
    let current: SearchEngine = engine;
    let done = false;
    warmUpEngine(engine, { current: () => current, busy: () => false, later: steps.later, done: () => (done = true) });
    steps.runOne();
    current = recordingEngine();
    steps.runOne();
    expect(engine.asked).toHaveLength(1);
    expect(steps.pending()).toBe(0);
    expect(done).toBe(false);
  });

  it('asks exactly what the search page asks: its limit and empty filters', () => {
    const page = toSearchQuery({ ...EMPTY_SEARCH, text: 'a' });
    expect(WARM_UP_QUERIES[0]).toEqual(page);
  });
});
