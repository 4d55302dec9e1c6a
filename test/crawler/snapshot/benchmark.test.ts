// Regression guard on the saved real homepages and ranking pages (shared/benchmarks/homepages), parsed
// through config/sources exactly as `ccm snapshot` does.
import { describe, expect, it } from 'vitest';
import { runHomepageBenchmark } from '../../../bench/homepages/run.js';

describe('homepage and ranking benchmark (real pages)', () => {
  const { homepages, rankings } = runHomepageBenchmark();
  it('finds every homepage article link with its title and hidden flag, and nothing else', () => {
    for (const h of homepages) {
      expect({ file: h.file, recall: h.all.recall, precision: h.all.precision, title: h.all.titleExact, visiblePrecision: h.visible.precision }).toEqual({
        file: h.file,
        recall: 1,
        precision: 1,
        title: 1,
        visiblePrecision: 1,
      });
    }
    expect(homepages).toHaveLength(8);
  });
  it('reads every ranking item at its rank with url, title and score', () => {
    for (const r of rankings) {
      const s = r.score;
      expect({ file: r.file, url: s.url, title: s.title, score: s.score, lists: s.listsCorrect }).toEqual({ file: r.file, url: s.n, title: s.n, score: s.nScore, lists: s.lists });
    }
    expect(rankings.reduce((a, r) => a + r.score.n, 0)).toBe(809);
  });
});
