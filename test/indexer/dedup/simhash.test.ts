import { describe, expect, it } from 'vitest';
import { fingerprintFromHex, fingerprintToHex, hammingDistance, simhash } from '../../../indexer/dedup/simhash.js';
import { defaultTermWeighting, weightedTerms } from '../../../indexer/dedup/terms.js';
import { defaultSegmenter } from '../../../indexer/segment/index.js';
import * as S from '../cluster/stories.js';

const seg = defaultSegmenter();
const fp = (text: string) => simhash(weightedTerms(seg.cut(text), defaultTermWeighting()));

describe('SimHash', () => {
  it('gives identical feature sets identical fingerprints and counts differing bits', () => {
    const body = S.story(S.FOOD, S.SUZHOU_FOOD_A, 0).body;
    expect(hammingDistance(fp(body), fp(body))).toBe(0);
    expect(hammingDistance({ hi: 0, lo: 0 }, { hi: 0x80000001, lo: 0xff })).toBe(10);
  });

  it('puts a reprint much closer than an unrelated story', () => {
    const body = S.story(S.FOOD, S.SUZHOU_FOOD_A, 0).body;
    const near = hammingDistance(fp(body), fp(S.reprint(body, 0)));
    const far = hammingDistance(fp(body), fp(S.story(S.SAFETY, S.TAIYUAN_FIRE, 1).body));
    expect(near).toBeLessThan(12);
    expect(far).toBeGreaterThan(20);
  });

  it('weights features: a heavy feature decides its bits', () => {
    const light = simhash(new Map([['甲', 1], ['乙', 1]]));
    const heavy = simhash(new Map([['甲', 100], ['乙', 1]]));
    expect(hammingDistance(heavy, simhash(new Map([['甲', 1]])))).toBe(0);
    expect(light).not.toEqual(heavy);
  });

  it('round-trips through hex', () => {
    const f = fp('苏州市场监管局通报一起食品安全案件');
    expect(fingerprintFromHex(fingerprintToHex(f))).toEqual(f);
    expect(fingerprintToHex({ hi: 1, lo: 0xabc })).toBe('0000000100000abc');
    expect(() => fingerprintFromHex('xyz')).toThrow(/64-bit/);
  });
});
