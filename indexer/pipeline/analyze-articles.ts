// The whole analysis over an in-memory list of articles, without a store: for benchmarks, quality
// scoring and tests. Articles are taken in time order (then URL), as they would arrive.
import type { ArticleAnalysis } from '../../core/types.js';
import { createClusterer, type ClustererOptions } from '../cluster/clusterer.js';
import type { ClusteredEvent } from '../cluster/types.js';
import { defaultTermWeighting } from '../dedup/terms.js';
import { instantMs } from '../store/time.js';
import { analyzeArticle, articleTime, type AnalyzableArticle } from './analyze-article.js';
import type { Analyzers } from './types.js';

export interface AnalyzeArticlesOptions {
  analyzers: Analyzers;
  /** Clustering settings (thresholds, windows); the term weighting and place names come from the analyzers. */
  cluster?: Omit<ClustererOptions, 'weighting' | 'placeNames'>;
  /** Stamped on every analysis (ISO). */
  analyzedAt: string;
}

export interface AnalyzeArticlesResult {
  analyses: { url: string; analysis: ArticleAnalysis }[];
  events: ClusteredEvent[];
}

export function analyzeArticles(articles: readonly AnalyzableArticle[], opts: AnalyzeArticlesOptions): AnalyzeArticlesResult {
  const clusterer = createClusterer({ weighting: defaultTermWeighting(), placeNames: opts.analyzers.placeNames, ...opts.cluster });
  const analyses: AnalyzeArticlesResult['analyses'] = [];
  for (const a of inArrivalOrder(articles)) {
    const r = analyzeArticle(a, opts.analyzers);
    const { eventId } = clusterer.add(r.cluster);
    analyses.push({ url: a.url, analysis: { ...r.analysis, eventId, analyzedAt: opts.analyzedAt } });
  }
  return { analyses, events: clusterer.drainChanged() };
}

/** Time order, then URL: the order articles are clustered in, so results never depend on input order. */
export function inArrivalOrder<T extends AnalyzableArticle>(articles: readonly T[]): T[] {
  return articles
    .map((a) => ({ a, t: instantMs(articleTime(a)) }))
    .sort((x, y) => x.t - y.t || (x.a.url < y.a.url ? -1 : x.a.url > y.a.url ? 1 : 0))
    .map((x) => x.a);
}
