import { describe, expect, it } from 'vitest';
import { createMinHashIndex, DEFAULT_LSH, estimateJaccard, minhash, shingleHashes, textSignature } from '../../../indexer/dedup/minhash.js';
import * as S from '../cluster/stories.js';

function jaccard(a: Uint32Array, b: Uint32Array): number {
  const sb = new Set(b);
  let n = 0;
  for (const x of a) if (sb.has(x)) n++;
  return n / (a.length + b.length - n);
}

const wire = S.story(S.FOOD, S.SUZHOU_FOOD_A, 0).body;

describe('MinHash', () => {
  it('shingles text without spaces or punctuation, each distinct shingle once', () => {
    expect(shingleHashes('苏州，市场 监管。', 3)).toEqual(shingleHashes('苏州市场监管', 3));
    expect(shingleHashes('苏州市场监管', 3)).toHaveLength(4);
    expect(shingleHashes('哈哈哈哈哈哈', 3)).toHaveLength(1);
    expect(shingleHashes('苏州', 5)).toHaveLength(1);
    expect(shingleHashes('，。 ', 5)).toHaveLength(0);
    expect(shingleHashes('苏州市场', 3)).not.toEqual(shingleHashes('市场苏州', 3));
  });

  it('estimates Jaccard similarity within sampling error', () => {
    const pairs: [string, string][] = [
      [wire, S.reprint(wire, 0)],
      [wire, S.story(S.FOOD, S.SUZHOU_FOOD_B, 0).body],
      [wire, S.story(S.WAGES, S.HEFEI_WAGES_A, 1).body],
    ];
    for (const [a, b] of pairs) {
      const sa = shingleHashes(a, 5);
      const sb = shingleHashes(b, 5);
      // 128 slots: the standard error is at most 0.044.
      expect(Math.abs(estimateJaccard(minhash(sa, 128), minhash(sb, 128)) - jaccard(sa, sb))).toBeLessThan(0.13);
    }
  });

  it('gives the same signature for the same text, and none for text without characters', () => {
    expect(textSignature(wire)).toEqual(textSignature(wire));
    expect(textSignature('。。。')).toBeNull();
  });

  it('refuses to compare signatures of different lengths', () => {
    expect(() => estimateJaccard(new Uint32Array(4), new Uint32Array(8))).toThrow(RangeError);
  });
});

describe('reprint index (MinHash LSH, the thresholds as specifications)', () => {
  const reprints = [S.FOOD, S.WAGES, S.SAFETY].flatMap((t) =>
    [S.SUZHOU_FOOD_A, S.HEFEI_WAGES_A, S.TAIYUAN_FIRE].flatMap((f) => t.bodies.map((_, v) => S.story(t, f, v).body)),
  );

  it('finds every reprint of a stored wire story (source line, editor line, synonyms: Jaccard ≥ 0.75)', () => {
    const index = createMinHashIndex<number>();
    reprints.forEach((body, i) => index.add(i, textSignature(body)!));
    reprints.forEach((body, i) => {
      const hits = index.near(textSignature(S.reprint(body, i))!);
      expect(hits[0]?.key).toBe(i);
      expect(hits[0]!.similarity).toBeGreaterThanOrEqual(DEFAULT_LSH.threshold);
    });
  });

  it('does not take a different story of the same kind in the same city for a reprint, even from the same template', () => {
    const index = createMinHashIndex<string>();
    [0, 1, 2].forEach((v) => index.add(`A${v}`, textSignature(S.story(S.FOOD, S.SUZHOU_FOOD_A, v).body)!));
    [0, 1, 2].forEach((v) => index.add(`W${v}`, textSignature(S.story(S.WAGES, S.HEFEI_WAGES_A, v).body)!));
    for (const v of [0, 1, 2]) {
      expect(index.near(textSignature(S.story(S.FOOD, S.SUZHOU_FOOD_B, v).body)!)).toEqual([]);
      expect(index.near(textSignature(S.story(S.WAGES, S.HEFEI_WAGES_B, v).body)!)).toEqual([]);
    }
  });

  it('does not take the same happening told in another site’s own words for a reprint', () => {
    const index = createMinHashIndex<number>();
    index.add(0, textSignature(S.story(S.FOOD, S.SUZHOU_FOOD_A, 0).body)!);
    expect(index.near(textSignature(S.story(S.FOOD, S.SUZHOU_FOOD_A, 1).body)!)).toEqual([]);
  });

  it('forgets removed entries', () => {
    const index = createMinHashIndex<number>();
    index.add(1, textSignature(wire)!);
    index.remove(1);
    expect(index.near(textSignature(wire)!)).toEqual([]);
    expect(index.size).toBe(0);
  });

  it('refuses signatures shorter than its bands', () => {
    const index = createMinHashIndex<number>({ bands: 32, rows: 4, threshold: 0.75 });
    expect(() => index.add(1, new Uint32Array(64))).toThrow(/shorter/);
  });
});
