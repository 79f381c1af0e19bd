import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../catalogue/entry';
import { createSearchEngine, createSearchEngineFromPack } from './engine';
import { buildPrebuiltIndex, parseIndex, serialiseIndex } from './indexSnapshot';
import { sanitiseSort } from './sortOrder';
import { handMadeCatalogue, HAND_MADE_TODAY } from './testing/handMadeCatalogue';
import type { SearchQuery } from './types';

const today = HAND_MADE_TODAY as IsoDate;
const engine = createSearchEngine(handMadeCatalogue, { today });
const ids = (query: SearchQuery): string[] => engine.search(query).hits.map((hit) => hit.id);

describe('sorting the results', () => {
  it('puts the highest TRL first, entries without one last', () => {
    expect(ids({ text: '', filters: { kinds: ['technology'] }, sort: { by: 'trl' } })).toEqual(['ground-radar', 'thermal-imaging-sight', 'mini-drone', 'radome-material', 'nukta-entry']);
  });

  it('puts the largest funding ceiling first', () => {
    expect(ids({ text: '', filters: { kinds: ['scheme'] }, sort: { by: 'funding' } })).toEqual(['tdf-scheme', 'small-grant']);
  });

  it('orders courses by their next batch not yet over, and by fee, courses without one last', () => {
    // On 1 June 2026 the drone course's next batch is 7 September 2026, the quality course's 11 January 2027.
    expect(ids({ text: '', filters: { kinds: ['course'] }, sort: { by: 'nextBatch', today } })).toEqual(['drone-pilot-course', 'quality-course']);
    // After the drone course's last batch, it has no next batch and goes last.
    expect(ids({ text: '', filters: { kinds: ['course'] }, sort: { by: 'nextBatch', today: '2026-10-01' as IsoDate } })).toEqual(['quality-course', 'drone-pilot-course']);
    expect(ids({ text: '', filters: { kinds: ['course'] }, sort: { by: 'fee' } })).toEqual(['drone-pilot-course', 'quality-course']);
  });

  it('puts the most recently updated first', () => {
    const hits = engine.search({ text: '', sort: { by: 'newest' } }).hits;
    const dates = hits.map((hit) => hit.entry.updated);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(hits[0]!.id).toBe('ground-radar');
  });

  it('sorts every match, not only the best page of them, and counts them all', () => {
    const query: SearchQuery = { text: 'radar', sort: { by: 'trl' }, limit: 1 };
    const all = engine.search({ ...query, limit: 50 });
    const first = engine.search(query);
    expect(first.total).toBe(all.total);
    expect(first.hits.map((hit) => hit.id)).toEqual([all.hits[0]!.id]);
    expect(all.hits[0]!.id).toBe('ground-radar');
  });

  it('keeps the relevance order when the sort is absent or malformed', () => {
    const plain = ids({ text: 'radar' });
    expect(ids({ text: 'radar', sort: { by: 'colour' } as never })).toEqual(plain);
    expect(sanitiseSort({ by: 'fee', today: 'tomorrow' })).toEqual({ by: 'fee' });
    expect(sanitiseSort(null)).toBeUndefined();
  });

  it('sorts the same from a stored index (the worker) as from the catalogue', () => {
    const stored = parseIndex(serialiseIndex(buildPrebuiltIndex(handMadeCatalogue, today)));
    if (!stored.ok) throw new Error(stored.message);
    const fromPack = createSearchEngineFromPack(stored.prebuilt);
    for (const by of ['newest', 'nextBatch', 'trl', 'fee', 'funding'] as const) {
      const query: SearchQuery = { text: '', sort: { by, today } };
      expect(fromPack.search(query).hits.map((hit) => hit.id), by).toEqual(ids(query));
    }
    const course = fromPack.search({ text: 'drone pilot' }).hits[0]!.entry;
    expect(course).toMatchObject({ kind: 'course', durationDays: 5, mode: 'in-person', feeInr: 15000, seats: 20 });
  });
});
