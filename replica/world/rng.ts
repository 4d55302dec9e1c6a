// Seeded randomness. Every entity draws from its own stream, derived from the world seed and the
// entity's id, so content generated lazily (an article body rendered on first request) is the same
// whatever order pages are requested in.

import { fmix32 } from '../../core/fmix32.js';

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** Uniform in [min, max). */
  float(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Pick with weights (need not sum to 1). */
  weighted<T>(items: readonly T[], weights: readonly number[]): T;
  /** k distinct items in random order (all of them when k ≥ length). */
  sample<T>(items: readonly T[], k: number): T[];
  shuffle<T>(items: readonly T[]): T[];
  /** Standard normal draw. */
  normal(): number;
  /** Poisson draw with the given mean. */
  poisson(mean: number): number;
  /** A child stream: same parent state and label → same child. */
  fork(label: string | number): Rng;
}

/** 32-bit FNV-1a over the parts, then a murmur3 finaliser for better avalanche. */
export function hash32(...parts: (string | number)[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    const s = String(part);
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0x1f;
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

interface RngState {
  a: number;
  b: number;
  c: number;
  d: number;
}

// Methods live on one shared prototype: streams are created by the hundred thousand, and a
// closure per method per stream would dominate world generation.
const PROTO: Rng & RngState = {
  a: 0,
  b: 0,
  c: 0,
  d: 0,
  next(this: RngState) {
    // sfc32: small, fast and statistically sound for simulation (not for cryptography).
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t / 4294967296;
  },
  int(min, max) {
    return min + Math.floor(this.next() * (max - min + 1));
  },
  float(min, max) {
    return min + this.next() * (max - min);
  },
  chance(p) {
    return this.next() < p;
  },
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  },
  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    let total = 0;
    for (const w of weights) total += w;
    let x = this.next() * total;
    for (let i = 0; i < items.length; i++) {
      x -= weights[i] ?? 0;
      if (x < 0) return items[i] as T;
    }
    return items[items.length - 1] as T;
  },
  sample<T>(items: readonly T[], k: number): T[] {
    return this.shuffle(items).slice(0, Math.max(0, k));
  },
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  },
  normal() {
    const u = Math.max(this.next(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  },
  poisson(mean) {
    if (mean <= 0) return 0;
    if (mean > 50) return Math.max(0, Math.round(mean + Math.sqrt(mean) * this.normal()));
    const l = Math.exp(-mean);
    let k = 0;
    let p = 1;
    do {
      k++;
      p *= this.next();
    } while (p > l);
    return k - 1;
  },
  fork(this: RngState, label) {
    return createRng(this.a, this.b, this.c, this.d, label);
  },
};

export function createRng(...seedParts: (string | number)[]): Rng {
  const r = Object.create(PROTO) as Rng & RngState;
  r.a = hash32('a', ...seedParts);
  r.b = hash32('b', ...seedParts);
  r.c = hash32('c', ...seedParts);
  r.d = 1;
  for (let i = 0; i < 12; i++) r.next();
  return r;
}

/** Digits, upper-case letters and lower-case hex, for site-specific ids. */
export const DIGITS = '0123456789';
export const UPPER_ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LOWER_ALNUM = '0123456789abcdefghijklmnopqrstuvwxyz';
export const HEX = '0123456789abcdef';

export function randomString(rng: Rng, alphabet: string, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) s += alphabet[Math.floor(rng.next() * alphabet.length)];
  return s;
}
