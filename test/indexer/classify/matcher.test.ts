import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../indexer/classify/matcher.js';

describe('createMatcher', () => {
  const m = createMatcher([
    { pattern: { literals: ['失信', '失信被执行人'] }, entry: 'a' },
    { pattern: { re: '拖欠.{0,4}工资' }, entry: 'b' },
  ]);

  it('finds every literal occurrence, overlapping ones included, with positions', () => {
    const hits = m.find('失信被执行人和失信企业');
    expect(hits.map((h) => [h.text, h.start])).toEqual([
      ['失信被执行人', 0],
      ['失信', 0],
      ['失信', 7],
    ]);
  });

  it('finds regular-expression cues across a gap', () => {
    expect(m.find('公司拖欠员工工资').map((h) => [h.entry, h.text])).toEqual([['b', '拖欠员工工资']]);
  });

  it('finds nothing in unrelated text', () => {
    expect(m.find('今天天气很好')).toEqual([]);
  });
});
