// Where each event was seen: homepage intervals, best ranks, and the major-event rule applied to
// them (top 10 of any ranking list, or homepages of ≥3 sites within 24 hours).
import { SITE_PROFILES } from '../sites/profiles.js';
import type { RankingEngine } from './rankings.js';
import { RANKING_BUCKET_MS } from './rankings.js';
import type { WorldEvent } from './types.js';

export const MAJOR_TOP_N = 10;
export const MAJOR_HOMEPAGE_SITES = 3;
export const MAJOR_WINDOW_MS = 24 * 3600_000;

export interface HomepageExposure {
  site: string;
  from: number;
  to: number;
  position: number;
}

export interface RankingPeak {
  site: string;
  list: string;
  bestRank: number;
  /** First instant the list showed the event at its best rank. */
  at: number;
}

export interface EventExposure {
  homepageIntervals: HomepageExposure[];
  rankingPeaks: RankingPeak[];
  /** First instant the event met the major rule (breaches only), or null. */
  majorSince: number | null;
  /** First instant any of its articles was in the top 10 of a list. */
  firstTopTen: number | null;
  /** First instant its homepage appearances covered 3 sites within 24 hours. */
  firstThreeHomepages: number | null;
}

export function computeExposure(events: readonly WorldEvent[], rankings: RankingEngine, from: number, to: number): Map<string, EventExposure> {
  const peaks = new Map<string, Map<string, RankingPeak>>();
  const firstTop = new Map<string, number>();
  for (const site of SITE_PROFILES) {
    site.rankings.forEach((list, li) => {
      for (let b = rankings.bucketOf(from); b < to; b += RANKING_BUCKET_MS) {
        for (const item of rankings.at(site, li, b)) {
          const ev = item.article.event;
          if (!ev) continue;
          const key = `${site.id}|${list.list}`;
          const byList = peaks.get(ev.id) ?? new Map<string, RankingPeak>();
          peaks.set(ev.id, byList);
          const prev = byList.get(key);
          if (!prev || item.rank < prev.bestRank) byList.set(key, { site: site.id, list: list.list, bestRank: item.rank, at: b });
          if (item.rank <= MAJOR_TOP_N && b < (firstTop.get(ev.id) ?? Infinity)) firstTop.set(ev.id, b);
        }
      }
    });
  }
  const out = new Map<string, EventExposure>();
  for (const ev of events) {
    const homepageIntervals: HomepageExposure[] = ev.articles
      .filter((a) => a.homepage)
      .map((a) => ({ site: a.siteId, from: a.homepage!.from, to: a.homepage!.to, position: a.homepage!.position }))
      .sort((x, y) => x.from - y.from);
    const firstThreeHomepages = threeSitesWithin(homepageIntervals);
    const firstTopTen = firstTop.get(ev.id) ?? null;
    const candidates = [firstThreeHomepages, firstTopTen].filter((x): x is number => x !== null);
    out.set(ev.id, {
      homepageIntervals,
      rankingPeaks: [...(peaks.get(ev.id)?.values() ?? [])],
      majorSince: ev.polarity === 'breach' && candidates.length ? Math.min(...candidates) : null,
      firstTopTen,
      firstThreeHomepages,
    });
  }
  return out;
}

/**
 * Earliest instant t at which at least three sites showed the event on their homepage at some
 * moment of [t − 24 h, t]. It is always the start of some interval.
 */
export function threeSitesWithin(intervals: readonly { site: string; from: number; to: number }[]): number | null {
  for (const cand of [...intervals].sort((x, y) => x.from - y.from)) {
    const t = cand.from;
    const sites = new Set(intervals.filter((i) => i.from <= t && i.to > t - MAJOR_WINDOW_MS).map((i) => i.site));
    if (sites.size >= MAJOR_HOMEPAGE_SITES) return t;
  }
  return null;
}
