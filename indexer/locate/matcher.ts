// Finds place names, blockers, foreign places and national bodies in one Aho–Corasick pass, then
// keeps the best set of non-overlapping hits: longer words beat the names inside them (中山大学 over
// 中山), blockers beat names and any set of names they overlap, and a strong name beats a weak one that overlaps it (3天河南 → 河南,
// not 天河). The choice is a weighted interval scheduling over the hits, linear in the text length.
import { createRequire } from 'node:module';

export type HitKind = 'place' | 'blocker' | 'foreign' | 'national';

export interface Hit {
  text: string;
  kind: HitKind;
  start: number;
  end: number;
}

export interface MatcherPatterns {
  places: Iterable<string>;
  /** Place names that need support (see weakNames in config/gazetteer/locate.yaml): they lose overlaps. */
  weak: ReadonlySet<string>;
  /** Extra weight per place name (higher administrative levels win ties). */
  placeBonus: (name: string) => number;
  blockers: Iterable<string>;
  foreign: Iterable<string>;
  national: Iterable<string>;
}

export interface Matcher {
  find(text: string): Hit[];
}

interface AhoCorasick {
  search(text: string): [number, string[]][];
}
const require = createRequire(import.meta.url);
const AhoCorasickImpl = require('ahocorasick') as new (keywords: string[]) => AhoCorasick;

const KIND_PRECEDENCE: HitKind[] = ['place', 'foreign', 'national', 'blocker'];

export function createMatcher(p: MatcherPatterns): Matcher {
  const kinds = new Map<string, HitKind>();
  const add = (words: Iterable<string>, kind: HitKind) => {
    for (const w of words) {
      const prev = kinds.get(w);
      if (!prev || KIND_PRECEDENCE.indexOf(kind) > KIND_PRECEDENCE.indexOf(prev)) kinds.set(w, kind);
    }
  };
  add(p.places, 'place');
  add(p.foreign, 'foreign');
  add(p.national, 'national');
  add(p.blockers, 'blocker');
  const weights = new Map<string, number>();
  for (const [w, kind] of kinds) {
    const base = 2 * w.length;
    // A blocker must outweigh any set of names it overlaps (沪苏浙皖 over 沪 + 苏浙皖).
    weights.set(
      w,
      kind === 'blocker' ? 3 * w.length + 1 : kind === 'national' ? base + 0.6 : kind === 'foreign' ? base + 0.5 : p.weak.has(w) ? base - 0.5 : base + p.placeBonus(w),
    );
  }
  const ac = new AhoCorasickImpl([...kinds.keys()]);

  return {
    find(text) {
      const raw = ac.search(text);
      if (raw.length === 0) return [];
      // best[i]: best total weight of hits inside text[0, i); from[i]: the hit ending at i that achieved it.
      const n = text.length;
      const best = new Float64Array(n + 1);
      const from: (Hit | undefined)[] = new Array(n + 1);
      let r = 0;
      for (let i = 1; i <= n; i++) {
        best[i] = best[i - 1]!;
        from[i] = undefined;
        while (r < raw.length && raw[r]![0] + 1 === i) {
          for (const w of raw[r]![1]) {
            const start = i - w.length;
            const score = best[start]! + weights.get(w)!;
            if (score > best[i]!) {
              best[i] = score;
              from[i] = { text: w, kind: kinds.get(w)!, start, end: i };
            }
          }
          r++;
        }
      }
      const hits: Hit[] = [];
      for (let i = n; i > 0; ) {
        const h = from[i];
        if (h) {
          hits.push(h);
          i = h.start;
        } else i--;
      }
      return hits.reverse();
    },
  };
}
