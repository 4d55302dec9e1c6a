import { describe, expect, it } from 'vitest';
import { parseHomepage, type HomepageParseSpec } from '../../../crawler/snapshot/homepage.js';

const spec = (over: Partial<HomepageParseSpec> = {}): HomepageParseSpec => ({
  articlePatterns: [/^https?:\/\/[a-z0-9.-]+\.example\.cn\/\d{4}-\d{2}\/\d{2}\/content_\d+\.htm$/],
  ignoreSelectors: [],
  minTitleLength: 4,
  ...over,
});
const base = 'http://www.example.cn/';
const url = (n: number) => `http://news.example.cn/2024-05/20/content_${n}.htm`;

describe('parseHomepage', () => {
  it('lists article links in document order with position, title and section from the nearest heading', () => {
    const html = `<h2>要闻</h2><ul><li><a href="${url(1)}">第一条要闻标题</a></li><li><a href="${url(2)}">第二条要闻标题</a></li></ul>
      <h2>地方</h2><a href="/about.html">关于我们的页面</a><a href="${url(3)}">地方新闻的标题</a>
      <a href="${url(4)}"><h3>一条用标题标签包起来的头条新闻标题</h3></a><h3>这是一个很长的标题而不是栏目名称所以不算栏目</h3><a href="${url(5)}">栏目仍然是地方</a>`;
    expect(parseHomepage(html, spec(), base)).toEqual([
      { position: 1, url: url(1), title: '第一条要闻标题', section: '要闻' },
      { position: 2, url: url(2), title: '第二条要闻标题', section: '要闻' },
      { position: 3, url: url(3), title: '地方新闻的标题', section: '地方' },
      { position: 4, url: url(4), title: '一条用标题标签包起来的头条新闻标题', section: '地方' },
      { position: 5, url: url(5), title: '栏目仍然是地方', section: '地方' },
    ]);
  });
  it('splits nested anchors as a browser does (gmw.cn CMS wrappers)', () => {
    const html = `<a href="http://www.example.cn/index/2024-05/20/content_9.htm"><b><A href="${url(1)}">第一条新闻标题</A> <A href="${url(2)}">第二条新闻标题</A></b></a>`;
    expect(parseHomepage(html, spec(), base).map((i) => [i.url, i.title])).toEqual([
      [url(1), '第一条新闻标题'],
      [url(2), '第二条新闻标题'],
    ]);
  });
  it('strips whitespace and &nbsp; around hrefs and skips hrefs that are not URLs', () => {
    const html = `<a href="\n${url(1)} ">带换行的链接标题</a><a href="&nbsp;${url(2)}">带空格的链接标题</a><a href="海外博物馆">海外博物馆展览</a>`;
    expect(parseHomepage(html, spec(), base).map((i) => i.url)).toEqual([url(1), url(2)]);
  });
  it('skips image-only links, short texts and labels; the first qualifying link of a URL wins', () => {
    const html = `<a href="${url(1)}"><img src="a.jpg" alt=""></a><a href="${url(1)}">评</a><a href="${url(1)}">［阅读］</a>
      <a href="${url(1)}">真正的标题文字</a><a href="${url(1)}">同一页面的另一个标题</a><a href="https://news.example.cn/2024-05/20/content_1.htm">https 版本链接的标题</a>`;
    expect(parseHomepage(html, spec(), base)).toEqual([
      { position: 1, url: url(1), title: '真正的标题文字', section: null, otherTitles: ['同一页面的另一个标题', 'https 版本链接的标题'] },
    ]);
  });
  it('titles a block link by its heading and joins text across <br> as written', () => {
    const html = `<a href="${url(1)}"><h4>块链接的标题</h4><div><img src="x.jpg"><p>这里是一段摘要文字，不是标题。</p></div></a>
      <a href="${url(2)}"><strong>[网友看两会]<br></strong>天工人巧日争新</a>`;
    expect(parseHomepage(html, spec(), base).map((i) => i.title)).toEqual(['块链接的标题', '[网友看两会]天工人巧日争新']);
  });
  it('flags links in hidden blocks and drops ignored regions', () => {
    const html = `<div style="display: none"><a href="${url(1)}">隐藏轮播里的标题</a></div><div class="tab hidden"><a href="${url(2)}">隐藏标签页里的标题</a></div>
      <a href="${url(3)}">可见的新闻标题</a><div class="footer"><a href="${url(4)}">许可证编号链接</a></div>`;
    const items = parseHomepage(html, spec({ ignoreSelectors: ['div.footer'] }), base);
    expect(items.map((i) => [i.url, i.hidden ?? false])).toEqual([
      [url(1), true],
      [url(2), true],
      [url(3), false],
    ]);
  });
  it('names sections from data-section or the configured section selector', () => {
    const html = `<div data-section="头条"><a href="${url(1)}">头条区域的标题</a></div>
      <div class="box"><div class="box-title">财经</div><a href="${url(2)}">财经区域的标题</a></div>`;
    const items = parseHomepage(html, spec({ sectionSelector: 'div.box', sectionTitleSelector: '.box-title' }), base);
    expect(items.map((i) => i.section)).toEqual(['头条', '财经']);
  });
  it('survives hostile nesting: structure below the depth limit is flattened to text, links there are dropped', () => {
    const deep = '<div>'.repeat(30_000) + `<a href="${url(1)}">深处链接的标题</a>` + '</div>'.repeat(30_000) + `<a href="${url(2)}">浅处链接的标题</a>`;
    expect(parseHomepage(deep, spec(), base).map((i) => i.url)).toEqual([url(2)]);
  });
  it('drops tracking queries from sohu-style links through canonicalUrl', () => {
    const html = `<a href="http://www.sohu.com/a/225684321_119038?_f=index_news_1">搜狐新闻的标题</a>`;
    const items = parseHomepage(html, spec({ articlePatterns: [/^https?:\/\/(?:www|m)\.sohu\.com\/a\/\d+_\d+/] }), 'http://www.sohu.com/');
    expect(items[0]!.url).toBe('http://www.sohu.com/a/225684321_119038');
  });
});
