// One crawl cycle at the Clock's "now": every due task (homepage, ranking lists, channel lists, city site) runs,
// then every due article is fetched. Task run times, the frontier and idempotent writes are all in
// the store, so a crawl killed at any point resumes where it stopped.
import type { Clock } from '../../core/clock.js';
import type { Settings } from '../../core/settings.js';
import type { CitySource, NationalSource, Source } from '../../core/sources.js';
import type { CityAudit } from '../../core/types.js';
import type { Store } from '../../indexer/store/types.js';
import { fetchDueArticles, type ArticleOptions, type ArticleResult, type ExtractFn } from '../articles/index.js';
import { auditCity } from '../city-audit/index.js';
import { createFetcher, type Fetcher, type FetcherOptions } from '../fetch/fetcher.js';
import { pollChannels, pollHomepage, pollRanking, rankingPages, type PollResult, type SnapshotParsers } from '../poll/index.js';
import { isCity, isNational } from '../registry/index.js';
import { countArticle as addArticle, countAudit as addAudit, countPoll as addPoll, loadStats, saveStats, type CrawlStats } from './stats.js';
import { isDue, nextDueMs, tasksFor, type LastRuns, type Task } from './tasks.js';

export const LAST_RUNS_KEY = 'crawler:last-runs';

export interface CrawlHooks {
  onPoll?(r: PollResult): void;
  onArticle?(r: ArticleResult): void;
  onAudit?(a: CityAudit): void;
}

export interface CrawlerOptions {
  settings: Settings;
  store: Store;
  clock: Clock;
  sources: readonly Source[];
  parsers: SnapshotParsers;
  extract: ExtractFn;
  /** A fetcher to use (and not close); by default one is made from settings.crawler. */
  fetcher?: Fetcher;
  /** Tuning of the fetcher made by default. */
  fetch?: Partial<Pick<FetcherOptions, 'httpConcurrency' | 'browserConcurrency' | 'retryBaseMs' | 'maxRedirects'>>;
  articles?: Pick<ArticleOptions, 'concurrency' | 'refreshAfterMs' | 'backoff' | 'maxLinks'>;
  hooks?: CrawlHooks;
}

export interface CycleReport {
  at: string;
  polls: PollResult[];
  audits: CityAudit[];
  articles: ArticleResult[];
}

export interface Crawler {
  readonly tasks: readonly Task[];
  /** Counts so far, including earlier runs on the same store. */
  stats(): CrawlStats;
  /** Runs everything due now: polls and audits, then due articles. */
  runCycle(): Promise<CycleReport>;
  /** Only the polls and audits due now (what must happen at this instant). */
  runDueTasks(): Promise<CycleReport>;
  /** Only the articles due now (they may lag behind the polls that found them); the signal stops it early. */
  fetchArticles(signal?: AbortSignal): Promise<ArticleResult[]>;
  /** When the next poll or audit falls due (ms on the Clock). */
  nextDueMs(): Promise<number | null>;
  /** Saves the counts and closes the fetcher it made. */
  close(): Promise<void>;
}

export async function createCrawler(o: CrawlerOptions): Promise<Crawler> {
  const { store, clock } = o;
  const fetcher = o.fetcher ?? createFetcher({ crawler: o.settings.crawler, clock, ...o.fetch });
  const national = new Map<string, NationalSource>(o.sources.filter(isNational).map((s) => [s.id, s]));
  const cities = new Map<string, CitySource>(o.sources.filter(isCity).map((s) => [s.id, s]));
  const tasks = tasksFor(o.sources, o.settings.schedule);
  const stats: CrawlStats = await loadStats(store);
  await store.upsertSources([...o.sources]);

  const pollCtx = { store, fetcher, clock, parsers: o.parsers };

  const countPoll = (r: PollResult) => {
    addPoll(stats, r);
    o.hooks?.onPoll?.(r);
  };
  const countArticle = (r: ArticleResult) => {
    addArticle(stats, r);
    o.hooks?.onArticle?.(r);
  };
  const countAudit = (a: CityAudit) => {
    addAudit(stats, a);
    o.hooks?.onAudit?.(a);
  };

  async function runTask(task: Task, at: string): Promise<{ polls: PollResult[]; audit: CityAudit | null }> {
    if (task.kind === 'city') {
      const audit = await auditCity({ store, fetcher }, cities.get(task.sourceId)!, at);
      countAudit(audit);
      return { polls: [], audit };
    }
    const source = national.get(task.sourceId)!;
    const polls =
      task.kind === 'homepage'
        ? [await pollHomepage(pollCtx, source, at)]
        : task.kind === 'channel'
          ? await pollChannels(pollCtx, source, at)
          : await Promise.all(rankingPages(source).map((eps) => pollRanking(pollCtx, source, eps, at)));
    polls.forEach(countPoll);
    return { polls, audit: null };
  }

  async function runDueTasks(): Promise<CycleReport> {
    const nowMs = clock.nowMs();
    const at = new Date(nowMs).toISOString();
    const last = (await store.getState<LastRuns>(LAST_RUNS_KEY)) ?? {};
    const report: CycleReport = { at, polls: [], audits: [], articles: [] };
    await Promise.all(
      tasks
        .filter((t) => isDue(t, last, nowMs))
        .map(async (t) => {
          const r = await runTask(t, at);
          report.polls.push(...r.polls);
          if (r.audit) report.audits.push(r.audit);
          last[t.key] = nowMs;
          await store.setState(LAST_RUNS_KEY, last);
          await saveStats(store, stats);
        }),
    );
    return report;
  }

  async function fetchArticles(signal?: AbortSignal): Promise<ArticleResult[]> {
    const results = await fetchDueArticles(
      { store, fetcher, clock, sources: national, extract: o.extract },
      { ...o.articles, onResult: countArticle, signal },
    );
    await saveStats(store, stats);
    return results;
  }

  return {
    tasks,
    stats: () => stats,
    runDueTasks,
    fetchArticles,
    async runCycle() {
      const report = await runDueTasks();
      report.articles = await fetchArticles();
      return report;
    },
    async nextDueMs() {
      const last = (await store.getState<LastRuns>(LAST_RUNS_KEY)) ?? {};
      return nextDueMs(tasks, last, clock.nowMs());
    },
    async close() {
      await saveStats(store, stats);
      if (!o.fetcher) await fetcher.close();
    },
  };
}
