import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultGazetteer } from '../../../core/gazetteer/index.js';
import { createSegmenter, DEFAULT_CREDIT_TERMS_FILE, defaultSegmenter } from '../../../indexer/segment/index.js';
import { readWordList } from '../../../indexer/segment/dictionary.js';

const s = defaultSegmenter();
const tokens = (text: string) => new Set(s.indexText(text).split(' '));

describe('segmenter: project dictionaries', () => {
  it('keeps every credit term of config/dictionaries/credit-terms.txt as one token', () => {
    const terms = readWordList(DEFAULT_CREDIT_TERMS_FILE).map((t) => t.word.toLowerCase());
    expect(terms.length).toBeGreaterThan(250);
    const split = terms.filter((t) => s.cut(t).length !== 1);
    expect(split).toEqual([]);
  });

  it('keeps credit terms whole inside sentences', () => {
    expect(s.cut('法院将其纳入失信被执行人名单并限制高消费')).toEqual(expect.arrayContaining(['失信被执行人名单', '限制高消费']));
    expect(s.cut('全面推行双公示和信用承诺制度，用好信易贷平台')).toEqual(expect.arrayContaining(['双公示', '信用承诺', '信易贷']));
    expect(s.cut('对严重失信主体实施联合惩戒')).toEqual(expect.arrayContaining(['严重失信主体', '联合惩戒']));
    expect(s.cut('企业统一社会信用代码为')).toContain('统一社会信用代码');
  });

  it('keeps every gazetteer name of two or more characters as one token', () => {
    const names = defaultGazetteer().names().filter((n) => n.length >= 2);
    expect(names.length).toBeGreaterThan(6000);
    expect(names.filter((n) => s.cut(n).length !== 1)).toEqual([]);
  });

  it('keeps place names whole in sentences without swallowing the next word', () => {
    expect(s.cut('苏州市场监管局查处一批违法企业')).toEqual(['苏州', '市场监管局', '查处', '一批', '违法', '企业']);
    expect(s.cut('昆山市人民法院发布公告')).toContain('昆山市');
    expect(s.cut('浦东新区推出信用修复新举措')).toContain('浦东新区');
    expect(s.cut('恩施州通报一起欠薪案件')).toContain('恩施州');
    expect(s.cut('鹏城再出信用新政')).toContain('鹏城');
    expect(s.cut('南京市民办理业务')).toEqual(expect.arrayContaining(['南京', '市民']));
  });
});

describe('segmenter: index text', () => {
  it('drops stop words and punctuation from the index but not from cut', () => {
    expect(s.cut('我们的名单已经公布了。')).toEqual(['我们', '的', '名单', '已经', '公布', '了']);
    expect(s.indexText('我们的名单已经公布了。')).toBe('名单 公布');
  });

  it('keeps negation, which changes what a query means', () => {
    expect(tokens('不予处罚')).toContain('不予');
    expect(s.indexText('未 无 不')).toBe('未 无 不');
  });

  it('folds full-width forms and case', () => {
    expect(s.indexText('ＡＢＣ１２３ COVID')).toBe('abc123 covid');
  });

  it('adds the words a compound is made of, so that a query for a part finds it', () => {
    const doc = tokens('法院公布失信被执行人名单');
    for (const q of ['失信', '被执行人', '失信被执行人', '名单']) {
      for (const t of s.indexText(q).split(' ')) expect(doc).toContain(t);
    }
    expect(s.indexText('苏州市')).toBe('苏州市 苏州');
  });

  it('splits a place name only into place names, never into fragments', () => {
    expect(s.indexText('鄂尔多斯')).toBe('鄂尔多斯');
    expect(s.indexText('浦东新区')).toBe('浦东新区 浦东');
  });

  it('is idempotent, including words jieba cuts differently alone than in context', () => {
    const texts = [
      '苏州市场监管局查处一批失信被执行人',
      '最终全场砍下13分，配得上德国制造的称号',
      '清华大学教授王小云获奖，陈冠州向记者表示',
      '本报苏州11月20日电（记者 王安宁）昆山市人民法院发布限制高消费令',
      '每张纸上写满了SOS救命字样',
    ];
    for (const t of texts) {
      const once = s.indexText(t);
      expect(s.indexText(once)).toBe(once);
    }
  });

  it('is the same at index time and at query time for the same text', () => {
    const q = '信用修复 苏州';
    expect(s.indexText(q)).toBe(s.indexText(q));
    expect(s.indexText('信用修复')).toBe('信用修复 信用 修复');
  });

  it('indexes hostile input only up to the configured length', () => {
    const long = '信用'.repeat(200_000);
    expect(s.indexText(long).split(' ').length).toBeLessThanOrEqual(150_000);
  });
});

describe('segmenter: one dictionary per process', () => {
  it('returns the same dictionary for the same options and refuses a different one', () => {
    expect(createSegmenter().userDictPath).toBe(s.userDictPath);
    expect(readFileSync(s.userDictPath, 'utf8')).toMatch(/^失信被执行人 \d+ nz$/m);
    expect(() => createSegmenter({ extraWords: ['另一个词典'] })).toThrow(/one dictionary per process/);
  });
});
