// 网易 (research/sites.md §13): homepage and rank pages GBK, articles UTF-8.
// Articles `/<news|dy|money>/article/<16 upper alnum>.html`: `h1.post_title`, publish time in
// `html@data-publishtime`, `.post_body`, `.post_author` 责任编辑; older `#epContentLeft` +
// `.post_time_source` + `#endText`; mobile `og:title` ending "_手机网易网" and `og:release_date`.
// Rank page `/special/0001386F/rank_news.html`: static GBK, boards `div.tabContents` → `table tr`,
// rank in `td.red`/`td.gray` `<span>n</span>` next to the link, the count in the next `td`.
import { shanghaiParts } from '../../../core/clock.js';
import { adBlock, analytics, footer, linkItems, navLinks } from '../chrome.js';
import { esc, formatTime, paragraphs } from '../html.js';
import { articleUrl } from '../links.js';
import { siteProfile } from '../profiles.js';
import { articleUrlPatterns } from '../urls.js';
import { html, type ArticleView, type HomepageView, type NationalSiteModule, type PageContext, type Rendered } from '../types.js';

export const NETEASE_RANK_PATH = '/special/0001386F/rank_news.html';

const NAV: [string, string][] = [
  ['新闻', '/news/'],
  ['国内', '/domestic/'],
  ['国际', '/world/'],
  ['财经', '/money/'],
  ['排行', NETEASE_RANK_PATH],
];

function homepage(v: HomepageView): Rendered {
  const o = v.ctx.origin('163');
  const blocks = v.sections
    .map((s) =>
      s.hidden
        ? `<div class="mod_top_news2 hidden" data-section="${esc(s.title)}"><ul>${linkItems(s.items)}</ul></div>`
        : `<div class="ns_area list" data-section="${esc(s.title)}"><div class="ns_area_tit"><h2>${esc(s.title)}</h2></div>${s.items.map((l) => `<div class="data_row news_article"><div class="news_title"><h3><a href="${esc(l.href)}">${esc(l.title)}</a></h3></div></div>`).join('\n')}</div>`,
    )
    .join('\n');
  const body = `<!DOCTYPE HTML><html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk" /><title>网易新闻</title></head><body>
<div class="N-nav-channel">${navLinks(o, NAV, 'nav')}</div>
<div class="index_body">${blocks}
<div class="ns_area list" data-section="专题"><div class="ns_area_tit"><h2>专题</h2></div><ul>${linkItems(v.faults)}</ul></div>
</div>
${adBlock('ad_hub', '163_ad_1')}
${footer('N-footer', '网易公司', shanghaiParts(v.ctx.t).year, '粤B2-20090191')}
${analytics('163')}
</body></html>`;
  return html(body, 'gbk', 'text/html; charset=GBK');
}

function articlePost(v: ArticleView): Rendered {
  const a = v.article;
  const o = v.ctx.origin('163');
  const body = `<!DOCTYPE HTML><html data-publishtime="${formatTime(a.publishedAt, 'dash-second')}"><head><meta charset="utf-8">
<title>${esc(a.title)}|${esc(a.source)}_网易订阅</title>
<meta name="keywords" content="" />
</head><body>
<div class="N-nav-channel">${navLinks(o, NAV, 'nav')}</div>
<div class="container clearfix"><div class="post_main">
<h1 class="post_title">${esc(a.title)}</h1>
<div class="post_info">${formatTime(a.publishedAt, 'dash-second')}　来源: <a href="${o}/">${esc(a.source)}</a></div>
<div class="post_content"><div class="post_body">
${paragraphs(v.body)}
</div>
<div class="post_author"><a href="${o}/"><img src="/img/logo_163.png" alt="" /></a>本文来源：${esc(a.source)} 责任编辑：${esc(v.editor)}</div></div>
<div class="post_recommends"><h3>相关推荐</h3><ul>${linkItems(v.related)}</ul></div>
</div><div class="post_side">${adBlock('ad_side', '163_ad_art')}</div></div>
${footer('N-footer', '网易公司', shanghaiParts(v.ctx.t).year, '粤B2-20090191')}
</body></html>`;
  return html(body, 'utf8', 'text/html; charset=utf-8');
}

function articleEp(v: ArticleView): Rendered {
  const a = v.article;
  const body = `<!DOCTYPE HTML><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>${esc(a.title)}_网易新闻</title>
<meta property="article:published_time" content="${formatTime(a.publishedAt, 'iso')}" />
</head><body>
<div id="epContentLeft"><h1>${esc(a.title)}</h1>
<div class="post_time_source">${formatTime(a.publishedAt, 'dash-second')}　来源: <a id="ne_article_source" href="/">${esc(a.source)}</a></div>
<div class="post_text" id="endText">
${paragraphs(v.body)}
<div class="ep-source cDGray"><span class="left"><a href="/"><img src="/img/logo.png" alt="" /></a> 本文来源：${esc(a.source)} </span><span class="ep-editor">责任编辑：${esc(v.editor)}</span></div>
</div></div>
<div id="epContentRight"><ul>${linkItems(v.related)}</ul></div>
${footer('N-footer', '网易公司', shanghaiParts(v.ctx.t).year, '粤B2-20090191')}
</body></html>`;
  return html(body, 'utf8', 'text/html');
}

