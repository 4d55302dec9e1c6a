// Click and comment ranking lists. Each article's readership decays exponentially after it is
// published; a list at time t ranks the site's articles by readers (or comments) in its window,
// recomputed every 10 simulated minutes, as the real lists refresh.
import type { RankingProfile, SiteProfile } from '../sites/profiles.js';
import type { WorldArticle } from './types.js';
import { upperBound } from './homepage.js';

export const RANKING_BUCKET_MS = 10 * 60_000;
/** Readership half-life is about tau·ln2. */
const TAU_MS = 7 * 3600_000;

export interface RankedItem {
  article: WorldArticle;
  rank: number;
  score: number;
}

export interface RankingEngine {
  bucketOf(t: number): number;
  /** The list as shown at instant t (the latest 10-minute refresh at or before t). */
  at(site: SiteProfile, listIndex: number, t: number): RankedItem[];
}

/** Readers (or comments) within the window ending at b. */
export function windowScore(a: WorldArticle, list: RankingProfile, b: number): number {
  if (b < a.publishedAt) return 0;
  const w = list.windowHours * 3600_000;
  const start = Math.max(a.publishedAt, b - w);
  const reads = a.heat * (TAU_MS / 3600_000) * (Math.exp(-(start - a.publishedAt) / TAU_MS) - Math.exp(-(b - a.publishedAt) / TAU_MS));
  return Math.round(list.metric === 'comments' ? reads * a.commentRate : reads);
}

export function createRankingEngine(bySite: ReadonlyMap<string, WorldArticle[]>): RankingEngine {
  const cache = new Map<string, RankedItem[]>();
  const bucketOf = (t: number) => Math.floor(t / RANKING_BUCKET_MS) * RANKING_BUCKET_MS;
  return {
    bucketOf,
    at(site, listIndex, t) {
      const b = bucketOf(t);
      const key = `${site.id}|${listIndex}|${b}`;
      const hit = cache.get(key);
      if (hit) return hit;
      const list = site.rankings[listIndex];
      if (!list) throw new RangeError(`${site.id} has no ranking list ${listIndex}`);
      const arts = bySite.get(site.id) ?? [];
      const hi = upperBound(arts, b, (a) => a.publishedAt);
      const oldest = b - list.windowHours * 3600_000 - 5 * TAU_MS;
      const scored: RankedItem[] = [];
      for (let i = hi - 1; i >= 0; i--) {
        const a = arts[i]!;
        if (a.publishedAt < oldest) break;
        const score = windowScore(a, list, b);
        if (score > 0) scored.push({ article: a, rank: 0, score });
      }
      scored.sort((x, y) => y.score - x.score || x.article.id.localeCompare(y.article.id));
      const top = scored.slice(0, list.size).map((r, i) => ({ ...r, rank: i + 1 }));
      if (cache.size > 20000) cache.clear();
      cache.set(key, top);
      return top;
    },
  };
}
