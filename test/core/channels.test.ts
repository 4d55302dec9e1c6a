// The channel list schema of national sources: the three forms (html, json, jsonp), what each needs,
// and the messages a maintainer reads when a source file gets it wrong.
import { describe, expect, it } from 'vitest';
import { ConfigError, validateConfig } from '../../core/config.js';
import { NationalSourceSchema } from '../../core/sources.js';

const source = (channels: unknown[]) => ({
  id: 'site',
  kind: 'national',
  name: '测试网',
  homepage: { url: 'https://www.example.cn/' },
  article: { urlPatterns: ['/a/'] },
  channels,
});

function problems(channels: unknown[]): string[] {
  try {
    validateConfig(NationalSourceSchema, source(channels), 'site.yaml');
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  throw new Error('expected the source to be refused');
}

describe('channel lists', () => {
  it('are optional: a source without them has none', () => {
    const { channels: _, ...without } = source([]);
    expect(NationalSourceSchema.parse(without).channels).toEqual([]);
  });

  it('take html lists by selector and json/jsonp lists by item path, with title and url fields defaulted', () => {
    const s = NationalSourceSchema.parse(
      source([
        { id: 'society', url: 'http://society.example.cn/GB/136657/index.html', format: 'html', itemSelector: 'ul.list_14 li' },
        { id: 'roll', url: 'https://feed.example.cn/api/roll/get?lid=1356', format: 'json', itemsPath: 'result.data' },
        { id: 'news', url: 'https://news.example.cn/page/news_1.jsonp?cb=news', format: 'jsonp', itemsPath: 'data.list', headers: { Referer: 'https://news.example.cn/news/' } },
      ]),
    );
    expect(s.channels.map((c) => [c.id, c.format, c.render, c.linkSelector, c.titleField, c.urlField])).toEqual([
      ['society', 'html', 'static', 'a[href]', 'title', 'url'],
      ['roll', 'json', 'static', 'a[href]', 'title', 'url'],
      ['news', 'jsonp', 'static', 'a[href]', 'title', 'url'],
    ]);
    expect(s.channels[2]!.headers).toEqual({ Referer: 'https://news.example.cn/news/' });
  });

  it('refuse an html list without an item selector and a json list without an item path, saying what is missing', () => {
    expect(problems([{ id: 'a', url: 'https://www.example.cn/a.html', format: 'html' }])).toEqual([
      'channels.0.itemSelector: an html channel needs itemSelector (one element per listed article)',
    ]);
    expect(problems([{ id: 'b', url: 'https://www.example.cn/b.json', format: 'jsonp' }])).toEqual([
      'channels.0.itemsPath: a jsonp channel needs itemsPath (where the item array is, e.g. data.list)',
    ]);
  });

  it('refuse an unknown format, a repeated id and a reserved header', () => {
    expect(problems([{ id: 'a', url: 'https://www.example.cn/a', format: 'xml' }])).toEqual(["channels.0.format: expected one of 'html', 'json', 'jsonp', got 'xml'"]);
    const twice = { id: 'a', url: 'https://www.example.cn/a.json', format: 'json', itemsPath: 'data' };
    expect(problems([twice, twice])).toEqual(["channels.1.id: channel id 'a' is used twice"]);
    expect(problems([{ ...twice, headers: { Host: 'x' } }])[0]).toMatch(/^channels\.0\.headers\.Host: .*set by the crawler/);
  });
});