function articleMobile(v: ArticleView): Rendered {
  const a = v.article;
  const body = `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${esc(a.title)}_手机网易网</title>
<meta property="og:title" content="${esc(a.title)}_手机网易网">
<meta property="og:release_date" content="${formatTime(a.publishedAt, 'dash-second')}">
</head><body>
<header class="m-header">网易新闻</header>
<article class="article"><h1 class="title">${esc(a.title)}</h1>
<div class="info"><span class="source">${esc(a.source)}</span></div>
<div class="article-body">${paragraphs(v.body)}</div></article>
<footer class="m-footer"><a href="/">打开网易新闻 查看精彩图片</a></footer>
</body></html>`;
  return html(body, 'utf8', 'text/html; charset=utf-8');
}

function rankTable(ctx: PageContext, listIndex: number, countLabel: string): string {
  const rows = ctx.world.rankings
    .at(siteProfile('163'), listIndex, ctx.t)
    .map((r) => `<tr><td class="${r.rank <= 3 ? 'red' : 'gray'}"><span>${r.rank}</span><a href="${esc(articleUrl(ctx, r.article))}">${esc(r.article.title)}</a></td><td class="cBlue">${r.score}</td></tr>`)
    .join('\n');
  return `<table cellpadding="0" cellspacing="0"><tr><th>标题</th><th>${countLabel}</th></tr>\n${rows}\n</table>`;
}

function rankPage(ctx: PageContext): Rendered {
  const o = ctx.origin('163');
  const body = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk" /><title>新闻排行榜_网易新闻</title></head><body>
<div class="N-nav-channel">${navLinks(o, NAV, 'nav')}</div>
<div class="area areabg1">
<div class="tabBox"><div class="title-tab"><h2>点击榜</h2><ul><li class="active">24小时</li><li>本周</li></ul></div>
<div class="tabContents active">${rankTable(ctx, 0, '点击数')}</div>
<div class="tabContents">${rankTable(ctx, 1, '点击数')}</div>
</div>
<div class="tabBox"><div class="title-tab"><h2>跟贴榜</h2><ul><li class="active">24小时</li></ul></div>
<div class="tabContents active">${rankTable(ctx, 2, '跟贴数')}</div>
</div>
</div>
${footer('N-footer', '网易公司', shanghaiParts(ctx.t).year, '粤B2-20090191')}
</body></html>`;
  return html(body, 'gbk', 'text/html; charset=GBK');
}

const rank = (origin: string, list: string, boxNth: number, tabNth: number) => ({
  kind: 'html' as const,
  list,
  url: `${origin}${NETEASE_RANK_PATH}`,
  itemSelector: `div.tabBox:nth-of-type(${boxNth}) > div.tabContents:nth-of-type(${tabNth}) tr:has(a)`,
  linkSelector: 'a[href]',
  rankSelector: 'td span',
  scoreSelector: 'td.cBlue',
});

export const netease: NationalSiteModule = {
  id: '163',
  routes: { [NETEASE_RANK_PATH]: (ctx) => rankPage(ctx) },
  describe: (origin) => ({
    id: '163',
    kind: 'national',
    name: '网易',
    homepage: {
      url: `${origin}/`,
      sectionSelector: 'div.ns_area, div.mod_top_news2',
      sectionTitleSelector: '.ns_area_tit h2',
      ignoreSelectors: ['.N-footer', '.ad_hub', '.N-nav-channel'],
    },
    // The first tabBox's children are div.title-tab, then the boards: board n is div n + 1.
    rankings: [rank(origin, '新闻/点击榜/24小时', 1, 2), rank(origin, '新闻/点击榜/本周', 1, 3), rank(origin, '新闻/跟贴榜/24小时', 2, 2)],
    article: {
      urlPatterns: articleUrlPatterns('163', origin),
      hints: {
        title: ['h1.post_title', '#epContentLeft h1', '.article h1.title'],
        publishedAt: ['html[data-publishtime]', '.post_time_source', 'meta[property="og:release_date"]'],
        source: ['.post_info a', '#ne_article_source', '.info .source'],
        body: ['.post_body', '#endText', '.article-body'],
        remove: ['.post_author', '.ep-source'],
      },
    },
    encoding: 'gbk',
    notes: 'Homepage and rank page are GBK, articles UTF-8: detect the charset per response.',
  }),
  homepage,
  article: (v, t) => (t === 1 ? articleEp(v) : t === 2 ? articleMobile(v) : articlePost(v)),
};
