import { describe, expect, it } from 'vitest';
import { BUNDLED_CATALOGUE, loadCatalogue } from '../../electron/cli/commands/search';
import { isEntryVisible } from '../../shared/catalogue/catalogue';
import { isAnsweredOnlyInEnglish, RELEVANCE_TODAY } from '../sections/relevance';
import { JUDGED_QUERIES } from './judgedQueries';

describe('the judged relevance set', () => {
  it('has at least 220 queries, each unique and judged', () => {
    expect(JUDGED_QUERIES.length).toBeGreaterThanOrEqual(220);
    expect(new Set(JUDGED_QUERIES.map((query) => `${query.language}:${query.text}`)).size).toBe(JUDGED_QUERIES.length);
    for (const query of JUDGED_QUERIES) expect(Object.keys(query.judgments).length, query.text).toBeGreaterThan(0);
  });

  it('judges only entries of the bundled catalogue visible on the benchmark day', async () => {
    const loaded = await loadCatalogue(BUNDLED_CATALOGUE);
    if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
    const visible = new Set<string>(loaded.entries.filter((entry) => isEntryVisible(entry, RELEVANCE_TODAY)).map((entry) => entry.id));
    const unknown = JUDGED_QUERIES.flatMap((query) => Object.keys(query.judgments).filter((id) => !visible.has(id)).map((id) => `${query.text}: ${id}`));
    expect(unknown).toEqual([]);
    const byId = new Map<string, (typeof loaded.entries)[number]>(loaded.entries.map((entry) => [entry.id, entry]));
    expect(JUDGED_QUERIES.filter((query) => query.language !== 'en' && isAnsweredOnlyInEnglish(query, byId)).length).toBeGreaterThanOrEqual(40);
  });
});
