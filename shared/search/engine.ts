// The search engine: an inverted index of normalised terms with BM25F-style scores, completions
// and typo matches over the term vocabulary (fuse.js ranks the near misses), synonyms folded in at
// indexing time, filters and facet counts over flat per-entry arrays. Pure TypeScript: it runs in
// Node, the renderer and a Web Worker alike. Build it once per catalogue and `today`.
import type { GlossaryGroup } from '../catalogue/glossary';
import { isEntryVisible } from '../catalogue/entryVisibility';
import type { CatalogueEntry, EntryKind } from '../catalogue/entry';
import { browsingOrder } from './browsingOrder';
import type { EntryAttributes, EntryPreview } from './entryPreview';
import { collectFacts, compileFilters, countFacets, type CompiledFilters } from './filters';
import { highlightRanges, type HighlightTerms } from './highlight';
import { sanitiseSort, sortKeyOf } from './sortOrder';
import { buildIndex, type IndexBasis } from './indexBasis';
import { compileSynonyms } from './termVectors';
import { createTokenExpander } from './queryTerms';
import { createDidYouMean } from './didYouMean';
import { KIND_INTENT_BOOST, kindLookup } from './kindIntent';
import { searchRules } from './searchRules';
import { STOP_WORDS } from './stopWords';
import { IN_ALIAS, IN_TITLE, NAME_LENGTHS, NAME_TIER_EXACT, nameTier } from './titleName';
import { tokenise } from './tokenise';
import { topDocuments } from './topDocuments';
import { SCORE_STEPS, type InvertedIndex } from './invertedIndex';
import type { HighlightField, PrebuiltIndex, SearchEngine, SearchEngineOptions, SearchHit, SearchPack, SearchQuery, SearchResult, SearchSort } from './types';
import { buildVocabulary, type Vocabulary } from './vocabulary';

/** Longer queries are cut: nobody types more, and it bounds the work a pasted page can cause. */
export const MAX_QUERY_LENGTH = 200;
/** Words of a query beyond this many are ignored. */
export const MAX_QUERY_WORDS = 8;
export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 1000;
const KIND_BITS: Readonly<Record<EntryKind, number>> = { technology: 1, consultancy: 2, course: 4, scheme: 8 };
/** Subject areas offered to browse when a query finds nothing. */
const MAX_BROWSE_DOMAINS = 4;

/** What each engine's index was built from, so the next engine (after an update) can reuse it. */
const basisOfEngine = new WeakMap<SearchEngine, IndexBasis>();

export function createSearchEngine(entries: readonly CatalogueEntry[], options: SearchEngineOptions): SearchEngine {
  const documents = entries.filter((entry) => isEntryVisible(entry, options.today));
  const { index, basis } = matchesDocuments(options.prebuiltIndex, documents)
    ? { index: options.prebuiltIndex.index, basis: undefined }
    : buildIndex(documents, options.previous === undefined ? undefined : basisOfEngine.get(options.previous), options.glossary);
  // An entry has every field of its preview: hits carry the entry itself, and nothing is copied.
  const engine = searchOver({ attributes: documents, browseOrder: browsingOrder(documents), preview: (document) => documents[document]!, glossary: options.glossary ?? [] }, index);
  if (basis !== undefined) basisOfEngine.set(engine, basis);
  return engine;
}

/**
 * The engine of a prebuilt index that carries its entries' previews (see indexSnapshot.ts): the
 * search worker's start-up, which then needs no catalogue at all. The pack was built for one day's
 * visible entries; the host builds a new one the next day.
 */
export function createSearchEngineFromPack(pack: SearchPack): SearchEngine {
  return searchOver(pack, pack.index);
}

/** The entries an engine searches, numbered as in its index. */
interface SearchedDocuments {
  /** What filters and facets read, for every entry. */
  readonly attributes: readonly EntryAttributes[];
  readonly browseOrder: Int32Array;
  /** What a hit carries; asked for only for the hits returned. */
  preview(document: number): EntryPreview;
  /** The glossary groups the index was built with. */
  readonly glossary: readonly GlossaryGroup[];
}

