// Where and when an event's articles were shown: which homepages and ranking lists carried any of
// its article URLs, at what best position or rank, first and last time, in how many snapshots.
// Snapshots are read once into a per-URL index; an event's appearances are the union over its URLs,
// counting a snapshot once even when it carried several of the event's articles.
import { toShanghaiIso } from '../../core/clock.js';
import type { HomepageAppearance, RankingAppearance, Snapshot } from '../../core/types.js';
import { instantMs } from '../store/time.js';

export interface Appearances {
  homepage: HomepageAppearance[];
  ranking: RankingAppearance[];
}

interface Sighting {
  /** Snapshot time (ms); one snapshot per source, list and time. */
  at: number;
  /** Homepage position or ranking rank. */
  place: number;
}

interface UrlSightings {
  /** Key: sourceId for homepages; sourceId + NUL + list for rankings. */
  homepage: Map<string, Sighting[]>;
  ranking: Map<string, Sighting[]>;
}

export interface AppearanceIndex {
  /** File one snapshot's items (hidden homepage items do not count as shown). */
  add(s: Snapshot): void;
  /** Appearances of a set of article URLs. */
  of(urls: readonly string[]): Appearances;
  /** URLs seen in snapshots taken strictly after this instant (ms). */
  urlsSeenAfter(ms: number): Set<string>;
  /** Latest snapshot time filed, or null. */
  readonly latestMs: number | null;
}

export interface AppearanceIndexOptions {
  /** Maps an item URL to the article key (canonical URL). Snapshot items may carry tracking parameters. */
  canonicalize: (url: string) => string;
}

export function createAppearanceIndex(opts: AppearanceIndexOptions): AppearanceIndex {
  const byUrl = new Map<string, UrlSightings>();
  let latest: number | null = null;

  const file = (url: string, kind: 'homepage' | 'ranking', key: string, s: Sighting) => {
    const canon = opts.canonicalize(url);
    let u = byUrl.get(canon);
    if (!u) {
      u = { homepage: new Map(), ranking: new Map() };
      byUrl.set(canon, u);
    }
    const list = u[kind].get(key) ?? [];
    list.push(s);
    u[kind].set(key, list);
  };

  return {
    get latestMs() {
      return latest;
    },
    add(s) {
      const at = instantMs(s.takenAt);
      latest = latest === null ? at : Math.max(latest, at);
      if (s.kind === 'homepage') {
        for (const it of s.items) if (!it.hidden) file(it.url, 'homepage', s.sourceId, { at, place: it.position });
      } else {
        for (const it of s.items) file(it.url, 'ranking', `${s.sourceId}\u0000${it.list}`, { at, place: it.rank });
      }
    },
    of(urls) {
      const homepage = new Map<string, Sighting[]>();
      const ranking = new Map<string, Sighting[]>();
      for (const url of new Set(urls)) {
        const u = byUrl.get(url);
        if (!u) continue;
        for (const [k, v] of u.homepage) homepage.set(k, [...(homepage.get(k) ?? []), ...v]);
        for (const [k, v] of u.ranking) ranking.set(k, [...(ranking.get(k) ?? []), ...v]);
      }
      return {
        homepage: [...homepage].map(([sourceId, v]) => {
          const a = summarize(v);
          return { sourceId, firstAt: a.firstAt, lastAt: a.lastAt, bestPosition: a.best, snapshots: a.snapshots };
        }).sort(bySource),
        ranking: [...ranking].map(([key, v]) => {
          const [sourceId, list] = key.split('\u0000') as [string, string];
          const a = summarize(v);
          return { sourceId, list, firstAt: a.firstAt, lastAt: a.lastAt, bestRank: a.best, snapshots: a.snapshots };
        }).sort((a, b) => bySource(a, b) || a.list.localeCompare(b.list)),
      };
    },
    urlsSeenAfter(ms) {
      const out = new Set<string>();
      for (const [url, u] of byUrl) {
        const seen = (m: Map<string, Sighting[]>) => [...m.values()].some((v) => v.some((s) => s.at > ms));
        if (seen(u.homepage) || seen(u.ranking)) out.add(url);
      }
      return out;
    },
  };
}

function summarize(v: readonly Sighting[]): { firstAt: string; lastAt: string; best: number; snapshots: number } {
  let first = Infinity;
  let last = -Infinity;
  let best = Infinity;
  const times = new Set<number>();
  for (const s of v) {
    first = Math.min(first, s.at);
    last = Math.max(last, s.at);
    best = Math.min(best, s.place);
    times.add(s.at);
  }
  // Beijing time, like the event's firstSeen/lastSeen, although the snapshots they come from are stamped in UTC.
  return { firstAt: toShanghaiIso(first), lastAt: toShanghaiIso(last), best, snapshots: times.size };
}

function bySource(a: { sourceId: string; firstAt: string }, b: { sourceId: string; firstAt: string }): number {
  return a.sourceId.localeCompare(b.sourceId);
}
