// MinHash signatures over character shingles and a banded LSH index: the estimated Jaccard
// similarity of two shingle sets is the share of signature slots where their minima agree.
//
// This is what the clusterer uses for reprints, chosen by measurement (bench/quality/analysis.ts
// prints it per seed). Reprints are the same wire copy with the dateline dropped, a source or editor
// line added, a synonym or two swapped, sometimes the last paragraph cut; the hard negatives are
// different stories of the same kind and city written from the same templates. Character
// 5-shingle Jaccard puts replica reprints at 0.7–1 (98% ≥ 0.8) and same-template stories of the same
// city below 0.6, while 64-bit SimHash over the same articles' weighted words (a few hundred words
// each) scatters light edits over 3–9 bits, where a banded index for k ≥ 8 returns a large share
// of all stored articles as candidates.
import { fmix32 } from './hash.js';

export interface MinHashOptions {
  /** Signature length (number of hash functions). */
  permutations: number;
  /** Characters per shingle. */
  shingle: number;
}

export const DEFAULT_MINHASH: MinHashOptions = { permutations: 128, shingle: 5 };

const SKIPPED = /[\s\p{P}\p{S}]+/gu;

/**
 * The distinct 32-bit hashes of a text's character n-grams (whitespace and punctuation removed),
 * sorted. Windows are hashed from their code units directly: no substring is ever built.
 */
export function shingleHashes(text: string, n: number): Uint32Array {
  const s = text.replace(SKIPPED, '');
  const count = Math.max(s.length - n + 1, s.length > 0 ? 1 : 0);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = 0x811c9dc5;
    const end = Math.min(i + n, s.length);
    for (let k = i; k < end; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
    out[i] = fmix32(h);
  }
  out.sort();
  let distinct = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[i - 1]) out[distinct++] = out[i]!;
  return out.subarray(0, distinct);
}

const families = new Map<number, { a: Uint32Array; b: Uint32Array }>();
/** Per-slot odd multipliers and offsets: slot i hashes x as (x ⊕ b_i)·a_i mod 2^32 with an xor-shift. */
function family(k: number): { a: Uint32Array; b: Uint32Array } {
  let f = families.get(k);
  if (!f) {
    const a = new Uint32Array(k);
    const b = new Uint32Array(k);
    for (let i = 0; i < k; i++) {
      a[i] = fmix32(2 * i + 0x51ed27) | 1;
      b[i] = fmix32(2 * i + 0x9e3779);
    }
    f = { a, b };
    families.set(k, f);
  }
  return f;
}

/** MinHash signature of a set of 32-bit element hashes. */
export function minhash(hashes: ArrayLike<number>, permutations: number): Uint32Array {
  const { a, b } = family(permutations);
  const sig = new Uint32Array(permutations).fill(0xffffffff);
  for (let j = 0; j < hashes.length; j++) {
    const x = hashes[j]!;
    for (let i = 0; i < permutations; i++) {
      let h = Math.imul(x ^ b[i]!, a[i]!);
      h = (h ^ (h >>> 15)) >>> 0;
      if (h < sig[i]!) sig[i] = h;
    }
  }
  return sig;
}

/** Signature of a text's character shingles; null when the text has no characters to shingle. */
export function textSignature(text: string, opts: MinHashOptions = DEFAULT_MINHASH): Uint32Array | null {
  const sh = shingleHashes(text, opts.shingle);
  return sh.length === 0 ? null : minhash(sh, opts.permutations);
}

export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length) throw new RangeError(`signatures differ in length: ${a.length} vs ${b.length}`);
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** The estimated Jaccard similarity if it reaches `min`, else null, giving up as soon as it cannot. */
function similarityAtLeast(a: Uint32Array, b: Uint32Array, min: number): number | null {
  const allowed = Math.floor((1 - min) * a.length + 1e-9);
  let differ = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i] && ++differ > allowed) return null;
  }
  return (a.length - differ) / a.length;
}

export interface MinHashIndexOptions {
  bands: number;
  rows: number;
  /** Estimated Jaccard similarity at or above which a candidate is reported. */
  threshold: number;
}

/** 32 bands of 4 rows: a pair at Jaccard 0.75 shares a band with certainty (1 − 10⁻⁵), at 0.2 with probability 0.05. */
export const DEFAULT_LSH: MinHashIndexOptions = { bands: 32, rows: 4, threshold: 0.75 };

export interface MinHashIndex<K> {
  readonly size: number;
  add(key: K, sig: Uint32Array): void;
  remove(key: K): void;
  /** Entries whose estimated Jaccard similarity reaches the threshold, most similar first (ties in insertion order). */
  near(sig: Uint32Array): { key: K; similarity: number }[];
}

export function createMinHashIndex<K>(opts: MinHashIndexOptions = DEFAULT_LSH): MinHashIndex<K> {
  if (!(opts.threshold > 0 && opts.threshold <= 1)) throw new RangeError(`threshold must be in (0, 1], got ${opts.threshold}`);
  const buckets = Array.from({ length: opts.bands }, () => new Map<number, Set<K>>());
  const entries = new Map<K, { sig: Uint32Array; order: number }>();
  let counter = 0;
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
  const index = {
    get size() {
      return entries.size;
    },
    add(key: K, sig: Uint32Array) {
      check(sig);
      if (entries.has(key)) index.remove(key);
      entries.set(key, { sig, order: counter++ });
      for (let b = 0; b < opts.bands; b++) {
        const k = bandKey(sig, b);
        const set = buckets[b]!.get(k) ?? new Set<K>();
        set.add(key);
        buckets[b]!.set(k, set);
      }
    },
    remove(key: K) {
      const e = entries.get(key);
      if (!e) return;
      entries.delete(key);
      for (let b = 0; b < opts.bands; b++) {
        const k = bandKey(e.sig, b);
        const set = buckets[b]!.get(k);
        set?.delete(key);
        if (set?.size === 0) buckets[b]!.delete(k);
      }
    },
    near(sig: Uint32Array) {
      check(sig);
      const seen = new Set<K>();
      const out: { key: K; similarity: number; order: number }[] = [];
      for (let b = 0; b < opts.bands; b++) {
        for (const key of buckets[b]!.get(bandKey(sig, b)) ?? []) {
          if (seen.has(key)) continue;
          seen.add(key);
          const e = entries.get(key)!;
          const similarity = similarityAtLeast(sig, e.sig, opts.threshold);
          if (similarity !== null) out.push({ key, similarity, order: e.order });
        }
      }
      out.sort((x, y) => y.similarity - x.similarity || x.order - y.order);
      return out.map(({ key, similarity }) => ({ key, similarity }));
    },
  };
  return index;
}