function searchOver({ attributes, browseOrder, preview, glossary }: SearchedDocuments, index: InvertedIndex): SearchEngine {
  const count = attributes.length;
  // Completions and typo matches need the vocabulary, built at the first typed word: browsing, which
  // a fresh window shows first, needs none of it (a tenth of a second at 50,000 entries).
  let vocabulary: Vocabulary | undefined;
  const vocabularyNow = () => (vocabulary ??= buildVocabulary(index.terms, index.documentFrequency, count));
  let expandToken: ReturnType<typeof createTokenExpander> | undefined;
  const expander = () => (expandToken ??= createTokenExpander(index, vocabularyNow()));
  const facts = collectFacts(attributes);
  const synonymsOfTerm = synonymLookup(glossary);
  const kindNamedBy = kindLookup(glossary);

  // Each entry's kind as one bit, read by kind-intent ranking for every candidate: reading `kind`
  // off tens of thousands of entry objects of many shapes cost 20–35 ms a query of kind words only
  // ("ToT", "testing") at 50,000 entries, over the 30 ms worst-keystroke target.
  const kindBits = Uint8Array.from(attributes, (entry) => KIND_BITS[entry.kind]);
  const browseRank = new Int32Array(count);
  browseOrder.forEach((document, rank) => (browseRank[document] = rank));

  // Scratch space reused by every query: the engine is single-threaded by design (one per worker).
  const totalScore = new Float32Array(count);
  const wordScore = new Float32Array(count);
  const matchedWords = new Uint8Array(count);
  // Per entry, the query words written in its title, in its bracketed acronyms, and found in
  // either or their synonyms (name-first ranking, titleName.ts); the current word's name bits; and
  // the entry's rank key: subject words matched (the coordination tail) and name tier, compared before the score.
  const titleWords = new Uint8Array(count);
  const aliasWords = new Uint8Array(count);
  const nameWords = new Uint8Array(count);
  const wordInName = new Uint8Array(count);
  const rankKey = new Uint8Array(count);
  const touched = new Int32Array(count);
  const touchedByWord = new Int32Array(count);
  const candidates = new Int32Array(count);
  const sortKey = new Float64Array(count);

  // Browsing (empty query) is what an idle kiosk shows; its facets cost a pass over every entry, so
  // those without filters (the home screen, a cleared search box) are counted with the index.
  const browseFacets = new Map<string, SearchResult['facets']>();
  const unfilteredFacets = countFacets(browseOrder, count, compileFilters(undefined, facts), facts);
  function browse(filters: CompiledFilters, filterKey: string | undefined, limit: number, sort: SearchSort | undefined): SearchResult {
    let facets = !filters.active ? unfilteredFacets : filterKey === undefined ? undefined : browseFacets.get(filterKey);
    if (facets === undefined) {
      facets = countFacets(browseOrder, count, filters, facts);
      if (browseFacets.size >= 32) browseFacets.clear();
      if (filterKey !== undefined) browseFacets.set(filterKey, facets);
    }
    if (sort) {
      const { documents, total } = sortedTop(browseOrder, count, filters, sort, limit, (left, right) => browseRank[left]! < browseRank[right]!);
      return { hits: documents.map((document) => hitFor(document, count - browseRank[document]!, undefined)), total, facets };
    }
    const hits: SearchHit[] = [];
    if (!filters.active) {
      for (let rank = 0; rank < Math.min(limit, count); rank++) hits.push(hitFor(browseOrder[rank]!, count - rank, undefined));
      return { hits, total: count, facets };
    }
    let total = 0;
    for (const document of browseOrder) {
      if (filters.failures(document) !== 0) continue;
      total += 1;
      if (hits.length < limit) hits.push(hitFor(document, count - browseRank[document]!, undefined));
    }
    return { hits, total, facets };
  }

  /** The best `limit` of the wanted documents under `sort`; `before` breaks ties (relevance, or browsing order). */
  function sortedTop(documents: ArrayLike<number>, documentCount: number, filters: CompiledFilters, sort: SearchSort, limit: number, before: (left: number, right: number) => boolean): { documents: number[]; total: number } {
    const keyOf = sortKeyOf(sort, facts);
    let total = 0;
    const best = topDocuments(
      documents,
      documentCount,
      limit,
      (document) => {
        if (filters.active && filters.failures(document) !== 0) return false;
        total += 1;
        sortKey[document] = keyOf(document);
        return true;
      },
      (left, right) => sortKey[left]! < sortKey[right]! || (sortKey[left] === sortKey[right] && before(left, right)),
    );
    return { documents: best, total };
  }

  function hitFor(document: number, score: number, wanted: HighlightTerms | undefined): SearchHit {
    const entry = preview(document);
    const highlights: SearchHit['highlights'] = {};
    if (wanted) {
      const texts: Record<HighlightField, string | undefined> = {
        'title.en': entry.title.en,
        'title.hi': entry.title.hi,
        'summary.en': entry.summary.en,
        'summary.hi': entry.summary.hi,
      };
      for (const field of Object.keys(texts) as HighlightField[]) {
        const ranges = highlightRanges(texts[field], wanted);
        if (ranges.length > 0) highlights[field] = ranges;
      }
    }
    return { id: entry.id, kind: entry.kind, score, entry, highlights };
  }

  let suggest: ReturnType<typeof createDidYouMean> | undefined;
  let suggesting = false;

  /** A search; one that finds nothing also says what to try instead (never a dead end). */
  function search(query: SearchQuery): SearchResult {
    const result = searchOnce(query);
    const text = typeof query?.text === 'string' ? query.text.slice(0, MAX_QUERY_LENGTH) : '';
    if (!query?.suggest || result.total > 0 || suggesting || text.trim() === '' || count === 0) return result;
    suggesting = true;
    try {
      suggest ??= createDidYouMean(index.terms, index.documentFrequency, index.termIds, writtenFormIn(index, preview));
      const suggestions = suggest(text, (candidate) => searchOnce({ ...query, text: candidate, limit: 1 }).total > 0);
      const domainCounts = searchOnce({ ...query, text: suggestions[0] ?? '', limit: 1 }).facets.domain;
      const browseDomains = Object.entries(domainCounts)
        .sort((left, right) => right[1] - left[1] || left[0].localeCompare(right[0]))
        .slice(0, MAX_BROWSE_DOMAINS)
        .map(([domain]) => domain);
      return { ...result, suggestions, browseDomains };
    } finally {
      suggesting = false;
    }
  }

  function searchOnce(query: SearchQuery): SearchResult {
    const text = typeof query?.text === 'string' ? query.text.slice(0, MAX_QUERY_LENGTH) : '';
    const limit = sanitiseLimit(query?.limit);
    const filters = compileFilters(query?.filters, facts);
    const sort = sanitiseSort(query?.sort);
    const words = tokenise(text, MAX_QUERY_WORDS * 2);
    const typingLastWord = words.length > 0 && words[words.length - 1]!.end === text.length;
    const queryWords = words
      .map((word, position) => ({ term: word.term, typing: typingLastWord && position === words.length - 1 }))
      .filter((word) => word.typing || !STOP_WORDS.has(word.term))
      .slice(0, MAX_QUERY_WORDS);
    if (queryWords.length === 0 || count === 0) return browse(filters, cacheKey(query?.filters), limit, sort);

    const rules = searchRules();
    const wanted = { terms: new Set<string>(), prefixes: [] as string[] };
    let touchedCount = 0;
    const { postingNames, nameLengths } = index;
    queryWords.forEach((word, position) => {
      const expansion = expander()(word.term, word.typing);
      if (expansion.prefix !== undefined) wanted.prefixes.push(expansion.prefix);
      let wordTouched = 0;
      for (const match of expansion.matches) {
        const term = index.terms[match.termId]!;
        wanted.terms.add(term);
        if (match.closeness === 1) synonymsOfTerm.get(term)?.forEach((synonym) => wanted.terms.add(synonym));
        // Scores are stored in steps of 1/SCORE_STEPS; dividing by a power of two is exact.
        const weight = match.closeness / SCORE_STEPS;
        for (let slot = index.postingStart[match.termId]!; slot < index.postingStart[match.termId + 1]!; slot++) {
          const document = index.postingDocuments[slot]!;
          const score = index.postingScores[slot]! * weight;
          if (wordScore[document] === 0) touchedByWord[wordTouched++] = document;
          if (score > wordScore[document]!) wordScore[document] = score;
          wordInName[document]! |= postingNames[slot]!;
        }
      }
      const bit = 1 << position;
      for (let slot = 0; slot < wordTouched; slot++) {
        const document = touchedByWord[slot]!;
        if (matchedWords[document] === 0) touched[touchedCount++] = document;
        matchedWords[document]! |= bit;
        totalScore[document]! += wordScore[document]!;
        wordScore[document] = 0;
        const inName = wordInName[document]!;
        if (inName !== 0) {
          if ((inName & IN_TITLE) !== 0) titleWords[document]! |= bit;
          if ((inName & IN_ALIAS) !== 0) aliasWords[document]! |= bit;
          nameWords[document]! |= bit;
          wordInName[document] = 0;
        }
      }
    });

    // Words naming a kind ("course", "परीक्षण") favour that kind and are not required to match,
    // unless the query holds nothing else (see kindIntent.ts).
    let favouredKinds = 0;
    let subjectMask = 0;
    queryWords.forEach((word, position) => {
      const kind = rules.kindIntent ? kindNamedBy(word.term) : undefined;
      if (kind === undefined) subjectMask |= 1 << position;
      else favouredKinds |= KIND_BITS[kind];
    });
    const allWords = (1 << queryWords.length) - 1;
    // A query of kind words only ("course", "योजना") must match them, and still favours their kind.
    const kindWordsOnly = subjectMask === 0;
    if (kindWordsOnly) subjectMask = allWords;
    const subjectWords = bitCount(subjectMask);
    const distinctTerms = new Set(queryWords.map((word) => word.term)).size;
    // Entries matching every subject word come first. The coordination tail: after them, those
    // matching fewer (most first), then those matching only its kind words, so a longer query still
    // lists the related entries that lack one of its words. But a query whose subject no entry
    // holds finds nothing: "quantum course" is a search that found nothing (reported so, with what
    // to try instead), not a list of every course. Without the tail, when no entry matches them
    // all, only the entries matching the most.
    let candidateCount: number;
    if (rules.coordinationTail) candidateCount = collectTail();
    else {
      let most = 0;
      for (let slot = 0; slot < touchedCount && most < subjectWords; slot++) most = Math.max(most, bitCount(matchedWords[touched[slot]!]! & subjectMask));
      candidateCount = collect(Math.max(1, most));
    }
    let namesAnEntry = false;
    for (let slot = 0; slot < candidateCount; slot++) {
      const document = candidates[slot]!;
      const matched = bitCount(matchedWords[document]! & subjectMask);
      // Name-first: every subject word in the entry's title or acronyms, the whole name highest (titleName.ts).
      const tier = rules.nameFirst && matched === subjectWords ? nameTier(titleWords[document]!, aliasWords[document]!, nameWords[document]!, allWords, subjectMask, distinctTerms, nameLengths, NAME_LENGTHS * document) : 0;
      if (tier === NAME_TIER_EXACT) namesAnEntry = true;
      rankKey[document] = matched * 4 + tier;
    }
    // A query that is an entry's whole name ("Technology Development Fund") asks for that entry and
    // what relates to it: its kind words are words of the name, not a wish for a kind.
    if (favouredKinds !== 0 && !namesAnEntry) {
      for (let slot = 0; slot < candidateCount; slot++) {
        const document = candidates[slot]!;
        if ((kindBits[document]! & favouredKinds) !== 0) totalScore[document]! *= KIND_INTENT_BOOST;
      }
    }
    // "course" alone asks for the courses: those whose text never says so follow, in browsing order.
    if (kindWordsOnly && favouredKinds !== 0) {
      for (let document = 0; document < count; document++) {
        if (matchedWords[document] === 0 && (kindBits[document]! & favouredKinds) !== 0) candidates[candidateCount++] = document;
      }
    }
    /** Every entry touched, in one pass, unless none holds a subject word (then none). */
    function collectTail(): number {
      let holdsSubject = false;
      for (let slot = 0; slot < touchedCount; slot++) {
        const document = touched[slot]!;
        candidates[slot] = document;
        if ((matchedWords[document]! & subjectMask) !== 0) holdsSubject = true;
      }
      return holdsSubject ? touchedCount : 0;
    }
    function collect(minimum: number): number {
      let collected = 0;
      for (let slot = 0; slot < touchedCount; slot++) {
        const document = touched[slot]!;
        if (bitCount(matchedWords[document]! & subjectMask) >= minimum) candidates[collected++] = document;
      }
      return collected;
    }

    const facets = countFacets(candidates, candidateCount, filters, facts);
    const better = (left: number, right: number) =>
      rankKey[left]! > rankKey[right]! || (rankKey[left] === rankKey[right] && (totalScore[left]! > totalScore[right]! || (totalScore[left] === totalScore[right] && browseRank[left]! < browseRank[right]!)));
    if (sort) {
      const sorted = sortedTop(candidates, candidateCount, filters, sort, limit, better);
      return finish(sorted.documents, sorted.total);
    }
    let total = 0;
    const best = topDocuments(
      candidates,
      candidateCount,
      limit,
      (document) => {
        const wantedDocument = !filters.active || filters.failures(document) === 0;
        if (wantedDocument) total += 1;
        return wantedDocument;
      },
      better,
    );
    return finish(best, total);

    function finish(best: number[], total: number): SearchResult {
      const scores = best.map((document) => totalScore[document]!);
      // The scratch arrays are cleared before the hits are built: building one may throw (a preview
      // whose texts are still downloading: TextsNotYetReceived), and every later search would then
      // start from this one's scores.
      for (let slot = 0; slot < touchedCount; slot++) {
        const document = touched[slot]!;
        totalScore[document] = 0;
        matchedWords[document] = 0;
        titleWords[document] = 0;
        aliasWords[document] = 0;
        nameWords[document] = 0;
        rankKey[document] = 0;
      }
      const hits = best.map((document, rank) => hitFor(document, scores[rank]!, wanted));
      return { hits, total, facets };
    }
  }

  function likelyNextTexts(text: string, max: number): string[] {
    if (max <= 0 || text.length >= MAX_QUERY_LENGTH) return [];
    const last = tokenise(text).at(-1);
    const typing = last !== undefined && last.end === text.length;
    if (!typing && text.trim() !== '' && !/\s$/u.test(text)) return [];
    return vocabularyNow()
      .nextLetters(typing ? last.term : '', max)
      .map((letter) => text + letter);
  }

  return { search, likelyNextTexts, size: count };
}

