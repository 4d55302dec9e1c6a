import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { NationalSource } from '../../../core/sources.js';
import { isNational, loadSourcesDir } from '../../../crawler/registry/index.js';
import { SnapshotParseError } from '../../../crawler/snapshot/errors.js';
import { channelOf, homepageOf, rankingsOf } from '../../../crawler/snapshot/saved.js';

const sources = new Map(loadSourcesDir('config/sources').filter(isNational).map((s) => [s.id, s] as [string, NationalSource]));

describe('snapshots of saved files with the configured adapters', () => {
  it('reads a saved qq hot-ranking JSON body with the JSON endpoints, skipping the description card', () => {
    const body = JSON.stringify({ idlist: [{ newslist: [{ title: '热点榜说明，每10分钟更新一次' }, { title: '第一条', url: 'https://new.qq.com/rain/a/20251016A07W8J00', hotEvent: { hotScore: 100 } }] }] });
    const { items, missing } = rankingsOf(sources.get('qq')!, new TextEncoder().encode(body));
    expect(items.filter((i) => i.list === '热点榜')).toEqual([{ list: '热点榜', rank: 1, title: '第一条', url: 'https://new.qq.com/rain/a/20251016A07W8J00', score: 100 }]);
    expect(missing).toEqual([]);
  });
  it('reads a GBK sina JSONP body and can restrict to one list', () => {
    const body = iconv.encode('var all_1_data = {"data":[{"title":"新闻","url":"https://news.sina.com.cn/c/2019-11-25/doc-iihnzhfz1462161.shtml","top_num":"1,234"}]};', 'gbk');
    const { items } = rankingsOf(sources.get('sina')!, new Uint8Array(body), { lists: ['新闻总排行'] });
    expect(items).toEqual([{ list: '新闻总排行', rank: 1, title: '新闻', url: 'https://news.sina.com.cn/c/2019-11-25/doc-iihnzhfz1462161.shtml', score: 1234 }]);
  });
  it('fails with every reason when no configured list is in the file', () => {
    expect(() => rankingsOf(sources.get('163')!, new TextEncoder().encode('<html><body>改版</body></html>'))).toThrowError(SnapshotParseError);
    expect(() => rankingsOf(sources.get('gmw')!, new TextEncoder().encode('<html></html>'))).toThrowError(/no html ranking/);
  });
  it('reads a saved channel list with the configured channel, and names the configured ones when asked for another', () => {
    const body = JSON.stringify({ result: { data: [{ title: '国内新闻一', url: 'https://news.sina.com.cn/c/2026-11-20/doc-abcdefgh1234567.shtml', ctime: '1763600000' }] } });
    expect(channelOf(sources.get('sina')!, 'china-roll', new TextEncoder().encode(body))).toEqual([
      { position: 1, title: '国内新闻一', url: 'https://news.sina.com.cn/c/2026-11-20/doc-abcdefgh1234567.shtml' },
    ]);
    expect(() => channelOf(sources.get('sina')!, 'nope', new TextEncoder().encode(body))).toThrowError(/no channel 'nope' \(configured: china-roll/);
  });
  it('reads a GBK homepage whose charset only the meta tag declares', () => {
    const html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><a href="http://politics.people.com.cn/n1/2024/0520/c1001-40000000.html">人民网要闻标题</a></body></html>';
    expect(homepageOf(sources.get('people')!, new Uint8Array(iconv.encode(html, 'gbk')))).toEqual([
      { position: 1, url: 'http://politics.people.com.cn/n1/2024/0520/c1001-40000000.html', title: '人民网要闻标题', section: null },
    ]);
  });
});
