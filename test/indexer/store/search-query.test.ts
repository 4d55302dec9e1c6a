import { describe, expect, it } from 'vitest';
import type { Segmenter } from '../../../indexer/segment/types.js';
import { normalizeSearchQuery } from '../../../indexer/store/search-query.js';
import { SEARCH_DEFAULT_LIMIT, SEARCH_MAX_WINDOW } from '../../../indexer/store/types.js';

const words: Segmenter = { cut: (t) => t.split(' '), indexText: (t) => t };

describe('search query normalisation', () => {
  it('defaults to relevance with tokens and to date without', () => {
    expect(normalizeSearchQuery({ text: '苏州 食品' }, words)).toEqual({ tokens: ['苏州', '食品'], boost: [], sort: 'relevance', offset: 0, limit: SEARCH_DEFAULT_LIMIT });
    expect(normalizeSearchQuery({ text: '！', sort: 'relevance' }, words).sort).toBe('date');
    expect(normalizeSearchQuery({ text: '苏州', sort: 'date' }, words).sort).toBe('date');
  });

  it('requires the parts of a compound and keeps the compound as a boost', () => {
    expect(normalizeSearchQuery({ text: '严重违法失信名单 严重违法失信 严重 违法 失信 名单 苏州市 苏州' }, words)).toMatchObject({
      tokens: ['严重', '违法', '失信', '名单', '苏州市', '苏州'],
      boost: ['严重违法失信名单', '严重违法失信'],
    });
  });

  it('turns the publish range into instants and keeps filters as given', () => {
    const n = normalizeSearchQuery({ from: '2026-11-20', to: '2026-11-21T00:00:00Z', sourceIds: [], cityCode: '320500', polarity: ['breach'] }, words);
    expect(n).toMatchObject({ fromMs: Date.parse('2026-11-19T16:00:00Z'), toMs: Date.parse('2026-11-21T00:00:00Z'), sourceIds: [], cityCode: '320500', polarity: ['breach'] });
  });

  it('refuses bad paging with the limits in the message', () => {
    expect(() => normalizeSearchQuery({ offset: SEARCH_MAX_WINDOW - 5, limit: 6 }, words)).toThrow(`must not exceed ${SEARCH_MAX_WINDOW}`);
    expect(() => normalizeSearchQuery({ offset: 1.5 }, words)).toThrow(/non-negative integer/);
    expect(normalizeSearchQuery({ offset: SEARCH_MAX_WINDOW - 5, limit: 5 }, words).offset).toBe(SEARCH_MAX_WINDOW - 5);
  });
});