function matchesDocuments(prebuilt: PrebuiltIndex | undefined, documents: readonly CatalogueEntry[]): prebuilt is PrebuiltIndex {
  if (prebuilt === undefined || prebuilt.documentIds.length !== documents.length) return false;
  return documents.every((entry, document) => prebuilt.documentIds[document] === entry.id);
}

/** A key for caching by filters; undefined for anything JSON cannot write (cycles, BigInt). */
function cacheKey(filters: unknown): string | undefined {
  try {
    return JSON.stringify(filters ?? {});
  } catch {
    return undefined;
  }
}

function sanitiseLimit(limit: unknown): number {
  if (typeof limit !== 'number' || Number.isNaN(limit)) return DEFAULT_LIMIT;
  return Math.max(0, Math.min(MAX_LIMIT, Math.floor(limit)));
}

function bitCount(bits: number): number {
  let counted = 0;
  for (let rest = bits; rest !== 0; rest &= rest - 1) counted += 1;
  return counted;
}

/** term → the other terms of its synonym groups, so a match on "uav" also highlights "drone". */
function synonymLookup(glossary: readonly GlossaryGroup[]): Map<string, string[]> {
  const lookup = new Map<string, string[]>();
  for (const group of compileSynonyms(glossary).groupTerms) {
    for (const term of group) lookup.set(term, [...(lookup.get(term) ?? []), ...group.filter((other) => other !== term)]);
  }
  return lookup;
}

