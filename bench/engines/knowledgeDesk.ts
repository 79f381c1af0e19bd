import { createSearchEngine } from '../../shared/search/engine';
import type { BenchEngineFactory } from './benchEngine';

export const knowledgeDeskEngine: BenchEngineFactory = {
  name: 'knowledge desk',
  build(entries, today, glossary) {
    // As `kb search` builds it: the visible entries of the day and the catalogue's glossary groups.
    const engine = createSearchEngine(entries, { today, ...(glossary === undefined ? {} : { glossary: [...glossary] }) });
    // The engine builds its vocabulary at the first typed word; counted here as part of the build.
    engine.search({ text: 'a', limit: 1 });
    return { search: (text, limit) => engine.search({ text, limit }).hits.map((hit) => hit.id) };
  },
};
