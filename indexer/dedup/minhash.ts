// MinHash signatures and a banded LSH index over shingle sets: the estimated Jaccard similarity of
// two sets is the share of signature slots where their minima agree.
import { fmix32, hash64 } from './hash.js';

export interface MinHashOptions {
  /** Signature length (number of hash functions). */
  permutations: number;
}

/** Character n-grams of text with whitespace and punctuation removed. */
export function charShingles(text: string, n: number): Set<string> {
  const s = text.replace(/[\s\p{P}\p{S}]+/gu, '');
  const out = new Set<string>();
  for (let i = 0; i + n <= s.length; i++) out.add(s.slice(i, i + n));
  if (out.size === 0 && s.length > 0) out.add(s);
  return out;
}

export function minhash(shingles: Iterable<string>, opts: MinHashOptions): Uint32Array {
  const sig = new Uint32Array(opts.permutations).fill(0xffffffff);
  for (const sh of shingles) {
    const { hi, lo } = hash64(sh);
    // Kirsch–Mitzenmacher: h_i = lo + i·hi, finalised, behaves as independent hash functions.
    for (let i = 0; i < sig.length; i++) {
      const h = fmix32((lo + Math.imul(i, hi)) | 0);
      if (h < sig[i]!) sig[i] = h;
    }
  }
  return sig;
}

export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length) throw new RangeError(`signatures differ in length: ${a.length} vs ${b.length}`);
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

export interface MinHashIndexOptions {
  bands: number;
  rows: number;
  /** Estimated Jaccard similarity at or above which a candidate is reported. */
  threshold: number;
}

export interface MinHashIndex<K> {
  readonly size: number;
  add(key: K, sig: Uint32Array): void;
  /** Entries whose estimated Jaccard similarity reaches the threshold, most similar first. */
  near(sig: Uint32Array): { key: K; similarity: number }[];
}

export function createMinHashIndex<K>(opts: MinHashIndexOptions): MinHashIndex<K> {
  const buckets = Array.from({ length: opts.bands }, () => new Map<number, K[]>());
  const entries = new Map<K, Uint32Array>();
  const bandKey = (sig: Uint32Array, band: number) => {
    let h = band;
    for (let r = 0; r < opts.rows; r++) h = fmix32(h ^ sig[band * opts.rows + r]!);
    return h;
  };
  const check = (sig: Uint32Array) => {
    if (sig.length < opts.bands * opts.rows) {
      throw new RangeError(`signature of ${sig.length} slots is shorter than ${opts.bands} bands × ${opts.rows} rows`);
    }
  };
  return {
    get size() {
      return entries.size;
    },
    add(key, sig) {
      check(sig);
      entries.set(key, sig);
      for (let b = 0; b < opts.bands; b++) {
        const k = bandKey(sig, b);
        const list = buckets[b]!.get(k) ?? [];
        list.push(key);
        buckets[b]!.set(k, list);
      }
    },
    near(sig) {
      check(sig);
      const seen = new Set<K>();
      const out: { key: K; similarity: number }[] = [];
      for (let b = 0; b < opts.bands; b++) {
        for (const key of buckets[b]!.get(bandKey(sig, b)) ?? []) {
          if (seen.has(key)) continue;
          seen.add(key);
          const similarity = estimateJaccard(sig, entries.get(key)!);
          if (similarity >= opts.threshold) out.push({ key, similarity });
        }
      }
      return out.sort((a, b) => b.similarity - a.similarity);
    },
  };
}