/** Entries whose texts are read for a term's written form: the first few that hold it suffice. */
const WRITTEN_FORM_ENTRIES = 8;

/**
 * A term as the first entries holding it write it in a title or summary (lower case), if any does:
 * the term itself when some text writes it so (composite, not the composites of the first title),
 * otherwise the commonest written form (a folded Devanagari term is written in several ways).
 */
function writtenFormIn(index: InvertedIndex, preview: (document: number) => EntryPreview): (termId: number) => string | undefined {
  return (termId) => {
    const term = index.terms[termId]!;
    const start = index.postingStart[termId]!;
    const end = Math.min(index.postingStart[termId + 1]!, start + WRITTEN_FORM_ENTRIES);
    const seen = new Map<string, number>();
    for (let slot = start; slot < end; slot++) {
      const { title, summary } = preview(index.postingDocuments[slot]!);
      for (const text of [title.hi, title.en, summary.hi, summary.en]) {
        if (text === undefined) continue;
        for (const token of tokenise(text)) {
          if (token.term !== term) continue;
          const written = text.slice(token.start, token.end).toLowerCase();
          if (written === term) return term;
          seen.set(written, (seen.get(written) ?? 0) + 1);
        }
      }
    }
    let best: string | undefined;
    for (const [written, count] of seen) {
      const bestCount = best === undefined ? 0 : seen.get(best)!;
      if (count > bestCount || (count === bestCount && written.length < best!.length)) best = written;
    }
    return best;
  };
}
