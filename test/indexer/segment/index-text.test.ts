import { describe, expect, it } from 'vitest';
import { foldText, indexTokens, type IndexTextRules } from '../../../indexer/segment/index-text.js';

// A toy segmenter: words are separated by spaces; 苏州市 is made of 苏州.
const rules: IndexTextRules = {
  cut: (text) => text.split(/\s+/).filter(Boolean),
  parts: (token) => (token === '苏州市' ? ['苏州'] : token === '失信被执行人' ? ['失信', '被执行人', '执行'] : []),
  stopWords: new Set(['的']),
  maxChars: 1000,
};

describe('index tokens', () => {
  it('follows a compound with its parts and drops stop words', () => {
    expect(indexTokens('苏州市 的 失信被执行人', rules)).toEqual(['苏州市', '苏州', '失信被执行人', '失信', '被执行人', '执行']);
  });

  it('does not expand a compound already followed by its parts, so a second pass changes nothing', () => {
    const once = indexTokens('苏州市 失信被执行人 名单', rules);
    expect(indexTokens(once.join(' '), rules)).toEqual(once);
  });

  it('folds width and case, and cuts off hostile lengths', () => {
    expect(foldText('ＡＢＣ１２３', 100)).toBe('abc123');
    expect(foldText('一二三四五', 3)).toBe('一二三');
  });
});
