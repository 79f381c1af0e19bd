import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../catalogue/entry';
import { normaliseText } from '../text/normalise';
import { createSearchEngine } from './engine';
import { handMadeCatalogue, HAND_MADE_TODAY } from './testing/handMadeCatalogue';
import { HAND_MADE_GLOSSARY } from './testing/handMadeGlossary';
import { terms } from './tokenise';
import { KIND_INTENT_BOOST } from './kindIntent';
import { withSearchRules } from './searchRules';
import type { SearchHit, SearchQuery } from './types';

const engine = createSearchEngine(handMadeCatalogue, { today: HAND_MADE_TODAY as IsoDate, glossary: HAND_MADE_GLOSSARY });
const withoutGlossary = createSearchEngine(handMadeCatalogue, { today: HAND_MADE_TODAY as IsoDate });
const ids = (query: SearchQuery | string): string[] => engine.search(typeof query === 'string' ? { text: query } : query).hits.map((hit) => hit.id);

describe('finding entries as the user types', () => {
  it('finds the radar at every keystroke from "r" to "radar", ranked first from "ra"', () => {
    expect(ids('r')).toContain('ground-radar');
    for (const text of ['ra', 'rad', 'rada', 'radar']) expect(ids(text)[0]).toBe('ground-radar');
  });

  it('forgives typos: "raddar", "thermel imaging", "radr" while typing', () => {
    expect(ids('raddar')[0]).toBe('ground-radar');
    expect(ids('thermel imaging')[0]).toBe('thermal-imaging-sight');
    expect(ids('thermel imag')[0]).toBe('thermal-imaging-sight');
    expect(ids('radr')).toContain('ground-radar');
  });

  it('ranks a title match above the same word in long text', () => {
    const found = ids('radar');
    expect(found.indexOf('ground-radar')).toBeLessThan(found.indexOf('radome-material'));
  });

  it('lists the entries holding every word first, then those holding some (the coordination tail)', () => {
    expect(ids('drone pilot')).toEqual(['drone-pilot-course', 'mini-drone']);
    expect(engine.search({ text: 'drone pilot' }).total).toBe(2);
  });

  it('lists the entries matching only kind words last, and none when no entry holds the subject', () => {
    const found = ids('radar course');
    expect(found[0]).toBe('ground-radar');
    expect(found.indexOf('quality-course')).toBeGreaterThan(found.indexOf('radome-material'));
    expect(ids('course')).toContain('quality-course');
    expect(engine.search({ text: 'quantum course' }).total).toBe(0);
  });

  it('without the coordination tail, requires every word when some entry has them all', () => {
    expect(withSearchRules(['coordinationTail'], () => createSearchEngine(handMadeCatalogue, { today: HAND_MADE_TODAY as IsoDate, glossary: HAND_MADE_GLOSSARY }).search({ text: 'drone pilot' }).hits.map((hit) => hit.id))).toEqual(['drone-pilot-course']);
  });

  it('falls back to the entries matching most words when none matches all', () => {
    expect(ids('radar zzzzqqq')[0]).toBe('ground-radar');
  });
});

describe('likely next texts', () => {
  it('carries the word being typed on towards indexed words', () => {
    const next = engine.likelyNextTexts('rad', 10);
    expect(next).toContain('rada');
    expect(next.every((text) => text.startsWith('rad') && text.length === 4)).toBe(true);
    expect(new Set(next).size).toBe(next.length);
    // Every one of them finds entries: it leads to indexed words.
    for (const text of next) expect(engine.search({ text }).total).toBeGreaterThan(0);
  });

  it('puts the letter leading to the most entries first, and keeps to `max`', () => {
    const all = engine.likelyNextTexts('', 50);
    expect(all.length).toBeGreaterThan(5);
    expect(engine.likelyNextTexts('', 3)).toEqual(all.slice(0, 3));
    const entriesFor = (text: string) => engine.search({ text }).total;
    expect(entriesFor(all[0]!)).toBeGreaterThanOrEqual(entriesFor(all.at(-1)!));
    expect(engine.likelyNextTexts('rad', 0)).toEqual([]);
  });

  it('starts a new word after a space, continues Devanagari, and has nothing after punctuation or a finished term', () => {
    expect(engine.likelyNextTexts('thermal ', 5).every((text) => /^thermal \S$/u.test(text))).toBe(true);
    expect(engine.likelyNextTexts('thermal ', 5).length).toBeGreaterThan(0);
    expect(engine.likelyNextTexts('रड', 5)).toContain('रडा');
    expect(engine.likelyNextTexts('radar,', 5)).toEqual([]);
    expect(engine.likelyNextTexts('qqqq', 5)).toEqual([]);
  });
});

