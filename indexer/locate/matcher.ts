// Finds place names, blockers, foreign places and national bodies in one Aho–Corasick pass, then
// keeps the best set of non-overlapping hits: longer words beat the names inside them (中山大学 over
// 中山), blockers beat names and any set of names they overlap, and a strong name beats a weak one that overlaps it (3天河南 → 河南,
// not 天河). The choice is a weighted interval scheduling over the hits, linear in the text length.
import { buildAutomaton } from './aho-corasick.js';

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
  const words = [...kinds.keys()];
  // A blocker must outweigh any set of names it overlaps (沪苏浙皖 over 沪 + 苏浙皖).
  const weights = words.map((w) => {
    const kind = kinds.get(w)!;
    const base = 2 * w.length;
    if (kind === 'blocker') return 3 * w.length + 1;
    if (kind === 'national') return base + 0.6;
    if (kind === 'foreign') return base + 0.5;
    return p.weak.has(w) ? base - 0.5 : base + p.placeBonus(w);
  });
  const automaton = buildAutomaton(words);

  return {
    find(text) {
      const n = text.length;
      // best[i]: best total weight of hits inside text[0, i); from[i]: the pattern ending at i that achieved it (-1: none).
      const best = new Float64Array(n + 1);
      const from = new Int32Array(n + 1).fill(-1);
      let filled = 0;
      automaton.search(text, (end, k) => {
        for (; filled < end; filled++) best[filled + 1] = Math.max(best[filled + 1]!, best[filled]!);
        const score = best[end - words[k]!.length]! + weights[k]!;
        if (score > best[end]!) {
          best[end] = score;
          from[end] = k;
        }
      });
      for (; filled < n; filled++) best[filled + 1] = Math.max(best[filled + 1]!, best[filled]!);
      const hits: Hit[] = [];
      for (let i = n; i > 0; ) {
        const k = from[i]!;
        if (k >= 0 && best[i]! > best[i - 1]!) {
          const w = words[k]!;
          hits.push({ text: w, kind: kinds.get(w)!, start: i - w.length, end: i });
          i -= w.length;
        } else i--;
      }
      return hits.reverse();
    },
  };
}
