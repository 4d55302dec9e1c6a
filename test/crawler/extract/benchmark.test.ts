// Regression guard on the 62 real pages of shared/benchmarks/extraction: scores must not fall below what
// the extractor achieved when this test was written (title 62/62, time 61/61, body 61/61).
import { describe, expect, it } from 'vitest';
import { benchmarkDir } from '../../../bench/extraction/data.js';
import { readTruth, runOurs, totals } from '../../../bench/extraction/ours.js';
import { isNational, loadSourcesDir } from '../../../crawler/registry/index.js';

describe('extraction benchmark (real pages)', () => {
  it('keeps every field at its achieved score', () => {
    const dir = benchmarkDir('extraction');
    const { results } = runOurs(dir, readTruth(dir));
    const t = totals(results.map((r) => r.score));
    const misses = results.filter((r) => !r.score.title || r.score.time === false || r.score.body === false).map((r) => r.file);
    expect({ title: t.title, time: t.time, body: t.body, misses }).toEqual({ title: [62, 62], time: [61, 61], body: [61, 61], misses: [] });
  });

  it("keeps the pages of monitored sites (people, xinhuanet, sina, 163, qq) correct with those sites' configured hints", () => {
    const dir = benchmarkDir('extraction');
    const hints = new Map(loadSourcesDir('config/sources').filter(isNational).map((s) => [s.id, s.article.hints]));
    const rows = readTruth(dir).filter((r) => hints.has(r.site));
    const { results } = runOurs(dir, rows, (site) => hints.get(site));
    expect(results).toHaveLength(19);
    expect(results.filter((r) => !r.score.title || r.score.time === false || r.score.body === false).map((r) => r.file)).toEqual([]);
  });
});
