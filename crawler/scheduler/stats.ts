// Per-site counts of a crawl (polls, snapshots, articles, errors), kept in the store's state so the
// summary of a resumed crawl covers the whole run.
import type { Store } from '../../indexer/store/types.js';

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
