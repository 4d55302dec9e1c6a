// Per-site counts of a crawl (polls, snapshots, channel polls, articles, errors), kept in the store's state so the
// summary of a resumed crawl covers the whole run.
import type { CityAudit } from '../../core/types.js';
import type { Store } from '../../indexer/store/types.js';
import type { ArticleResult } from '../articles/index.js';
import type { PollResult } from '../poll/types.js';

export interface SiteStats {
  /** Homepage and ranking polls; each good one is a snapshot. */
  polls: number;
  snapshots: number;
  /** Channel list polls (no snapshot: they are not homepage appearances). */
  channelPolls: number;
  /** Article links channel lists added to the frontier. */
  channelLinks: number;
  /** Articles stored (created or updated). */
  articles: number;
  /** Audits of a city credit site. */
  audits: number;
  errors: number;
  lastError: string | null;
}

export type CrawlStats = Record<string, SiteStats>;

export const STATS_KEY = 'crawler:stats';

export const emptySite = (): SiteStats => ({ polls: 0, snapshots: 0, channelPolls: 0, channelLinks: 0, articles: 0, audits: 0, errors: 0, lastError: null });

export function site(stats: CrawlStats, id: string): SiteStats {
  return (stats[id] ??= emptySite());
}

export function totals(stats: CrawlStats): SiteStats {
  const t = emptySite();
  for (const s of Object.values(stats)) {
    t.polls += s.polls;
    t.snapshots += s.snapshots;
    t.channelPolls += s.channelPolls;
    t.channelLinks += s.channelLinks;
    t.articles += s.articles;
    t.audits += s.audits;
    t.errors += s.errors;
  }
  return t;
}

/** Saved counts, with counters added since they were saved starting at 0. */
export async function loadStats(store: Store): Promise<CrawlStats> {
  const saved = (await store.getState<CrawlStats>(STATS_KEY)) ?? {};
  return Object.fromEntries(Object.entries(saved).map(([id, s]) => [id, { ...emptySite(), ...s }]));
}

export async function saveStats(store: Store, stats: CrawlStats): Promise<void> {
  await store.setState(STATS_KEY, stats);
}

export function countPoll(stats: CrawlStats, r: PollResult): void {
  const s = site(stats, r.sourceId);
  if (r.kind === 'channel') {
    s.channelPolls++;
    s.channelLinks += r.newLinks;
  } else {
    s.polls++;
    if (r.ok) s.snapshots++;
  }
  if (!r.ok) {
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
