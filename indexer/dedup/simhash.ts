// Charikar's SimHash: a 64-bit fingerprint of a weighted feature set, where similar sets give
// fingerprints a small Hamming distance apart. Reprints (the same wire story lightly edited by
// another site) land within a few bits; different stories land about 32 bits apart.
import { hash64, popcount32, type Hash64 } from './hash.js';

export type Fingerprint = Hash64;

export function simhash(features: ReadonlyMap<string, number>): Fingerprint {
  const acc = new Float64Array(64);
  for (const [feature, weight] of features) {
    const { hi, lo } = hash64(feature);
    for (let bit = 0; bit < 32; bit++) {
      acc[bit] = acc[bit]! + ((hi >>> bit) & 1 ? weight : -weight);
      acc[bit + 32] = acc[bit + 32]! + ((lo >>> bit) & 1 ? weight : -weight);
    }
  }
  let hi = 0;
  let lo = 0;
  for (let bit = 0; bit < 32; bit++) {
    if (acc[bit]! > 0) hi |= 1 << bit;
    if (acc[bit + 32]! > 0) lo |= 1 << bit;
  }
  return { hi: hi >>> 0, lo: lo >>> 0 };
}

export function hammingDistance(a: Fingerprint, b: Fingerprint): number {
  return popcount32(a.hi ^ b.hi) + popcount32(a.lo ^ b.lo);
}

/** 16 hex digits, for storage and display. */
export function fingerprintToHex(f: Fingerprint): string {
  return f.hi.toString(16).padStart(8, '0') + f.lo.toString(16).padStart(8, '0');
}

export function fingerprintFromHex(hex: string): Fingerprint {
  if (!/^[0-9a-f]{16}$/i.test(hex)) throw new Error(`not a 64-bit fingerprint: ${JSON.stringify(hex)}`);
  return { hi: parseInt(hex.slice(0, 8), 16) >>> 0, lo: parseInt(hex.slice(8), 16) >>> 0 };
}
