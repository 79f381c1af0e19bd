import { describe, expect, it } from 'vitest';
import { closedEntries, closedEntriesTitled } from './closedEntries';
import { handMadeCatalogue, HAND_MADE_TODAY } from '../search/testing/handMadeCatalogue';

const closed = closedEntries(handMadeCatalogue, HAND_MADE_TODAY);

describe('closed entries', () => {
  it('are the withdrawn ones and those past their valid_until date, with the day they closed', () => {
    expect(closed).toEqual([
      { id: 'expired-radar', kind: 'technology', title: { en: 'Expired Radar Offer' }, reason: 'expired', closedOn: '2025-12-31' },
      { id: 'withdrawn-radar', kind: 'technology', title: { en: 'Withdrawn Radar Offer' }, reason: 'withdrawn' },
    ]);
  });

  it('are found by the starts of the words of their title, in any case', () => {
    expect(closedEntriesTitled(closed, 'EXPIRED').map((entry) => entry.id)).toEqual(['expired-radar']);
    expect(closedEntriesTitled(closed, 'radar off').map((entry) => entry.id)).toEqual(['expired-radar', 'withdrawn-radar']);
    expect(closedEntriesTitled(closed, 'radar off', 1)).toHaveLength(1);
    expect(closedEntriesTitled(closed, 'radar drone')).toEqual([]);
  });

  it('are not looked for with one or two letters', () => {
    expect(closedEntriesTitled(closed, 'ex')).toEqual([]);
    expect(closedEntriesTitled(closed, '  ')).toEqual([]);
  });
});