describe('Hindi and synonyms', () => {
  it('finds Hindi titles and summaries from a Devanagari query', () => {
    expect(ids('निगरानी')).toEqual(expect.arrayContaining(['ground-radar', 'mini-drone']));
    expect(ids('पाठ्यक्रम')).toEqual(expect.arrayContaining(['drone-pilot-course', 'quality-course']));
  });

  it('folds nukta and chandrabindu on both sides', () => {
    expect(ids('कागज')).toEqual(['nukta-entry']);
    expect(ids('काग़ज़')).toEqual(['nukta-entry']);
    expect(ids('चांद')).toEqual(['nukta-entry']);
  });

  it('bridges English and Hindi through the glossary (रडार finds an English-only radar mention)', () => {
    expect(ids('रडार')).toEqual(expect.arrayContaining(['ground-radar', 'radome-material']));
    // The bridge is the catalogue's data, not the engine's: without the glossary it is gone.
    expect(withoutGlossary.search({ text: 'रडार' }).hits.map((hit) => hit.id)).not.toContain('radome-material');
  });

  it('lets a glossary row name a kind: its words favour that kind without having to match', () => {
    const glossary = [{ terms: ['yantra', 'device'], kind: 'technology' as const }];
    const withKindRow = createSearchEngine(handMadeCatalogue, { today: HAND_MADE_TODAY as IsoDate, glossary });
    const ratio = (hits: readonly SearchHit[]) => hits.find((hit) => hit.kind === 'technology')!.score / hits.find((hit) => hit.kind === 'course')!.score;
    const favoured = withKindRow.search({ text: 'drone yantra' }).hits;
    const plain = withoutGlossary.search({ text: 'drone yantra' }).hits;
    expect(favoured.map((hit) => hit.id).sort()).toEqual(plain.map((hit) => hit.id).sort());
    expect(ratio(favoured) / ratio(plain)).toBeCloseTo(KIND_INTENT_BOOST, 2);
  });

  it('bridges acronyms: ToT, technology transfer, LATOT, TDF, UAV', () => {
    expect(ids('ToT')[0]).toBe('tot-advice');
    expect(ids('technology transfer')[0]).toBe('tot-advice');
    expect(ids('latot')).toContain('tot-advice');
    expect(ids('TDF')[0]).toBe('tdf-scheme');
    expect(ids('uav')).toEqual(expect.arrayContaining(['mini-drone', 'drone-pilot-course']));
    expect(ids('ड्रोन')).toEqual(expect.arrayContaining(['mini-drone', 'drone-pilot-course']));
  });

  it('finds entries through the keywords column', () => {
    expect(ids('bfsr')).toEqual(['ground-radar']);
  });
});

describe('expired and withdrawn entries', () => {
  it('are never returned, whatever the query, and are not counted', () => {
    for (const text of ['', 'radar', 'offer', 'expired radar offer', 'withdrawn']) {
      const result = engine.search({ text, limit: 100 });
      expect(result.hits.map((hit) => hit.id)).not.toContain('expired-radar');
      expect(result.hits.map((hit) => hit.id)).not.toContain('withdrawn-radar');
    }
    expect(engine.size).toBe(handMadeCatalogue.length - 2);
  });

  it('an entry is shown up to and including its valid_until day', () => {
    const onTheDay = createSearchEngine(handMadeCatalogue, { today: '2025-12-31' as IsoDate });
    expect(onTheDay.search({ text: 'expired radar offer' }).hits[0]?.id).toBe('expired-radar');
  });
});

