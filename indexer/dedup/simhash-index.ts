// Finds stored fingerprints within Hamming distance k of a query without comparing against all of
// them. By the pigeonhole principle, two 64-bit fingerprints that differ in at most k bits agree
// exactly on at least one of k+1 disjoint bands, so each fingerprint is filed under each of its band
// values and a query only verifies the entries that share a band with it.
import { hammingDistance, type Fingerprint } from './simhash.js';

export interface SimHashIndexOptions {
  /** Largest Hamming distance that counts as a near duplicate (0–15). */
  maxDistance: number;
}

export interface NearMatch<K> {
  key: K;
  distance: number;
}

export interface SimHashIndex<K> {
  readonly size: number;
  add(key: K, fp: Fingerprint): void;
  remove(key: K): void;
  /** Entries within maxDistance of fp, nearest first (ties in insertion order). */
  near(fp: Fingerprint): NearMatch<K>[];
}

export function createSimHashIndex<K>(opts: SimHashIndexOptions): SimHashIndex<K> {
  const k = opts.maxDistance;
  if (!Number.isInteger(k) || k < 0 || k > 15) throw new RangeError(`maxDistance must be an integer 0–15, got ${k}`);
  const bands = bandLayout(k + 1);
  const buckets = bands.map(() => new Map<number, Set<K>>());
  const entries = new Map<K, { fp: Fingerprint; order: number }>();
  let counter = 0;

  return {
    get size() {
      return entries.size;
    },
    add(key, fp) {
      if (entries.has(key)) this.remove(key);
      entries.set(key, { fp, order: counter++ });
      bands.forEach((band, i) => {
        const v = band(fp);
        const set = buckets[i]!.get(v) ?? new Set<K>();
        set.add(key);
        buckets[i]!.set(v, set);
      });
    },
    remove(key) {
      const e = entries.get(key);
      if (!e) return;
      entries.delete(key);
      bands.forEach((band, i) => {
        const v = band(e.fp);
        const set = buckets[i]!.get(v);
        set?.delete(key);
        if (set?.size === 0) buckets[i]!.delete(v);
      });
    },
    near(fp) {
      const seen = new Set<K>();
      const out: (NearMatch<K> & { order: number })[] = [];
      bands.forEach((band, i) => {
        for (const key of buckets[i]!.get(band(fp)) ?? []) {
          if (seen.has(key)) continue;
          seen.add(key);
          const e = entries.get(key)!;
          const distance = hammingDistance(fp, e.fp);
          if (distance <= k) out.push({ key, distance, order: e.order });
        }
      });
      out.sort((a, b) => a.distance - b.distance || a.order - b.order);
      return out.map(({ key, distance }) => ({ key, distance }));
    },
  };
}

/** n disjoint bands covering the 64 bits, as functions extracting each band's value. */
function bandLayout(n: number): ((fp: Fingerprint) => number)[] {
  const out: ((fp: Fingerprint) => number)[] = [];
  let start = 0;
  for (let i = 0; i < n; i++) {
    const width = Math.floor(64 / n) + (i < 64 % n ? 1 : 0);
    out.push(bitRange(start, width));
    start += width;
  }
  return out;
}

/** Bits [start, start+width) of the 64-bit value hi:lo (bit 0 = lowest bit of lo), width ≤ 32. */
function bitRange(start: number, width: number): (fp: Fingerprint) => number {
  const mask = width === 32 ? 0xffffffff : (1 << width) - 1;
  return (fp) => {
    // Shifting a 64-bit value held in two halves: take the pair as lo | hi << 32.
    let v: number;
    if (start >= 32) v = fp.hi >>> (start - 32);
    else if (start + width <= 32) v = fp.lo >>> start;
    else v = (fp.lo >>> start) | (fp.hi << (32 - start));
    return (v & mask) >>> 0;
  };
}
