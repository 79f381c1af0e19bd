// A second peer: MiniSearch as a competent developer would set it up for this catalogue —
// prefix search, fuzzy 0.2, field boosts title > summary > keywords > details, lower-cased terms,
// over both languages of each text field. No glossary, no Hindi spelling rules.
import MiniSearch from 'minisearch';
import { isEntryVisible } from '../../shared/catalogue/catalogue';
import type { CatalogueEntry } from '../../shared/catalogue/entry';
import type { BenchEngineFactory } from './benchEngine';

interface Document {
  id: string;
  title: string;
  summary: string;
  keywords: string;
  details: string;
}

function toDocument(entry: CatalogueEntry): Document {
  return {
    id: entry.id,
    title: [entry.title.en, entry.title.hi ?? ''].join(' '),
    summary: [entry.summary.en, entry.summary.hi ?? ''].join(' '),
    keywords: [...entry.keywords, ...entry.domains, entry.lab].join(' '),
    details: [entry.details?.en ?? '', entry.details?.hi ?? ''].join(' '),
  };
}

export const miniSearchEngine: BenchEngineFactory = {
  name: 'MiniSearch',
  build(entries, today) {
    const visible = entries.filter((entry) => isEntryVisible(entry, today));
    const miniSearch = new MiniSearch<Document>({
      fields: ['title', 'summary', 'keywords', 'details'],
      // MiniSearch's default tokeniser splits on Unicode punctuation and spaces, which keeps
      // Devanagari words (matras included) whole.
      processTerm: (term) => term.toLowerCase(),
      searchOptions: { prefix: true, fuzzy: 0.2, boost: { title: 4, summary: 2, keywords: 1.5, details: 1 } },
    });
    miniSearch.addAll(visible.map(toDocument));
    return { search: (text, limit) => miniSearch.search(text).slice(0, limit).map((result) => String(result.id)) };
  },
};
