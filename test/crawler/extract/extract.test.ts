import { describe, expect, it } from 'vitest';
import { simulatedClock } from '../../../core/clock.js';
import { extractArticle } from '../../../crawler/extract/index.js';

const PARA = [
  '市场监管部门近日对辖区内多家食品生产企业开展专项检查，发现部分企业存在标签标识不规范、进货查验记录缺失等问题。',
  '执法人员当场责令相关企业限期整改，并对两家情节较重的企业立案调查，依法将其违法信息记入企业信用档案。',
  '据介绍，今年以来当地已累计检查食品生产经营主体一千二百余家次，督促整改问题三百余个，公开曝光典型案例十五起。',
  '下一步，监管部门将持续加大抽检力度，推动信用分级分类监管，对失信主体实施联合惩戒，切实守护群众舌尖上的安全。',
];
const body = PARA.map((p) => `<p>${p}</p>`).join('\n');

function page(opts: { head?: string; header?: string; article?: string; after?: string; title?: string } = {}): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${opts.title ?? '某市开展食品安全专项检查_新闻中心_示例网'}</title>${opts.head ?? ''}</head>
<body>
<div class="nav"><a href="/">首页</a> <a href="/news/">新闻</a> <a href="/local/">地方</a> <a href="/finance/">财经</a></div>
${opts.header ?? '<h1 class="main-title">某市开展食品安全专项检查</h1><div class="info">2024年05月20日 09:30 来源：示例日报</div>'}
<div id="article">${opts.article ?? body}</div>
${opts.after ?? ''}
<div class="related"><h3>相关新闻</h3><ul><li><a href="/a/1.html">另一条新闻的标题在这里出现</a></li><li><a href="/a/2.html">第三条新闻标题也在这里</a></li></ul></div>
<div class="footer">Copyright © 示例网 版权所有 京ICP备00000000号</div>
</body></html>`;
}

describe('extractArticle: title', () => {
  it('takes the visible headline, not <title> with its site suffix', () => {
    expect(extractArticle(page()).title).toBe('某市开展食品安全专项检查');
  });
  it('falls back to <title> without the site suffix when no heading agrees with it', () => {
    const a = extractArticle(page({ header: '<div class="info">2024-05-20 09:30</div>' }));
    expect(a.title).toBe('某市开展食品安全专项检查');
    expect(a.diagnostics.titleFrom).toBe('document-title');
  });
  it('prefers the heading right above the text when <title> only names the site', () => {
    const a = extractArticle(page({ title: '新闻动态--示例学会官网', header: '<h3>首页 - 新闻动态</h3><h5>示例学会年会在重庆成功举行</h5><div>发布时间：2024-05-18</div>' }));
    expect(a.title).toBe('示例学会年会在重庆成功举行');
  });
  it('joins headline lines broken between Chinese characters and drops label badges', () => {
    expect(extractArticle(page({ header: '<h1>某市开展食品<br>\n安全专项检查</h1>' })).title).toBe('某市开展食品安全专项检查');
    expect(extractArticle(page({ header: '<h2 class="title"><span>原创</span>某市开展食品安全专项检查</h2>' })).title).toBe('某市开展食品安全专项检查');
  });
  it('keeps a real space inside the headline', () => {
    const a = extractArticle(page({ title: '多地项目连环爆雷 狂奔的龙湖_网易', header: '<h1>多地项目连环爆雷 狂奔的龙湖</h1>' }));
    expect(a.title).toBe('多地项目连环爆雷 狂奔的龙湖');
  });
});

describe('extractArticle: publish time', () => {
  it('reads the visible time next to the headline as Beijing time', () => {
    expect(extractArticle(page()).publishedAt).toBe('2024-05-20T09:30:00+08:00');
  });
  it('keeps seconds when shown and gives a date only when only a date is shown', () => {
    expect(extractArticle(page({ header: '<h1>某市开展食品安全专项检查</h1><span>2019-12-10 07:57:40</span>' })).publishedAt).toBe('2019-12-10T07:57:40+08:00');
    expect(extractArticle(page({ header: '<h1>某市开展食品安全专项检查</h1><span class="time">2019-05-17</span>' })).publishedAt).toBe('2019-05-17');
  });
  it('gets seconds from a meta tag that agrees with the visible minute or date', () => {
    const head = '<meta name="publishdate" content="2024-05-20 09:30:41">';
    expect(extractArticle(page({ head })).publishedAt).toBe('2024-05-20T09:30:41+08:00');
    const dateOnly = page({ head, header: '<h1>某市开展食品安全专项检查</h1><span class="time">2024-05-20</span>' });
    expect(extractArticle(dateOnly).publishedAt).toBe('2024-05-20T09:30:41+08:00');
    expect(extractArticle(page({ head, header: '<h1>某市开展食品安全专项检查</h1><span>2024-05-20 09:31</span>' })).publishedAt).toBe('2024-05-20T09:31:00+08:00');
  });
  it('reads a hinted meta tag by its content attribute', () => {
    const head = '<meta property="article:published_time" content="2024-05-20T09:30:41+08:00">';
    const a = extractArticle(page({ head, header: '<h1>某市开展食品安全专项检查</h1>' }), { hints: { publishedAt: ['meta[property="article:published_time"]'] } });
    expect(a).toMatchObject({ publishedAt: '2024-05-20T09:30:41+08:00', diagnostics: { timeFrom: 'hint' } });
  });
  it('wins over meta tags that disagree, which serve when nothing is visible', () => {
    const head = '<meta property="article:published_time" content="2024-05-20T02:00:00Z">';
    expect(extractArticle(page({ head })).publishedAt).toBe('2024-05-20T09:30:00+08:00');
    expect(extractArticle(page({ head, header: '<h1>某市开展食品安全专项检查</h1>' })).publishedAt).toBe('2024-05-20T10:00:00+08:00');
  });
  it('completes a year-less time from page data (百家号), taking its seconds when it agrees to the minute', () => {
    const head = '<meta itemprop="dateUpdate" content="2019-10-08 12:00:57">';
    const a = extractArticle(page({ head, header: '<h1>某市开展食品安全专项检查</h1><span class="date">发布时间：10-08</span><span class="time">12:00</span>' }));
    expect(a.publishedAt).toBe('2019-10-08T12:00:57+08:00');
  });
  it('resolves 昨天 from the page timestamp (WeChat var ct), or from the clock when there is none', () => {
    const withCt = page({ header: '<h1>某市开展食品安全专项检查</h1><em id="publish_time">昨天</em>', after: '<script>var ct = "1581517074";</script>' });
    expect(extractArticle(withCt).publishedAt).toBe('2020-02-12T22:17:54+08:00');
    const noCt = page({ header: '<h1>某市开展食品安全专项检查</h1><em>昨天 21:05</em>' });
    expect(extractArticle(noCt, { clock: simulatedClock('2024-05-21T03:00:00Z') }).publishedAt).toBe('2024-05-20T21:05:00+08:00');
    expect(extractArticle(noCt).publishedAt).toBeNull();
  });
  it('reads a labelled time printed below the article and ignores dates inside the text', () => {
    const a = extractArticle(
      page({
        header: '<h1>某市开展食品安全专项检查</h1>',
        article: `<p>2019年2月27日，${PARA[0]}</p>${body}`,
        after: '<div class="single-cat">发布日期：2019-03-06 14:34:05 所属分类：头条</div>',
      }),
    );
    expect(a.publishedAt).toBe('2019-03-06T14:34:05+08:00');
  });
  it('uses the date in the URL to veto implausible candidates, and as the last resort', () => {
    const stale = page({ header: '<h1>某市开展食品安全专项检查</h1><span>2010-01-01 08:00</span>' });
    expect(extractArticle(stale, { url: 'https://news.example.cn/2024/0520/c1-2.html' }).publishedAt).toBe('2024-05-20');
    const none = page({ header: '<h1>某市开展食品安全专项检查</h1>' });
    expect(extractArticle(none).publishedAt).toBeNull();
  });
  it('reads *_baidu ids when the headline is not found as an element', () => {
    const a = extractArticle(page({ header: '<div class="hd"><span id="pubtime_baidu">发布时间：2018-03-17 08:02:11</span></div>' }));
    expect(a.publishedAt).toBe('2018-03-17T08:02:11+08:00');
  });
});

describe('extractArticle: source', () => {
  it('reads the 来源 label near the headline', () => {
    expect(extractArticle(page()).source).toBe('示例日报');
  });
  it('reads a source element in the byline without its notes, not the same class in a side bar', () => {
    const header = '<h1>某市开展食品安全专项检查</h1><div class="meta"><span>2019-09-05 11:10</span> <span class="source">游民星空[整理]</span></div>';
    const after = '<ul class="feed"><li><a href="/x.html">别的新闻标题在侧栏</a><span class="source">侧栏媒体 ⋅</span></li></ul>';
    expect(extractArticle(page({ header, after })).source).toBe('游民星空');
    const noSource = '<h1>某市开展食品安全专项检查</h1><div class="meta"><span>2019-09-05 11:10</span></div>';
    expect(extractArticle(page({ header: noSource, after })).source).not.toBe('侧栏媒体');
  });
  it('falls back to a 来源 label below the article, ignoring 本站', () => {
    const header = '<h1>某市开展食品安全专项检查</h1>';
    expect(extractArticle(page({ header, after: '<div class="foot-info">来源：本站原创</div><div>来源：当代商报 时间：2019-09-23</div>' })).source).toBe('当代商报');
  });
});

describe('extractArticle: body', () => {
  const strip = (s: string) => s.replace(/\s+/g, '');
  it('returns the article paragraphs without navigation, related links or footer', () => {
    const b = extractArticle(page()).body;
    expect(b.split('\n')).toEqual(PARA);
  });
  it('drops 原标题, trailing editor and credit lines and share bars', () => {
    const article = `<p>（原标题：某地检查食品企业）</p>${body}<p>（完）</p><p>责任编辑：张三</p><p>校对：李四</p><div class="share-box">分享到：微信 微博</div>`;
    expect(extractArticle(page({ article })).body.split('\n')).toEqual(PARA);
  });
  it('drops previous/next article links and an author note at the tail', () => {
    const article = `${body}<p>（作者系评论员）</p><p>【上一篇】2027年研考报名人数公布</p><p>下一篇：某地召开信用建设推进会</p>`;
    expect(extractArticle(page({ article })).body.split('\n')).toEqual(PARA);
  });
  it('keeps a lead paragraph that starts like a byline word (记者从…获悉)', () => {
    const lead = '记者从市市场监管局获悉，全市食品安全专项检查已全面展开。';
    expect(extractArticle(page({ article: `<p>${lead}</p>${body}` })).body.split('\n')).toEqual([lead, ...PARA]);
    expect(extractArticle(page({ article: `<p>记者：王五</p>${body}` })).body.split('\n')).toEqual(PARA);
  });
  it('strips an editor credit glued to the last paragraph', () => {
    const article = `${body.replace(/<\/p>$/, '（责任编辑：HN666）</p>')}`;
    expect(extractArticle(page({ article })).body.endsWith('舌尖上的安全。')).toBe(true);
  });
  it('never counts hidden elements', () => {
    const article = `${body}<p style="display:none">隐藏的段落不应该出现在正文中，即使它很长很长，并且有很多标点符号，，，。</p>`;
    expect(extractArticle(page({ article })).body).not.toContain('隐藏的段落');
  });
  it('keeps image captions inside the body and code blocks with their lines', () => {
    const article = `<p><img src="a.jpg"></p><p class="caption">图为执法人员检查现场</p>${body}<pre>def f():\n    return 1\n</pre>`;
    const b = extractArticle(page({ article })).body;
    expect(b).toContain('图为执法人员检查现场');
    expect(b).toContain('def f():\n    return 1');
  });
  it('keeps content after a stray </html> (parsed as a browser does)', () => {
    const html = `<html><head><title>决议_政府网</title></head><body><div class="header">网站导航</div></html><div id="content">${body}</div></body>`;
    expect(strip(extractArticle(html).body)).toBe(strip(PARA.join('')));
  });
  it('follows site hints, and falls back to density when a hint finds nothing or too little', () => {
    const extra = PARA.slice(0, 3).map((p) => `<p>附：${p}</p>`).join('');
    const html = page({ after: `<div class="extra">${extra}</div><p class="caption">图为检查现场的图片说明文字</p>` });
    expect(extractArticle(html, { hints: { body: ['div.extra'] } })).toMatchObject({ body: PARA.slice(0, 3).map((p) => `附：${p}`).join('\n'), diagnostics: { bodyFrom: 'hint' } });
    for (const body of [['div.missing'], ['p.caption']]) {
      const fallback = extractArticle(html, { hints: { body } });
      expect(fallback.diagnostics.bodyFrom).toBe('density');
      expect(fallback.body.split('\n')).toEqual(PARA);
    }
    const removed = extractArticle(page(), { hints: { remove: ['#article p:first-child'] } });
    expect(removed.body.split('\n')).toEqual(PARA.slice(1));
  });
  it('caps hostile input: a huge page is cut, not parsed whole', () => {
    const huge = page() + '<div>' + '<span>x</span>'.repeat(300_000) + '</div>';
    const a = extractArticle(huge, { maxHtmlChars: 1_000_000 });
    expect(a.diagnostics.truncated).toBe(true);
    expect(a.title).toBe('某市开展食品安全专项检查');
  });
  it('survives hostile nesting tens of thousands of elements deep, keeping the deep text', () => {
    const deep = '<html><body>' + '<div>'.repeat(30_000) + '<p>深处的文字，也要读出来。</p>' + '</div>'.repeat(30_000) + '</body></html>';
    expect(extractArticle(deep).body).toBe('深处的文字，也要读出来。');
  });
  it('treats an unclosed <script> as raw text to the end, as a browser does', () => {
    const a = extractArticle(page() + '<script>var a = "<p>不是正文</p>";');
    expect(a.body).not.toContain('不是正文');
    expect(a.body.split('\n')).toEqual(PARA);
  });
});
