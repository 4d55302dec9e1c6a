// The crawler's public face: a crawler wired with the project's parsers and extractor, the two run
// loops (simulated and live) and the pieces commands and tests use directly.
import type { NationalSource, RankingEndpoint } from '../core/sources.js';
import type { HomepageItem, RankingItem } from '../core/types.js';
import type { ExtractFn } from './articles/index.js';
import { extractArticle } from './extract/index.js';
import type { SnapshotParsers } from './poll/types.js';
import { articlePatterns } from './registry/article-urls.js';
import { createCrawler as createCrawlerWith, type Crawler, type CrawlerOptions } from './scheduler/crawler.js';
import { parseHomepage, parseRanking } from './snapshot/index.js';

export { createFetcher, type Fetcher, type FetcherOptions } from './fetch/fetcher.js';
export type { FetchFailure, FetchOutcome, FetchRequest, FetchedPage } from './fetch/types.js';
export { allowedHosts, loadReplicaSources, loadSourcesDir, selectSources, DEFAULT_SOURCES_DIR } from './registry/index.js';
export { fetchDueArticles, type ArticleResult, type ExtractFn } from './articles/index.js';
export { auditCity } from './city-audit/index.js';
export { pollHomepage, pollRanking, rankingPages, type PollResult, type SnapshotParsers } from './poll/index.js';
export { runLive, runSimulated, SIM_CURSOR_KEY, type SimulatedRunResult } from './scheduler/index.js';
export { LAST_RUNS_KEY, type Crawler, type CrawlHooks, type CycleReport } from './scheduler/crawler.js';
export { createProgressDisplay, progressLine, type ProgressState } from './scheduler/progress.js';
export { loadStats, totals, type CrawlStats, type SiteStats } from './scheduler/stats.js';

/** crawler/snapshot's parsers, fed each source's own article URL patterns. */
export const defaultParsers: SnapshotParsers = {
  homepage: (html: string, source: NationalSource, pageUrl: string): HomepageItem[] =>
    parseHomepage(html, { ...source.homepage, articlePatterns: articlePatterns(source) }, pageUrl),
  ranking: (text: string, endpoints: readonly RankingEndpoint[], pageUrl: string): RankingItem[] =>
    endpoints.flatMap((e) => parseRanking(text, e, pageUrl)),
};

export const defaultExtract: ExtractFn = (html, opts) => extractArticle(html, opts);

export type CreateCrawlerOptions = Omit<CrawlerOptions, 'parsers' | 'extract'> & Partial<Pick<CrawlerOptions, 'parsers' | 'extract'>>;

export function createCrawler(o: CreateCrawlerOptions): Promise<Crawler> {
  return createCrawlerWith({ ...o, parsers: o.parsers ?? defaultParsers, extract: o.extract ?? defaultExtract });
}
