import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CatalogueEntry, IsoDate } from '../catalogue/entry';
import { editDistanceWithin } from './didYouMean';
import { createSearchEngine } from './engine';
import { handMadeCatalogue, HAND_MADE_TODAY } from './testing/handMadeCatalogue';

const engine = createSearchEngine(handMadeCatalogue, { today: HAND_MADE_TODAY as IsoDate });

describe('did you mean', () => {
  it('offers a nearby indexed word, in the query as typed otherwise, that finds entries', () => {
    const result = engine.search({ text: 'surveilxxce', suggest: true });
    expect(result.total).toBe(0);
    expect(result.suggestions?.[0]).toBe('surveillance');
    expect(engine.search({ text: result.suggestions![0]! }).total).toBeGreaterThan(0);
    expect(result.browseDomains?.length).toBeGreaterThan(0);
  });

  it('offers the Devanagari word a romanised one stands for', () => {
    const result = engine.search({ text: 'nigaraani', suggest: true });
    expect(result.total).toBe(0);
    // Offered as the entries write it, and it finds the surveillance entries.
    expect(result.suggestions?.[0]).toBe('निगरानी');
    expect(engine.search({ text: result.suggestions![0]! }).hits.map((hit) => hit.id)).toContain('ground-radar');
  });

  it('offers a word as the catalogue writes it, not in the folded form the index keeps', () => {
    // The index folds the long ī of परीक्षण to a short i (परिक्षण), a spelling no writer uses.
    const result = engine.search({ text: 'परीक्षणणण', suggest: true });
    expect(result.total).toBe(0);
    expect(result.suggestions?.[0]).toBe('परीक्षण');
    expect(engine.search({ text: 'परीक्षणणण', suggest: true }).suggestions).not.toContain('परिक्षण');
  });

  it('offers the word itself where some entry writes it so, not the first inflection found', () => {
    const radome = handMadeCatalogue.find((entry) => entry.title.en === 'Composite Radome Panels')!;
    const entries = [
      { ...radome, id: 'plural-first' as CatalogueEntry['id'], title: { en: 'Composites for Radome Panels' } },
      { ...radome, id: 'singular' as CatalogueEntry['id'], title: { en: 'Composite Radome Panels' } },
    ];
    const small = createSearchEngine(entries, { today: HAND_MADE_TODAY as IsoDate });
    expect(small.search({ text: 'compozzite', suggest: true }).suggestions?.[0]).toBe('composite');
    // A word no text writes uninflected is offered as written.
    expect(small.search({ text: 'panelzz', suggest: true }).suggestions?.[0]).toBe('panels');
  });

  it('is not worked out unless asked, nor when something was found', () => {
    expect(engine.search({ text: 'surveilxxce' }).suggestions).toBeUndefined();
    expect(engine.search({ text: 'radar', suggest: true }).suggestions).toBeUndefined();
  });

  it('measures edits as the optimal string alignment distance', () => {
    expect(editDistanceWithin('radar', 'radra', 2)).toBe(1);
    expect(editDistanceWithin('radar', 'rodor', 2)).toBe(2);
    expect(editDistanceWithin('radar', 'sonar', 1)).toBe(2);
    fc.assert(
      fc.property(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 }), (left, right) => {
        const distance = editDistanceWithin(left, right, 20);
        expect(distance).toBe(editDistanceWithin(right, left, 20));
        expect(distance === 0).toBe(left === right);
        expect(distance).toBeLessThanOrEqual(Math.max(left.length, right.length));
      }),
    );
  });
});
