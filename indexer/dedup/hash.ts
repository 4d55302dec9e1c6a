// A fast, seedless 64-bit string hash as two 32-bit halves. Near-duplicate fingerprints need
// well-spread bits per feature, not cryptographic strength, and they are computed for every token
// of every article, so this stays in plain 32-bit integer arithmetic (no BigInt, no digest objects).

import { fmix32 } from '../../core/fmix32.js';

export { fmix32 };

export interface Hash64 {
  hi: number;
  lo: number;
}

/** Two independent multiplicative hashes over UTF-16 code units, each finalised. */
export function hash64(s: string): Hash64 {
  let a = 0x811c9dc5;
  let b = 0x9e3779b9 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return { hi: fmix32(a), lo: fmix32(b ^ a) };
}

/** Set bits in a 32-bit integer. */
export function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}
