// The crawl as commands run it: sources from config/sources/ (or a running replica), the store from
// the settings, then one cycle (`ccm crawl --once`) or the live scheduler (`ccm crawl`, `ccm start`).
import { realClock, simulatedClock, type Clock } from '../../core/clock.js';
import { UsageError } from '../../core/errors.js';
import type { Settings } from '../../core/settings.js';
import type { Source } from '../../core/sources.js';
import { openStore } from '../../indexer/store/index.js';
import { summaryTable } from '../demo/summary.js';
import { createCrawler } from '../index.js';
import { DEFAULT_SOURCES_DIR, loadReplicaSources, loadSourcesDir, selectSources } from '../registry/index.js';
import { runLive } from './index.js';
import type { ProgressDisplay } from './progress.js';
import { countArticle, countAudit, countPoll, type CrawlStats } from './stats.js';

/**
 * Live articles get one refresh this long after the first fetch: sites correct titles and times in
 * the first hours. It is a conditional request, and the store rewrites the article only if it changed.
 */
export const LIVE_REFRESH_MS = 6 * 3600_000;

export interface CrawlRunOptions {
  settings: Settings;
  /** Source ids to crawl (default: all). */
  sourceIds?: string[];
  /** Folder of source files (default config/sources). */
  sourcesDir?: string;
  /** Crawl a running replica instead, at the replica's current simulated time. */
  replicaUrl?: string;
}

export interface CrawlRunResult {
  sources: Source[];
  /** What this run did, per site. */
  stats: CrawlStats;
  summary: string;
}

async function sourcesAndClock(o: CrawlRunOptions): Promise<{ sources: Source[]; clock: Clock }> {
  if (o.replicaUrl) {
    const res = await fetch(`${o.replicaUrl.replace(/\/$/, '')}/_replica/clock`);
    if (!res.ok) throw new UsageError(`${o.replicaUrl} does not look like a replica (GET /_replica/clock answered HTTP ${res.status})`);
    const { ms } = (await res.json()) as { ms: number };
    return { sources: selectSources(await loadReplicaSources(o.replicaUrl), o.sourceIds), clock: simulatedClock(ms) };
  }
  return { sources: selectSources(loadSourcesDir(o.sourcesDir ?? DEFAULT_SOURCES_DIR), o.sourceIds), clock: realClock() };
}

function runCounter() {
  const stats: CrawlStats = {};
  return {
    stats,
    hooks: {
      onPoll: (r: Parameters<typeof countPoll>[1]) => countPoll(stats, r),
      onArticle: (r: Parameters<typeof countArticle>[1]) => countArticle(stats, r),
      onAudit: (a: Parameters<typeof countAudit>[1]) => countAudit(stats, a),
    },
  };
}

/** One poll of everything due, then every due article (`ccm crawl --once`). */
export async function crawlOnce(o: CrawlRunOptions): Promise<CrawlRunResult> {
  const { sources, clock } = await sourcesAndClock(o);
  const stats = await withCrawler(o, sources, clock, (crawler) => crawler.runCycle());
  return { sources, stats, summary: summaryTable(sources, stats) };
}

/** The live scheduler on the real clock until the signal aborts (`ccm crawl`, `ccm start`). */
export async function crawlLive(o: CrawlRunOptions & { signal: AbortSignal; progress?: ProgressDisplay }): Promise<CrawlRunResult> {
  if (o.replicaUrl) throw new UsageError('the live scheduler runs on the real clock; use `ccm crawl --once --replica <url>` or `ccm demo` for the replica');
  const { sources, clock } = await sourcesAndClock(o);
  const stats = await withCrawler(o, sources, clock, (crawler, live) =>
    runLive(crawler, { clock, signal: o.signal, afterCycle: () => o.progress?.update({ at: null, tick: null, ticks: null, stats: live }) }),
  );
  o.progress?.done({ at: null, tick: null, ticks: null, stats });
  return { sources, stats, summary: summaryTable(sources, stats) };
}

/** Opens the store and a counting crawler, runs `work`, closes both whatever happens; returns the counts. */
async function withCrawler(
  o: CrawlRunOptions,
  sources: Source[],
  clock: Clock,
  work: (crawler: Awaited<ReturnType<typeof createCrawler>>, stats: CrawlStats) => Promise<unknown>,
): Promise<CrawlStats> {
  const store = await openStore(o.settings);
  const counter = runCounter();
  try {
    const crawler = await createCrawler({ settings: o.settings, store, clock, sources, hooks: counter.hooks, articles: { refreshAfterMs: LIVE_REFRESH_MS } });
    try {
      await work(crawler, counter.stats);
    } finally {
      await crawler.close();
    }
  } finally {
    await store.close();
  }
  return counter.stats;
}
