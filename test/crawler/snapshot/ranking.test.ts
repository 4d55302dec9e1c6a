import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchmarkDir } from '../../../bench/extraction/data.js';
import type { HtmlRanking, JsonRanking } from '../../../core/sources.js';
import { decodeHtml } from '../../../crawler/charset.js';
import { isNational, loadSourcesDir } from '../../../crawler/registry/index.js';
import { SnapshotParseError } from '../../../crawler/snapshot/errors.js';
import { parseCount, parseHtmlRankings, parseRanking } from '../../../crawler/snapshot/ranking.js';
import { rankingsOf } from '../../../crawler/snapshot/saved.js';

const html = (over: Partial<HtmlRanking> = {}): HtmlRanking => ({ kind: 'html', list: '点击榜', url: 'https://news.163.com/rank/', render: 'static', itemSelector: 'div.tabContents tr', linkSelector: 'a[href]', ...over });
const json = (over: Partial<JsonRanking> = {}): JsonRanking => ({ kind: 'json', list: '热点榜', url: 'https://r.inews.qq.com/x', itemsPath: 'data', titleField: 'title', urlField: 'url', ...over });

describe('parseRanking: static HTML (163 rank table, GBK bytes)', () => {
  const page = `<html><head><meta charset="gbk"></head><body><div class="tabContents"><table>
    <tr><th>标题</th><th>点击数</th></tr>
    <tr><td class="red"><span>1</span><a href="https://news.163.com/20/0703/13/FGK7NCOR0001899O.html">山东通报"苟晶事件"：15人被处理</a></td><td class="cBlue">105,373</td></tr>
    <tr><td class="gray"><span>2</span><a href="/20/0702/19/FGI8IUEP0001899O.html">第二条新闻</a></td><td class="cBlue">102037</td></tr>
    <tr><td class="rank">11<a href="https://news.163.com/20/0702/21/FGIENBGS0001899O.html">第十一条</a></td><td>71617</td></tr>
  </table></div></body></html>`;
  it('reads rank cells, titles, resolved URLs and counts', () => {
    const { text } = decodeHtml(new Uint8Array(iconv.encode(page, 'gbk')));
    const items = parseRanking(text, html({ rankSelector: 'td:first-child span, td.rank', scoreSelector: 'td:nth-child(2)' }), 'https://news.163.com/rank/');
    expect(items).toEqual([
      { list: '点击榜', rank: 1, title: '山东通报"苟晶事件"：15人被处理', url: 'https://news.163.com/20/0703/13/FGK7NCOR0001899O.html', score: 105373 },
      { list: '点击榜', rank: 2, title: '第二条新闻', url: 'https://news.163.com/20/0702/19/FGI8IUEP0001899O.html', score: 102037 },
      { list: '点击榜', rank: 11, title: '第十一条', url: 'https://news.163.com/20/0702/21/FGIENBGS0001899O.html', score: 71617 },
    ]);
  });
  it('numbers items by order when no rank cell is configured, score null without a score cell', () => {
    const items = parseRanking('<ol class="ph_list"><li><!--1--><a href="http://a.people.com.cn/n1/2019/0614/c1-1.html">甲</a></li><li><a href="http://a.people.com.cn/n1/2019/0614/c1-2.html">乙</a></li></ol>', html({ itemSelector: 'ol.ph_list > li' }), 'http://www.people.com.cn/');
    expect(items.map((i) => [i.rank, i.title, i.score])).toEqual([[1, '甲', null], [2, '乙', null]]);
  });
  it('throws a typed error instead of returning an empty list when the page lacks the list', () => {
    expect(() => parseRanking('<html><body><p>改版了</p></body></html>', html(), 'https://news.163.com/')).toThrowError(SnapshotParseError);
    expect(() => parseRanking('<div class="tabContents"><table><tr><th>标题</th></tr></table></div>', html(), 'https://news.163.com/')).toThrowError(
      expect.objectContaining({ reason: 'no-items-matched', list: '点击榜' }),
    );
  });
  it('parses many lists of one page at once, each succeeding or failing on its own', () => {
    const out = parseHtmlRankings(page, [html(), html({ list: '不存在', itemSelector: '#nope li' })], () => 'https://news.163.com/');
    expect(out.map((o) => ('items' in o ? o.items.length : o.error.reason))).toEqual([3, 'no-items-matched']);
  });
});