describe('empty query', () => {
  it('browses every visible entry by kind, then most recently updated', () => {
    const result = engine.search({ text: '   ', limit: 100 });
    expect(result.total).toBe(engine.size);
    const kinds = result.hits.map((hit) => hit.kind);
    expect(kinds).toEqual([...kinds].sort((left, right) => ['technology', 'consultancy', 'course', 'scheme'].indexOf(left) - ['technology', 'consultancy', 'course', 'scheme'].indexOf(right)));
    expect(result.hits[0]?.id).toBe('ground-radar'); // the most recently updated technology
    expect(result.facets.kind).toEqual({ technology: 5, consultancy: 2, course: 2, scheme: 2 });
  });

  it('treats a query of stop words only as empty', () => {
    expect(engine.search({ text: 'of the ' }).total).toBe(engine.size);
  });
});

describe('filters and facets', () => {
  it('filters by kind and lab, and each facet ignores its own filter', () => {
    const result = engine.search({ text: '', filters: { kinds: ['course'], labs: ['DTTC'] } });
    expect(result.hits.map((hit) => hit.id).sort()).toEqual(['drone-pilot-course', 'quality-course']);
    expect(result.facets.kind).toEqual({ technology: 0, consultancy: 2, course: 2, scheme: 2 }); // DTTC entries of every kind
    expect(result.facets.lab).toEqual({ DTTC: 2 }); // courses of every lab
  });

  it('filters by domain (any of the entry domains) case-insensitively', () => {
    expect(ids({ text: '', filters: { domains: ['electronics'] } }).sort()).toEqual(['emi-testing', 'ground-radar']);
  });

  it('filters technologies by TRL range and counts TRL levels', () => {
    const result = engine.search({ text: '', filters: { trl: { min: 7 } } });
    expect(result.hits.map((hit) => hit.id).sort()).toEqual(['ground-radar', 'thermal-imaging-sight']);
    expect(result.facets.trl).toEqual({ '5': 1, '6': 1, '7': 1, '8': 1 });
  });

  it('filters courses whose batch overlaps a date range', () => {
    expect(ids({ text: '', filters: { courseDates: { from: '2026-09-10' as IsoDate, to: '2026-12-31' as IsoDate } } })).toEqual(['drone-pilot-course']);
    expect(ids({ text: '', filters: { courseDates: { from: '2026-03-01' as IsoDate, to: '2026-08-31' as IsoDate } } })).toEqual([]);
    expect(ids({ text: '', filters: { courseDates: { from: '2027-01-13' as IsoDate } } })).toEqual(['quality-course']);
  });

  it('filters schemes by funding amount and reports the funding range', () => {
    const result = engine.search({ text: '', filters: { funding: { max: 10_000_000 } } });
    expect(result.hits.map((hit) => hit.id)).toEqual(['small-grant']);
    expect(result.facets.fundingRange).toEqual({ min: 2_500_000, max: 500_000_000 });
  });

  it('combines text and filters; total counts all matches before the limit', () => {
    const result = engine.search({ text: 'drone', filters: { kinds: ['technology'] }, limit: 1 });
    expect(result.hits.map((hit) => hit.id)).toEqual(['mini-drone']);
    expect(result.total).toBe(1);
    expect(result.facets.kind.course).toBe(1);
  });

  it('ignores malformed filters instead of throwing', () => {
    const junk = { kinds: 'course', labs: [42], trl: { min: 'high' }, funding: null, courseDates: { from: 7 } } as unknown as SearchQuery['filters'];
    expect(() => engine.search({ text: 'radar', filters: junk })).not.toThrow();
  });
});

