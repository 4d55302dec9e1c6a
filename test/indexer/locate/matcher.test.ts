import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../indexer/locate/matcher.js';

const matcher = createMatcher({
  places: ['中山', '河南', '天河', '苏州', '苏州市', '山东', '东方'],
  weak: new Set(['天河', '东方']),
  placeBonus: (n) => (n === '河南' || n === '山东' ? 0.5 : 0.4),
  blockers: ['中山大学', '孙中山'],
  foreign: ['东京'],
  national: ['国务院'],
});
const found = (text: string) => matcher.find(text).map((h) => `${h.kind}:${h.text}@${h.start}`);

describe('matcher', () => {
  it('lets a longer word win over the name inside it', () => {
    expect(found('中山大学与孙中山')).toEqual(['blocker:中山大学@0', 'blocker:孙中山@5']);
    expect(found('苏州市场监管局')).toEqual(['place:苏州市@0']);
  });

  it('lets a strong name beat an overlapping weak one, wherever it starts', () => {
    expect(found('3天河南周口')).toEqual(['place:河南@2']);
    expect(found('山东方面')).toEqual(['place:山东@0']);
  });

  it('tells places, foreign places and national bodies apart, with their offsets', () => {
    expect(found('国务院：苏州与东京')).toEqual(['national:国务院@0', 'place:苏州@4', 'foreign:东京@7']);
  });

  it('finds nothing in text without names', () => {
    expect(matcher.find('信用修复办法')).toEqual([]);
    expect(matcher.find('')).toEqual([]);
  });
});
