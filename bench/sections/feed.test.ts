import { describe, expect, it } from 'vitest';
import { formatFeedBenchmark, runFeedBenchmark } from './feed';

describe('feed benchmark section', () => {
  it('runs end to end on a small catalogue and reports every figure', async () => {
    const result = await runFeedBenchmark(600, 60);
    expect(result.entries).toBe(600);
    expect(result.deltaBytes).toBeGreaterThan(0);
    expect(result.deltaBytes).toBeLessThan(result.snapshotBytes);
    expect(result.feedBytes).toBeGreaterThan(result.snapshotBytes);
    expect(formatFeedBenchmark(result)).toHaveLength(5);
  });
});