describe('highlights', () => {
  it('point at the matched words in the original title and summary', () => {
    const hit = engine.search({ text: 'surveillance radar' }).hits.find((candidate) => candidate.id === 'ground-radar')!;
    const title = hit.entry.title.en;
    expect(hit.highlights['title.en']!.map((range) => title.slice(range.start, range.end))).toEqual(['Surveillance', 'Radar']);
    const hindi = hit.entry.title.hi!;
    expect(hit.highlights['title.hi']!.map((range) => hindi.slice(range.start, range.end))).toEqual(['रडार']);
  });

  it('mark the whole word completed from a prefix and the word a typo stood for', () => {
    const typing = engine.search({ text: 'therm' }).hits[0]!;
    expect(typing.highlights['title.en']!.map((range) => typing.entry.title.en.slice(range.start, range.end))).toEqual(['Thermal']);
    const typo = engine.search({ text: 'imgaing' }).hits[0]!;
    expect(typo.highlights['title.en']!.map((range) => typo.entry.title.en.slice(range.start, range.end))).toEqual(['Imaging']);
  });

  it('map folded Hindi back to the original spelling', () => {
    const hit = engine.search({ text: 'कागज' }).hits[0]!;
    const title = hit.entry.title.hi!;
    expect(hit.highlights['title.hi']!.map((range) => title.slice(range.start, range.end))).toEqual(['काग़ज़']);
  });
});

describe('agreement with a slow reference', () => {
  it('for one exact word, returns every entry holding that word', () => {
    for (const word of ['radar', 'course', 'dttc', 'drone', 'निगरानी', 'testing']) {
      const expected = handMadeCatalogue
        .filter((entry) => entry.status === 'active' && (entry.validUntil ?? '9999') >= HAND_MADE_TODAY)
        .filter((entry) => terms(JSON.stringify(entry)).includes(normaliseText(word)))
        .map((entry) => entry.id);
      expect(ids({ text: `${word} `, limit: 100 })).toEqual(expect.arrayContaining(expected));
    }
  });
});

/** Any UTF-16 text, lone surrogates included, with Devanagari and regex syntax mixed in. */
const anyText = fc.string({
  unit: fc.oneof(
    fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
    fc.constantFrom('ज़', 'ँ', 'रडार', 'radar', 'ra', ' ', '.*', '(', '[', '\\', '$', '\ud83d\ude80'),
  ),
  maxLength: 60,
});

describe('any query', () => {
  it('never throws, and highlight ranges are ordered and inside their text', () => {
    fc.assert(
      fc.property(anyText, fc.option(fc.integer({ min: -5, max: 2000 }), { nil: undefined }), (text, limit) => {
        const result = engine.search({ text, limit });
        if (result.hits.length > Math.max(0, Math.min(1000, limit ?? 50))) return false;
        for (const hit of result.hits) {
          const texts: Record<string, string | undefined> = { 'title.en': hit.entry.title.en, 'title.hi': hit.entry.title.hi, 'summary.en': hit.entry.summary.en, 'summary.hi': hit.entry.summary.hi };
          for (const [field, ranges] of Object.entries(hit.highlights)) {
            const length = texts[field]?.length ?? -1;
            let previousEnd = 0;
            for (const range of ranges) {
              if (range.start < previousEnd || range.end <= range.start || range.end > length) return false;
              previousEnd = range.end;
            }
          }
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('returns quickly for 10,000 characters, regex syntax, lone surrogates and spaces', () => {
    for (const text of ['radar '.repeat(2000), '.*+?^${}()|[]\\', '\ud800\udc00\ud800', ' '.repeat(10_000), 'ज़'.repeat(5000)]) {
      const start = performance.now();
      expect(() => engine.search({ text })).not.toThrow();
      expect(performance.now() - start).toBeLessThan(500);
    }
  });
});
