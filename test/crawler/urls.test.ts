import { describe, expect, it } from 'vitest';
import { canonicalUrl, cleanHref, resolveHref } from '../../crawler/urls.js';

describe('canonicalUrl', () => {
  it('lower-cases the host, drops the default port and the fragment', () => {
    expect(canonicalUrl('HTTP://News.CCTV.com:80/2025/10/16/ARTIabc.shtml#comments')).toBe('http://news.cctv.com/2025/10/16/ARTIabc.shtml');
    expect(canonicalUrl('https://www.news.cn:443/politics/20251010/abc/c.html')).toBe('https://www.news.cn/politics/20251010/abc/c.html');
  });
  it('drops tracking parameters and keeps and sorts meaningful ones', () => {
    expect(canonicalUrl('https://news.qq.com/rain/a/20251016A07W8J00?utm_source=wx&utm_medium=x&spm=a.b&from=timeline')).toBe(
      'https://news.qq.com/rain/a/20251016A07W8J00',
    );
    expect(canonicalUrl('http://example.gov.cn/list.do?page=2&id=7&share_token=abc&_f=index')).toBe('http://example.gov.cn/list.do?id=7&page=2');
  });
  it("drops sohu's whole query, which only carries tracking", () => {
    expect(canonicalUrl('http://www.sohu.com/a/225684321_119038?_f=index_news_1')).toBe('http://www.sohu.com/a/225684321_119038');
    expect(canonicalUrl('http://www.sohu.com/a/225684321_119038?g=0?code=abc')).toBe('http://www.sohu.com/a/225684321_119038');
  });
  it("drops china.com.cn's display switches only, keeping other parameters there", () => {
    expect(canonicalUrl('http://news.china.com.cn/2018-03/17/content_50717723.htm?f=pad&a=true')).toBe('http://news.china.com.cn/2018-03/17/content_50717723.htm');
    expect(canonicalUrl('http://app.china.com.cn/detail?id=42&f=pad')).toBe('http://app.china.com.cn/detail?id=42');
    expect(canonicalUrl('http://example.cn/page?f=pad')).toBe('http://example.cn/page?f=pad');
  });
  it('takes its tracking list from options', () => {
    expect(canonicalUrl('http://a.cn/x?k=1&keep=2', { trackingParams: ['k'], dropQueryHosts: [] })).toBe('http://a.cn/x?keep=2');
    expect(canonicalUrl('http://m.a.cn/x?k=1', { dropQueryHosts: ['a.cn'] })).toBe('http://m.a.cn/x');
  });
  it('is idempotent and rejects non-http URLs', () => {
    const once = canonicalUrl('https://WWW.163.com/dy/article/ABCDEF0123456789.html?spm=1#x');
    expect(canonicalUrl(once)).toBe(once);
    expect(() => canonicalUrl('javascript:alert(1)')).toThrow(TypeError);
    expect(() => canonicalUrl('/relative/path.html')).toThrow(TypeError);
  });
});

describe('resolveHref', () => {
  const base = 'http://www.people.com.cn/';
  it('strips surrounding whitespace and no-break spaces before resolving', () => {
    expect(resolveHref('\nhttp://theory.people.com.cn/n1/2018/0317/c40531-29873.html', base)).toBe('http://theory.people.com.cn/n1/2018/0317/c40531-29873.html');
    expect(resolveHref('\t http://travel.people.com.cn/n1/2018/0316/c41570-29872905.html ', base)).toBe('http://travel.people.com.cn/n1/2018/0316/c41570-29872905.html');
    expect(resolveHref('\u00a0http://news.gmw.cn/2018-03/17/content_28010476.htm', base)).toBe('http://news.gmw.cn/2018-03/17/content_28010476.htm');
    expect(resolveHref('&nbsp;http://news.gmw.cn/2018-03/17/content_28010476.htm', base)).toBe('http://news.gmw.cn/2018-03/17/content_28010476.htm');
  });
  it('resolves relative links and rejects non-navigable ones', () => {
    expect(resolveHref('n1/2018/0317/c1-2.html', 'http://politics.people.com.cn/GB/1024/index.html')).toBe('http://politics.people.com.cn/GB/1024/n1/2018/0317/c1-2.html');
    expect(resolveHref('//www.163.com/a.html', 'https://news.163.com/')).toBe('https://www.163.com/a.html');
    for (const h of ['javascript:void(0)', 'mailto:x@y.cn', '#top', '', '   ', null]) expect(resolveHref(h, base)).toBeNull();
  });
  it('cleans the edges only, also on long whitespace runs', () => {
    expect(cleanHref('  a b  ')).toBe('a b');
    const long = ' '.repeat(200_000) + 'x' + ' '.repeat(200_000) + 'y';
    expect(cleanHref(long)).toBe(long.trimStart());
  });
});