describe('parseRanking: JSONP (sina GetTopDataList)', () => {
  const body = `var all_1_data = {"conf":{},"data":[{"id":"1","title":"卷走10亿 女总裁被押解回国","url":"https:\\/\\/news.sina.com.cn\\/c\\/2019-11-25\\/doc-iihnzhfz1462161.shtml","media":"新京报","top_num":"1,234,567"},{"id":"2","title":"第二条","url":"https:\\/\\/news.sina.com.cn\\/s\\/2019-11-24\\/doc-iihnzahi3077830.shtml","top_num":"98,765"}]};`;
  it('reads the items array and numbers with thousands separators', () => {
    const items = parseRanking(body, json({ kind: 'jsonp', list: '新闻总排行', scoreField: 'top_num' }), 'https://top.news.sina.com.cn/');
    expect(items).toEqual([
      { list: '新闻总排行', rank: 1, title: '卷走10亿 女总裁被押解回国', url: 'https://news.sina.com.cn/c/2019-11-25/doc-iihnzhfz1462161.shtml', score: 1234567 },
      { list: '新闻总排行', rank: 2, title: '第二条', url: 'https://news.sina.com.cn/s/2019-11-24/doc-iihnzahi3077830.shtml', score: 98765 },
    ]);
  });
  it('accepts callback-style JSONP', () => {
    expect(parseRanking(`cb(${JSON.stringify({ data: [{ title: '甲', url: 'https://a.cn/1' }] })});`, json({ kind: 'jsonp' }), 'https://a.cn/')).toHaveLength(1);
  });
  it('throws on a truncated body', () => {
    expect(() => parseRanking(body.slice(0, 120), json({ kind: 'jsonp' }), 'https://a.cn/')).toThrowError(expect.objectContaining({ reason: 'malformed-json', list: '热点榜' }));
  });
});

describe('parseRanking: JSON (qq hot_ranking_list)', () => {
  const doc = {
    ret: 0,
    idlist: [
      {
        newslist: [
          { id: 'desc', title: '腾讯新闻热点榜，每10分钟更新一次' },
          { id: 'a', title: '第一条热点', url: 'https://new.qq.com/rain/a/20251016A07W8J00', hotEvent: { hotScore: 4567890 } },
          { id: 'b', title: '第二条热点', url: 'https://new.qq.com/rain/a/20251016A07W8K00', hotEvent: { hotScore: '12.3万' } },
        ],
      },
    ],
  };
  const endpoint = json({ itemsPath: 'idlist.0.newslist', scoreField: 'hotEvent.hotScore' });
  it('skips the description card and reads dotted paths', () => {
    expect(parseRanking(JSON.stringify(doc), endpoint, 'https://news.qq.com/')).toEqual([
      { list: '热点榜', rank: 1, title: '第一条热点', url: 'https://new.qq.com/rain/a/20251016A07W8J00', score: 4567890 },
      { list: '热点榜', rank: 2, title: '第二条热点', url: 'https://new.qq.com/rain/a/20251016A07W8K00', score: 123000 },
    ]);
  });
  it('reports a missing path, a non-array and unusable entries as typed errors', () => {
    expect(() => parseRanking('{"ret":0}', endpoint, 'https://news.qq.com/')).toThrowError(expect.objectContaining({ reason: 'missing-items' }));
    expect(() => parseRanking('{"idlist":[{"newslist":{}}]}', endpoint, 'https://news.qq.com/')).toThrowError(expect.objectContaining({ reason: 'not-a-list' }));
    expect(() => parseRanking('{"idlist":[{"newslist":[{"id":1}]}]}', endpoint, 'https://news.qq.com/')).toThrowError(expect.objectContaining({ reason: 'no-items-matched' }));
    expect(() => parseRanking('<html>blocked</html>', endpoint, 'https://news.qq.com/')).toThrowError(expect.objectContaining({ reason: 'malformed-json' }));
  });
});

describe('parseCount', () => {
  it('reads counts as sites print them', () => {
    expect(['1,234', '63,748', '987', '12.3万', '1.5亿', 42, '无'].map(parseCount)).toEqual([1234, 63748, 987, 123000, 150000000, 42, null]);
  });
});

describe('configured rankings only', () => {
  it("does not report gmw.cn's numbered editorial box (#blogRank) as a click ranking", () => {
    const gmw = loadSourcesDir('config/sources').filter(isNational).find((s) => s.id === 'gmw')!;
    const bytes = readFileSync(join(benchmarkDir('homepages'), 'homepages', 'gmw.html'));
    expect(decodeHtml(bytes).text).toContain('blogRank');
    expect(() => rankingsOf(gmw, bytes)).toThrowError(SnapshotParseError);
  });
});
