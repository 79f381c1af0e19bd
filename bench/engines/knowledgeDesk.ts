import { createSearchEngine } from '../../shared/search/engine';
import type { BenchEngineFactory } from './benchEngine';

export const knowledgeDeskEngine: BenchEngineFactory = {
  name: 'knowledge desk',
  build(entries, today) {
    const engine = createSearchEngine(entries, { today });
    return { search: (text, limit) => engine.search({ text, limit }).hits.map((hit) => hit.id) };
  },
};
