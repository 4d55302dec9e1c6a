import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../core/config.js';
import { createGazetteer } from '../../../core/gazetteer/index.js';
import {
  mainFrequencies,
  parseWordList,
  placeWords,
  substringsOf,
  userDictionaryFile,
  userDictionaryText,
  winningFrequency,
} from '../../../indexer/segment/dictionary.js';

const MAIN = '新 90000 a\n和 400000 c\n新和 10 ns\n苏州 1646 ns\n市场 26927 n\n';

describe('word lists', () => {
  it('reads words, optional frequencies and comments', () => {
    expect(parseWordList('# comment\n失信被执行人\n信易贷 5000\n\n', 'terms.txt', 3000)).toEqual([
      { word: '失信被执行人', freq: 3000 },
      { word: '信易贷', freq: 5000 },
    ]);
  });

  it('refuses lines that would corrupt the jieba dictionary, naming the line', () => {
    expect(() => parseWordList('信用 修复 x\n', 'terms.txt')).toThrow(ConfigError);
    expect(() => parseWordList('ok\n信用,修复\n', 'terms.txt')).toThrow(/terms\.txt[\s\S]*line 2/);
    expect(() => parseWordList('信用 -3\n', 'terms.txt')).toThrow(/frequency '-3'/);
  });
});

describe('user dictionary', () => {
  it('lists every gazetteer name of two or more characters, aliases included, tagged ns', () => {
    const words = new Map(placeWords(createGazetteer()).map((w) => [w.word, w]));
    expect(words.get('苏州市')?.tag).toBe('ns');
    expect(words.has('昆山')).toBe(true);
    expect(words.has('恩施州')).toBe(true);
    expect(words.has('沪')).toBe(false);
  });

  it('reads frequencies and the total from the main dictionary', () => {
    const main = mainFrequencies(MAIN, new Set(['苏州', '不在']));
    expect(main.freq).toEqual(new Map([['苏州', 1646]]));
    expect(main.total).toBe(90000 + 400000 + 10 + 1646 + 26927);
  });

  it('gives a word the frequency it needs to beat its likeliest split', () => {
    const main = mainFrequencies(MAIN, substringsOf(['新和']));
    const need = winningFrequency('新和', main);
    // 新 + 和 has probability 90000/T × 400000/T; the whole word must be likelier than that.
    expect(Math.log(need / main.total)).toBeGreaterThan(Math.log(90000 / main.total) + Math.log(400000 / main.total));
    const text = userDictionaryText([[{ word: '新和', freq: 500, tag: 'ns' }]], main);
    expect(text).toBe(`新和 ${Math.max(500, need)} ns\n`);
  });

  it('keeps the highest frequency of a repeated word and never lowers a main-dictionary word', () => {
    const main = mainFrequencies(MAIN, substringsOf(['苏州']));
    const text = userDictionaryText(
      [
        [{ word: '苏州', freq: 500, tag: 'ns' }],
        [{ word: '苏州', freq: 800, tag: 'nz' }],
      ],
      main,
    );
    expect(text).toBe('苏州 1646 nz\n');
  });

  it('writes the file once per distinct input, named by its content', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ccm-dict-'));
    const mainPath = join(dir, 'main.dict');
    writeFileSync(mainPath, MAIN);
    const a = userDictionaryFile([[{ word: '信易贷', freq: 3000, tag: 'nz' }]], mainPath, join(dir, 'cache'));
    const b = userDictionaryFile([[{ word: '信易贷', freq: 3000, tag: 'nz' }]], mainPath, join(dir, 'cache'));
    const c = userDictionaryFile([[{ word: '信易租', freq: 3000, tag: 'nz' }]], mainPath, join(dir, 'cache'));
    expect(b).toBe(a);
    expect(c).not.toBe(a);
    expect(readFileSync(a, 'utf8')).toMatch(/^信易贷 \d+ nz\n$/);
  });
});
