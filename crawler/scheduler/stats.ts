// Per-site counts of a crawl (polls, snapshots, articles, errors), kept in the store's state so the
// summary of a resumed crawl covers the whole run.
import type { CityAudit } from '../../core/types.js';
import type { Store } from '../../indexer/store/types.js';
import type { ArticleResult } from '../articles/index.js';
import type { PollResult } from '../poll/types.js';

export interface SiteStats {
  polls: number;
  snapshots: number;
  /** Articles stored (created or updated). */
  articles: number;
  /** Audits of a city credit site. */
  audits: number;
  errors: number;
  lastError: string | null;
}

export type CrawlStats = Record<string, SiteStats>;

export const STATS_KEY = 'crawler:stats';

export const emptySite = (): SiteStats => ({ polls: 0, snapshots: 0, articles: 0, audits: 0, errors: 0, lastError: null });

export function site(stats: CrawlStats, id: string): SiteStats {
  return (stats[id] ??= emptySite());
}

export function totals(stats: CrawlStats): SiteStats {
  const t = emptySite();
  for (const s of Object.values(stats)) {
    t.polls += s.polls;
    t.snapshots += s.snapshots;
    t.articles += s.articles;
    t.audits += s.audits;
    t.errors += s.errors;
  }
  return t;
}

export async function loadStats(store: Store): Promise<CrawlStats> {
  return (await store.getState<CrawlStats>(STATS_KEY)) ?? {};
}

export async function saveStats(store: Store, stats: CrawlStats): Promise<void> {
  await store.setState(STATS_KEY, stats);
}

export function countPoll(stats: CrawlStats, r: PollResult): void {
  const s = site(stats, r.sourceId);
  s.polls++;
  if (r.ok) s.snapshots++;
  else {
    s.errors++;
    s.lastError = `${r.kind}${r.list ? ` ${r.list}` : ''}: ${r.error}`;
  }
}

export function countArticle(stats: CrawlStats, r: ArticleResult): void {
  const s = site(stats, r.sourceId);
  if (r.outcome === 'created' || r.outcome === 'updated') s.articles++;
  if (r.outcome === 'failed' || r.outcome === 'retry') {
    s.errors++;
    s.lastError = `article ${r.url}: ${r.error}`;
  }
}

export function countAudit(stats: CrawlStats, a: CityAudit): void {
  const s = site(stats, a.sourceId);
  s.audits++;
  const failed = a.columns.filter((c) => c.error);
  if (!a.reachable || failed.length) {
    s.errors++;
    s.lastError = a.reachable ? `${failed[0]!.column}: ${failed[0]!.error}` : (failed[0]?.error ?? 'site unreachable');
  }
}
