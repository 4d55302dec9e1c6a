import { describe, expect, it } from 'vitest';
import type { Segmenter } from '../../../indexer/segment/types.js';
import { indexedText, searchTokens, splitCompounds } from '../../../indexer/store/tokens.js';

// A segmenter that returns its input's space-separated words, to see what the store adds.
const words: Segmenter = { cut: (t) => t.split(' '), indexText: (t) => t.toLowerCase() };

describe('index tokens', () => {
  it('splits segmenter tokens into runs of letters and digits', () => {
    expect(indexedText(words, 'covid-19 3.5亿元 "苏州" a_b')).toBe('covid 19 3 5亿元 苏州 a b');
  });

  it('keeps repeats for indexing and drops them for queries', () => {
    expect(indexedText(words, '苏州 苏州 食品')).toBe('苏州 苏州 食品');
    expect(searchTokens(words, '苏州 食品 苏州')).toEqual(['苏州', '食品']);
  });

  it('yields nothing for punctuation-only text', () => {
    expect(searchTokens(words, '，。！ "*" -')).toEqual([]);
  });

  it('splits compounds made entirely of other query tokens from the required tokens', () => {
    expect(splitCompounds(['失信名单', '失信', '名单'])).toEqual({ required: ['失信', '名单'], boost: ['失信名单'] });
    // 市 is no query token, so 苏州市 stays required.
    expect(splitCompounds(['苏州市', '苏州'])).toEqual({ required: ['苏州市', '苏州'], boost: [] });
    expect(splitCompounds(['abab', 'ab'])).toEqual({ required: ['ab'], boost: ['abab'] });
    expect(splitCompounds([])).toEqual({ required: [], boost: [] });
  });
});

describe('index text of plain Chinese', () => {
  it('is the same whether or not the text needs the Unicode-aware split', () => {
    const plain = ['苏州 食品 企业 2026 abc', '苏州', '', ' 苏州', '苏州 ', '苏州  食品', '62.5 万元 covid-19 50%', '苏州 ｆｏｏ', 'é 苏州', '㐀 苏州', 'a·b 苏州'];
    for (const t of plain) expect(indexedText(words, t)).toBe(t.split(/[^\p{L}\p{N}\p{Co}]+/u).filter(Boolean).join(' '));
  });
});
