// Homepage sections as editors run them: a new story goes in at a place decided by its importance,
// the lowest story drops off when a section is full, and stories are taken down when they go stale.
// The simulation gives every article its exact interval and best position, which is the ground
// truth for the homepage half of the major-event rule.
import type { SiteProfile } from '../sites/profiles.js';
import type { WorldArticle } from './types.js';

export interface HomepageTimeline {
  /** Articles that were ever on the homepage, by entry time. */
  items: WorldArticle[];
  /** Sorted instants at which the page changes (for cache keys and snapshots). */
  changes: number[];
  /** Longest time any item stayed, to bound lookups. */
  maxStay: number;
}

interface Present {
  a: WorldArticle;
  key: number;
  best: number;
}

export function simulateHomepage(site: SiteProfile, articles: WorldArticle[], worldEnd: number): HomepageTimeline {
  const planned = articles.filter((a) => a.homepagePlan).sort((x, y) => x.homepagePlan!.entry - y.homepagePlan!.entry || x.id.localeCompare(y.id));
  const sections: Present[][] = site.sections.map(() => []);
  const changes: number[] = [];
  let maxStay = 0;

  const close = (p: Present, at: number, sectionIndex: number) => {
    const plan = p.a.homepagePlan!;
    if (at > plan.entry) {
      p.a.homepage = { from: plan.entry, to: at, position: p.best, section: sectionIndex };
      maxStay = Math.max(maxStay, at - plan.entry);
    }
  };
  const rescore = () => {
    let pos = 0;
    for (const sec of sections) {
      for (const p of sec) {
        pos++;
        if (pos < p.best) p.best = pos;
      }
    }
  };
  // Expiries are processed lazily: before each entry, everything due by then leaves in time order.
  const expireUntil = (t: number) => {
    for (;;) {
      let due: { p: Present; s: number } | null = null;
      sections.forEach((sec, s) => {
        for (const p of sec) if (p.a.homepagePlan!.expiry <= t && (!due || p.a.homepagePlan!.expiry < due.p.a.homepagePlan!.expiry)) due = { p, s };
      });
      if (!due) return;
      const { p, s } = due as { p: Present; s: number };
      const at = p.a.homepagePlan!.expiry;
      sections[s]!.splice(sections[s]!.indexOf(p), 1);
      close(p, at, s);
      changes.push(at);
      rescore();
    }
  };

  for (const a of planned) {
    const plan = a.homepagePlan!;
    if (plan.entry >= worldEnd) continue;
    expireUntil(plan.entry);
    const sec = sections[plan.section]!;
    const p: Present = { a, key: plan.key, best: Infinity };
    let i = sec.findIndex((q) => q.key < plan.key);
    if (i < 0) i = sec.length;
    sec.splice(i, 0, p);
    const capacity = site.sections[plan.section]!.capacity;
    if (sec.length > capacity) {
      const out = sec.pop()!;
      if (out !== p) close(out, plan.entry, plan.section);
    }
    if (sec.includes(p) || sec.length <= capacity) {
      changes.push(plan.entry);
      rescore();
    }
  }
  expireUntil(worldEnd);
  sections.forEach((sec, s) => {
    for (const p of sec) {
      const plan = p.a.homepagePlan!;
      p.a.homepage = { from: plan.entry, to: Infinity, position: p.best, section: s };
      maxStay = Math.max(maxStay, worldEnd - plan.entry);
    }
  });
  const items = planned.filter((a) => a.homepage);
  return { items, changes: [...new Set(changes)].sort((x, y) => x - y), maxStay };
}

/** The articles on the homepage at instant t, section by section, in page order. */
export function homepageAt(site: SiteProfile, tl: HomepageTimeline, t: number): WorldArticle[][] {
  const out: WorldArticle[][] = site.sections.map(() => []);
  // items are sorted by entry; scan back from the last entry ≤ t while entries could still be present.
  const hi = upperBound(tl.items, t, (a) => a.homepage!.from);
  for (let i = hi - 1; i >= 0; i--) {
    const a = tl.items[i]!;
    const h = a.homepage!;
    if (t - h.from > tl.maxStay) break;
    if (h.from <= t && t < h.to) out[h.section]!.push(a);
  }
  for (const sec of out) sec.sort((x, y) => y.homepagePlan!.key - x.homepagePlan!.key);
  return out;
}

/** Index of the page state at t: equal indexes mean the same homepage. */
export function homepageStateIndex(tl: HomepageTimeline, t: number): number {
  return upperBound(tl.changes, t, (x) => x);
}

export function upperBound<T>(xs: readonly T[], t: number, key: (x: T) => number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(xs[mid]!) <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
