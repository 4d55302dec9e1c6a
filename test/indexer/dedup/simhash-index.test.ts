import { describe, expect, it } from 'vitest';
import { fmix32 } from '../../../indexer/dedup/hash.js';
import { createSimHashIndex } from '../../../indexer/dedup/simhash-index.js';
import { hammingDistance, type Fingerprint } from '../../../indexer/dedup/simhash.js';

/** Deterministic pseudo-random fingerprints. */
function randomFp(i: number): Fingerprint {
  return { hi: fmix32(i * 2 + 1), lo: fmix32(i * 2 + 2) };
}

/** Flip `n` distinct bits of fp, chosen by seed. */
function flip(fp: Fingerprint, n: number, seed: number): Fingerprint {
  const bits = new Set<number>();
  for (let k = 0; bits.size < n; k++) bits.add(fmix32(seed * 977 + k) % 64);
  let { hi, lo } = fp;
  for (const b of bits) {
    if (b < 32) lo ^= 1 << b;
    else hi ^= 1 << (b - 32);
  }
  return { hi: hi >>> 0, lo: lo >>> 0 };
}

describe('SimHash banded index', () => {
  it('finds every stored fingerprint within the distance, and only those (checked against brute force)', () => {
    const k = 3;
    const index = createSimHashIndex<number>({ maxDistance: k });
    const stored: Fingerprint[] = [];
    for (let i = 0; i < 2000; i++) {
      // Every fourth entry is a planted neighbour of an earlier one, 0 to 6 bits away.
      const fp = i % 4 === 3 ? flip(stored[i - 3]!, i % 7, i) : randomFp(i);
      stored.push(fp);
      index.add(i, fp);
    }
    for (let q = 0; q < 300; q++) {
      const query = flip(stored[q * 5]!, q % 5, 10_000 + q);
      const expected = stored
        .map((fp, key) => ({ key, distance: hammingDistance(query, fp) }))
        .filter((m) => m.distance <= k)
        .sort((a, b) => a.distance - b.distance || a.key - b.key);
      expect(index.near(query)).toEqual(expected);
    }
  });

  it('reports the nearest first', () => {
    const index = createSimHashIndex<string>({ maxDistance: 4 });
    const base = randomFp(1);
    index.add('three', flip(base, 3, 1));
    index.add('same', base);
    index.add('one', flip(base, 1, 2));
    expect(index.near(base).map((m) => [m.key, m.distance])).toEqual([
      ['same', 0],
      ['one', 1],
      ['three', 3],
    ]);
  });

  it('forgets removed entries and replaces an entry added again under the same key', () => {
    const index = createSimHashIndex<string>({ maxDistance: 3 });
    const a = randomFp(7);
    index.add('a', a);
    index.add('b', flip(a, 2, 3));
    index.remove('a');
    expect(index.near(a).map((m) => m.key)).toEqual(['b']);
    index.add('b', randomFp(99));
    expect(index.near(a)).toEqual([]);
    expect(index.size).toBe(1);
  });

  it('refuses a distance the bands cannot guarantee', () => {
    expect(() => createSimHashIndex({ maxDistance: 16 })).toThrow(/0–15/);
    expect(() => createSimHashIndex({ maxDistance: -1 })).toThrow(/0–15/);
  });
});
