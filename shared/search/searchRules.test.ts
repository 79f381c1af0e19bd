import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../catalogue/entry';
import { createSearchEngine } from './engine';
import { SEARCH_RULE_NAMES, searchRules, withSearchRules, type SearchRuleName } from './searchRules';
import { handMadeCatalogue, HAND_MADE_TODAY } from './testing/handMadeCatalogue';
import { HAND_MADE_GLOSSARY } from './testing/handMadeGlossary';
import { terms } from './tokenise';

const build = () => createSearchEngine(handMadeCatalogue, { today: HAND_MADE_TODAY as IsoDate, glossary: HAND_MADE_GLOSSARY });
const ids = (text: string) => build().search({ text }).hits.map((hit) => hit.id);
const without = <T>(rule: SearchRuleName, run: () => T): T => withSearchRules([rule], run);

describe('search rules for the benchmark', () => {
  it('are all on unless a benchmark switches some off, and are restored afterwards even when it throws', () => {
    expect(SEARCH_RULE_NAMES.every((name) => searchRules()[name])).toBe(true);
    expect(() => without('hindiStemmer', () => {
      expect(searchRules().hindiStemmer).toBe(false);
      expect(searchRules().englishPlurals).toBe(true);
      throw new Error('stop');
    })).toThrow('stop');
    expect(searchRules().hindiStemmer).toBe(true);
  });

  it('switch each analyser rule off, without analyses cached under other rules leaking across', () => {
    expect(terms('radars')).toEqual(['radar']);
    expect(without('englishPlurals', () => terms('radars'))).toEqual(['radars']);
    expect(terms('radars')).toEqual(['radar']);
    expect(terms('colour')).toEqual(['color']);
    expect(without('britishAmerican', () => terms('colour'))).toEqual(['colour']);
    expect(terms('कम्पोजिट')).toEqual(terms('कंपोजिट'));
    expect(without('hindiSpelling', () => terms('कम्पोजिट'))).not.toEqual(without('hindiSpelling', () => terms('कंपोजिट')));
    expect(terms('रडारों')).toEqual(['रडार']);
    expect(without('hindiStemmer', () => terms('रडारों'))).toEqual(['रडारों']);
  });

  it('switch hyphen joining off in the index', () => {
    expect(ids('startup ')).toContain('small-grant');
    expect(without('hyphenJoining', () => ids('startup '))).not.toContain('small-grant');
  });

  it('switch completions and typo matching off', () => {
    expect(ids('ra')).toContain('ground-radar');
    expect(without('completions', () => ids('ra'))).toEqual([]);
    expect(ids('raddar')).toContain('ground-radar');
    expect(without('typoMatching', () => ids('raddar'))).toEqual([]);
  });

  it('switch kind intent off: a kind word is then an ordinary word that must match', () => {
    const total = (text: string) => build().search({ text }).total;
    expect(without('kindIntent', () => total('scheme'))).toBeLessThan(total('scheme'));
  });
});
