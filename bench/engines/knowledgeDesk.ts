import { createSearchEngine } from '../../shared/search/engine';
import type { BenchEngineFactory } from './benchEngine';

export const knowledgeDeskEngine: BenchEngineFactory = {
  name: 'knowledge desk',
  build(entries, today) {
    const engine = createSearchEngine(entries, { today });
    // The engine builds its vocabulary at the first typed word; counted here as part of the build.
    engine.search({ text: 'a', limit: 1 });
    return { search: (text, limit) => engine.search({ text, limit }).hits.map((hit) => hit.id) };
  },
};
