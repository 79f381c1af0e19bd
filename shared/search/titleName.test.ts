import { describe, expect, it } from 'vitest';
import { catalogueEntrySchema, type CatalogueEntry, type IsoDate } from '../catalogue/entry';
import { createSearchEngine } from './engine';
import { withSearchRules } from './searchRules';
import { averageFieldLengths, TermVectorBuilder } from './termVectors';
import { NAME_TIER_ALL_WORDS, NAME_TIER_EXACT, NAME_TIER_NONE, nameTier } from './titleName';

const TODAY = '2026-06-01' as IsoDate;

function technology(id: string, title: string, summary: string, keywords: string[] = []): CatalogueEntry {
  return catalogueEntrySchema.parse({
    kind: 'technology', id, title: { en: title }, summary: { en: summary }, lab: 'LRDE', domains: ['Radar'], keywords,
    trl: 6, applications: [], contact: {}, updated: '2026-01-10', status: 'active',
  });
}

// The middle entry says "portable radar" over and over without being named so: by score alone it
// outranks the two whose titles are the words.
const entries = [
  technology('radar-warning', 'Portable radar warning receiver', 'Warns aircrew of radar emissions.'),
  technology('mentions', 'Surveillance kit for border posts', 'A portable radar, a portable radar mast and a portable radar display.', ['portable radar', 'radar', 'portable']),
  technology('portable-radar', 'Portable Radar (PR)', 'A small set for border watch.'),
];
const search = (text: string) => createSearchEngine(entries, { today: TODAY }).search({ text }).hits.map((hit) => hit.id);

describe('name-first ranking', () => {
  it('ranks the entries whose title holds every query word above one holding them only elsewhere, the whole title first', () => {
    expect(search('portable radar')).toEqual(['portable-radar', 'radar-warning', 'mentions']);
  });

  it('ranks the entry whose acronym is the query first', () => {
    expect(search('PR')[0]).toBe('portable-radar');
  });

  it("indexes the title's bracketed acronym as the entry's own short name, which switches off", () => {
    const score = () => createSearchEngine(entries, { today: TODAY }).search({ text: 'PR' }).hits[0]!.score;
    expect(withSearchRules(['titleAcronyms'], score)).toBeLessThan(score());
  });

  it('is what puts them there: without it the score alone decides', () => {
    const byScore = withSearchRules(['nameFirst'], () => search('portable radar'));
    expect(byScore[0]).toBe('mentions');
  });

  it('counts a name in distinct words, leaving out stop words and what is in brackets: English title, Hindi title, acronyms', () => {
    const named = [
      technology('tdf', 'Technology Development Fund (TDF)', 'A fund.'),
      technology('grants', 'Extramural research grants (sample)', 'Grants.'),
      technology('repeats', 'Radar and radars for the radar', 'Radars.'),
      technology('ndt', 'Weld inspection (UT, RT, MPI)', 'Inspection.'),
      { ...technology('hindi', 'Night vision goggles', 'Goggles.'), title: { en: 'Night vision goggles', hi: 'नाइट विज़न गॉगल्स' } },
    ];
    const builder = new TermVectorBuilder(averageFieldLengths(named));
    for (const entry of named) builder.addEntry(entry);
    expect(Array.from(builder.finish().nameLengths)).toEqual([3, 0, 1, 3, 0, 0, 1, 0, 0, 2, 0, 3, 3, 3, 0]);
  });

  it('tiers: the whole title, every subject word in the name, or neither', () => {
    const lengths = Uint8Array.of(2, 0, 1);
    // Two query words, both written in the two-word title.
    expect(nameTier(0b11, 0, 0b11, 0b11, 0b11, 2, lengths, 0)).toBe(NAME_TIER_EXACT);
    // Both found in the name, one only through a synonym: not the whole title.
    expect(nameTier(0b01, 0, 0b11, 0b11, 0b11, 2, lengths, 0)).toBe(NAME_TIER_ALL_WORDS);
    // The second word is a kind word: only the first must be in the name.
    expect(nameTier(0b01, 0, 0b01, 0b11, 0b01, 2, lengths, 0)).toBe(NAME_TIER_ALL_WORDS);
    expect(nameTier(0b01, 0, 0b01, 0b11, 0b11, 2, lengths, 0)).toBe(NAME_TIER_NONE);
    // One word, the entry's acronym.
    expect(nameTier(0, 0b1, 0b1, 0b1, 0b1, 1, lengths, 0)).toBe(NAME_TIER_EXACT);
  });
});

describe('a query that is an entry\'s whole name', () => {
  function scheme(id: string, title: string, summary: string): CatalogueEntry {
    return catalogueEntrySchema.parse({ kind: 'scheme', id, title: { en: title }, summary: { en: summary }, lab: 'DTTC', domains: ['Funding'], keywords: [], agency: 'DRDO', contact: {}, updated: '2026-01-10', status: 'active' });
  }
  const others = [scheme('farm-grants', 'Grants for farmers', 'Seed money for farm start-ups.'), technology('seed-drill', 'Seed drill', 'Sows seed in rows.')];
  const scoreOfGrants = (named: string) => createSearchEngine([scheme('seed-fund', named, 'A fund for seed-stage firms.'), ...others], { today: TODAY }).search({ text: 'seed fund' }).hits.find((hit) => hit.id === 'farm-grants')!.score;

  it('does not favour the kind its kind words name: they are words of the name', () => {
    // "fund" names schemes; with "Seed Fund" an entry's title, the other scheme is not lifted for it.
    expect(scoreOfGrants('Seed Fund for farmers') / scoreOfGrants('Seed Fund')).toBeGreaterThan(1.5);
  });
});

describe('the coordination tail', () => {
  it('lists the entries matching some words of the query after those matching all', () => {
    const found = search('portable radar warning');
    expect(found[0]).toBe('radar-warning');
    expect(found.slice(1).sort()).toEqual(['mentions', 'portable-radar']);
    expect(withSearchRules(['coordinationTail'], () => search('portable radar warning'))).toEqual(['radar-warning']);
  });
});
