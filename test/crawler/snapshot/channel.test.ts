// Channel lists in the forms the real sites use (research/sites.md): 人民网 dated lines, 央视网 JSONP,
// 光明网 node pages, 新浪 roll API JSON, 腾讯 list API JSON; each read by the ranking adapters.
import { describe, expect, it } from 'vitest';
import { ChannelListSchema } from '../../../core/sources.js';
import { MAX_CHANNEL_ITEMS, parseChannel, SnapshotParseError } from '../../../crawler/snapshot/index.js';

const channel = (c: Record<string, unknown>) => ChannelListSchema.parse({ id: 'c', ...c });

describe('channel lists', () => {
  it('人民网: <a href=…html>title</a> [YYYY年MM月DD日HH:MM] lines, relative links resolved, other page links ignored', () => {
    const html = `<html><body><div class="nav"><a href="/GB/1004/index.html">财经</a></div>
<div class="ej_list_box"><ul class="list_14">
<li><a href="/n1/2026/1120/c1008-40000001.html" target="_blank">某市通报失信被执行人名单</a> [2026年11月20日09:15]</li>
<li><a href='http://society.people.com.cn/n1/2026/1120/c1008-40000002.html'>企业信用修复工作推进会召开</a> [2026年11月20日08:02]</li>
</ul></div></body></html>`;
    const c = channel({ url: 'http://society.people.com.cn/GB/136657/index.html', format: 'html', itemSelector: '.ej_list_box ul.list_14 li' });
    expect(parseChannel(html, c, c.url)).toEqual([
      { position: 1, title: '某市通报失信被执行人名单', url: 'http://society.people.com.cn/n1/2026/1120/c1008-40000001.html' },
      { position: 2, title: '企业信用修复工作推进会召开', url: 'http://society.people.com.cn/n1/2026/1120/c1008-40000002.html' },
    ]);
  });

  it('央视网: <cat>({"data":{"list":[…]}}) JSONP', () => {
    const body = `society({"data":{"total":2,"list":[{"title":"快递公司虚假宣传被罚","url":"https://news.cctv.com/2026/11/20/ARTIabcdefghijklmnopqrst261120.shtml","focus_date":"2026-11-20 10:01:00","image":"","brief":""},{"title":"无链接的推广","image":"x.jpg"}]}})`;
    const c = channel({ url: 'https://news.cctv.com/2019/07/gaiban/cmsdatainterface/page/society_1.jsonp?cb=society', format: 'jsonp', itemsPath: 'data.list' });
    expect(parseChannel(body, c, c.url)).toEqual([{ position: 1, title: '快递公司虚假宣传被罚', url: 'https://news.cctv.com/2026/11/20/ARTIabcdefghijklmnopqrst261120.shtml' }]);
  });

  it('光明网: node_<id>.htm with .channel-newsGroup li, the title link inside .channel-newsTitle', () => {
    const html = `<div class="channelLeftPart"><div class="channel-newsGroup"><ul>
<li><span class="channel-newsTitle"><a href="2026-11/20/content_37000001.htm">诚信经营示范街区揭牌</a></span><span class="channel-newsTime">2026-11-20</span></li>
<li><span class="channel-newsTime"><a href="/node_1.htm">更多</a></span></li>
</ul></div></div>`;
    const c = channel({ url: 'https://legal.gmw.cn/node_4108.htm', format: 'html', itemSelector: '.channelLeftPart .channel-newsGroup li', linkSelector: '.channel-newsTitle > a' });
    expect(parseChannel(html, c, c.url)).toEqual([{ position: 1, title: '诚信经营示范街区揭牌', url: 'https://legal.gmw.cn/2026-11/20/content_37000001.htm' }]);
  });

  it('新浪: roll API result.data[] and 腾讯: list API data.list[]', () => {
    const roll = JSON.stringify({ result: { status: { code: 0 }, data: [{ docid: 'comos:1', title: '商家拒不退押金被列入经营异常', url: 'https://news.sina.com.cn/s/2026-11-20/doc-iabc.shtml', ctime: '1795146860' }] } });
    const sina = channel({ url: 'https://feed.mix.sina.com.cn/api/roll/get?pageid=121&lid=1356', format: 'json', itemsPath: 'result.data' });
    expect(parseChannel(roll, sina, sina.url).map((i) => i.title)).toEqual(['商家拒不退押金被列入经营异常']);
    const list = JSON.stringify({ ret: 0, data: { list: [{ title: '守信企业获贷款便利', url: 'https://news.qq.com/rain/a/20261120A01ABC00', publish_time: '2026-11-20 08:00:00' }] } });
    const qq = channel({ url: 'https://i.news.qq.com/trpc.qqnews_web.kv_srv.kv_srv_http_proxy/list?sub_srv_id=24hours', format: 'json', itemsPath: 'data.list' });
    expect(parseChannel(list, qq, qq.url)).toEqual([{ position: 1, title: '守信企业获贷款便利', url: 'https://news.qq.com/rain/a/20261120A01ABC00' }]);
  });

  it('says why a list is missing: nothing matched the item selector, or no array at the item path', () => {
    const html = channel({ url: 'https://www.example.cn/list.html', format: 'html', itemSelector: 'ul.news-list li' });
    expect(() => parseChannel('<html><body><p>改版了</p></body></html>', html, html.url)).toThrow(SnapshotParseError);
    expect(() => parseChannel('<html><body></body></html>', html, html.url)).toThrow(/nothing matched 'ul.news-list li'/);
    const json = channel({ url: 'https://www.example.cn/list.json', format: 'json', itemsPath: 'data.list' });
    expect(() => parseChannel('{"data":{}}', json, json.url)).toThrow(/no value at 'data.list'/);
    expect(parseChannel('{"data":{"list":[]}}', json, json.url)).toEqual([]);
  });

  it('keeps at most MAX_CHANNEL_ITEMS of a list that is hostile or broken', () => {
    const data = Array.from({ length: MAX_CHANNEL_ITEMS + 50 }, (_, i) => ({ title: `标题${i}`, url: `https://www.example.cn/a/${i}.html` }));
    const c = channel({ url: 'https://www.example.cn/list.json', format: 'json', itemsPath: 'data' });
    const items = parseChannel(JSON.stringify({ data }), c, c.url);
    expect(items).toHaveLength(MAX_CHANNEL_ITEMS);
    expect(items.at(-1)).toEqual({ position: MAX_CHANNEL_ITEMS, title: `标题${MAX_CHANNEL_ITEMS - 1}`, url: `https://www.example.cn/a/${MAX_CHANNEL_ITEMS - 1}.html` });
  });
});
