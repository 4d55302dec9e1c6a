// 搜狐 (research/sites.md §14, benchmark notes): `/a/<articleId>_<mediaId>`, homepage links carry
// tracking queries (?spm=…&_f=…); article `#article-container h1`, `span#news-time` or
// `span.time` plus `meta[itemprop=dateUpdate]`, body `article#mp-editor`, noise `#backsohucom`
// ("返回搜狐，查看更多") and `p[data-role=editor-name]`. The 24小时热文 box is empty in the HTML and
// filled by a script that fetches a JSON endpoint, as the real `hot-article` box is.
import { shanghaiParts } from '../../../core/clock.js';
import { adBlock, analytics, footer, linkItems, navLinks } from '../chrome.js';
import { esc, formatTime, paragraphs } from '../html.js';
import { articleUrl } from '../links.js';
import { siteProfile } from '../profiles.js';
import { articleUrlPatterns } from '../urls.js';
import { html, type ArticleView, type HomepageView, type NationalSiteModule, type PageContext, type Rendered } from '../types.js';

export const SOHU_HOT_PAGE = '/hot/24h.shtml';
export const SOHU_HOT_API = '/integration-api/mix/region/hot';

const NAV: [string, string][] = [
  ['新闻', '/c/8/'],
  ['财经', '/c/15/'],
  ['娱乐', '/c/19/'],
  ['热文', SOHU_HOT_PAGE],
];

function homepage(v: HomepageView): Rendered {
  const o = v.ctx.origin('sohu');
  const blocks = v.sections
    .map((s) => {
      const lis = s.items.map((l) => `<li><a href="${esc(l.href)}" target="_blank" title="${esc(l.title)}">${esc(l.title)}</a></li>`).join('\n');
      return s.hidden
        ? `<div class="pic-group hidden" data-role="jx-page" data-section="${esc(s.title)}"><ul>${lis}</ul></div>`
        : `<div class="news" data-role="${s.key}" data-section="${esc(s.title)}"><div class="titleR"><h3>${esc(s.title)}</h3></div><div class="list16"><ul>${lis}</ul></div></div>`;
    })
    .join('\n');
  const body = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>搜狐</title></head><body>
<div class="head-nav">${navLinks(o, NAV, 'nav')}</div>
<div class="main left">${blocks}
<div class="news" data-role="zt" data-section="专题"><div class="titleR"><h3>专题</h3></div><div class="list16"><ul>${linkItems(v.faults)}</ul></div></div>
</div>
<div class="sidebar right"><div class="hot-article" id="hot-article"></div>${adBlock('godR', 'sohu_ad_1')}</div>
${footer('foot', '搜狐', shanghaiParts(v.ctx.t).year, '京ICP证030367号')}
${analytics('sohu')}
</body></html>`;
  return html(body, 'utf8', 'text/html;charset=UTF-8');
}

function articleMp(v: ArticleView): Rendered {
  const a = v.article;
  const o = v.ctx.origin('sohu');
  const body = `<!DOCTYPE html><html><head><meta charset="utf-8">
<title>${esc(a.title)}_${esc(a.source)}</title>
<meta itemprop="dateUpdate" content="${formatTime(a.publishedAt, 'dash-minute')}" />
<meta name="mediaid" content="${esc(a.source)}" />
<meta property="og:title" content="${esc(a.title)}" />
</head><body>
<div class="head-nav">${navLinks(o, NAV, 'nav')}</div>
<div class="article-page"><div class="left main">
<div class="text" id="article-container">
<div class="text-title"><h1>${esc(a.title)}</h1>
<div class="article-info"><span class="time" id="news-time">${formatTime(a.publishedAt, 'dash-minute')}</span><span data-role="original-link">来源: <a href="${o}/">${esc(a.source)}</a></span></div></div>
<article class="article" id="mp-editor">
${paragraphs(v.body)}
<a href="${o}/" target="_blank" id="backsohucom" title="点击进入搜狐首页">返回搜狐，查看更多</a>
<p data-role="editor-name">责任编辑：<span>${esc(v.editor)}</span></p>
</article>
<div class="lookall-box">平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</div>
</div>
<div class="more-news"><ul>${linkItems(v.related)}</ul></div>
</div><div class="sidebar right">${adBlock('godR', 'sohu_ad_art')}</div></div>
${footer('foot', '搜狐', shanghaiParts(v.ctx.t).year, '京ICP证030367号')}
</body></html>`;
  return html(body, 'utf8', 'text/html;charset=UTF-8');
}

function articleNews(v: ArticleView): Rendered {
  const a = v.article;
  const body = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-搜狐新闻</title>
<meta itemprop="datePublished" content="${formatTime(a.publishedAt, 'iso')}" />
</head><body>
<div class="head-nav">${navLinks(v.ctx.origin('sohu'), NAV, 'nav')}</div>
<div id="article-container" class="news-article">
<h1 class="original-title">${esc(a.title)}</h1>
<div class="news-info"><span id="news-time">${formatTime(a.publishedAt, 'dash-second')}</span> <span class="source"><a href="/">${esc(a.source)}</a></span></div>
<article id="mp-editor">${paragraphs(v.body)}</article>
<p data-role="editor-name">责任编辑：${esc(v.editor)}</p>
</div>
${footer('foot', '搜狐', shanghaiParts(v.ctx.t).year, '京ICP证030367号')}
</body></html>`;
  return html(body, 'utf8', 'text/html; charset=utf-8');
}

function hotPage(ctx: PageContext): Rendered {
  const o = ctx.origin('sohu');
  const body = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>24小时热文_搜狐</title></head><body>
<div class="head-nav">${navLinks(o, NAV, 'nav')}</div>
<div class="hot-article" id="hot-article"><h2>24小时热文</h2><ul class="hot-list"></ul></div>
<script>
fetch('${SOHU_HOT_API}?size=10&_=' + Date.now()).then(function (r) { return r.json(); }).then(function (res) {
  var ul = document.querySelector('#hot-article ul.hot-list');
  res.data.list.forEach(function (it) {
    var li = document.createElement('li');
    li.innerHTML = '<em class="rank-num"></em><a target="_blank"></a><span class="read-num"></span>';
    li.querySelector('.rank-num').textContent = it.rank;
    var a = li.querySelector('a'); a.href = it.url; a.textContent = it.title;
    li.querySelector('.read-num').textContent = it.pv;
    ul.appendChild(li);
  });
});
</script>
${footer('foot', '搜狐', shanghaiParts(ctx.t).year, '京ICP证030367号')}
</body></html>`;
  return html(body, 'utf8', 'text/html; charset=utf-8');
}

function hotApi(ctx: PageContext, q: URLSearchParams): Rendered {
  const size = Math.min(Number(q.get('size') ?? 10) || 10, 10);
  const list = ctx.world.rankings
    .at(siteProfile('sohu'), 0, ctx.t)
    .slice(0, size)
    .map((r) => ({ rank: r.rank, title: r.article.title, url: `${articleUrl(ctx, r.article)}?spm=smpc.hot.1.${r.rank}`, pv: r.score, mediaName: r.article.source }));
  return { body: JSON.stringify({ code: 0, msg: 'success', data: { list } }), encoding: 'utf8', contentType: 'application/json;charset=UTF-8' };
}

export const sohu: NationalSiteModule = {
  id: 'sohu',
  routes: { [SOHU_HOT_PAGE]: (ctx) => hotPage(ctx), [SOHU_HOT_API]: hotApi },
  describe: (origin) => ({
    id: 'sohu',
    kind: 'national',
    name: '搜狐网',
    homepage: {
      url: `${origin}/`,
      sectionSelector: 'div.news, div.pic-group',
      sectionTitleSelector: '.titleR h3',
      ignoreSelectors: ['.foot', '.godR', '.head-nav', '.sidebar'],
    },
    rankings: [
      {
        kind: 'html',
        list: '24小时热文',
        url: `${origin}${SOHU_HOT_PAGE}`,
        render: 'browser',
        itemSelector: '#hot-article ul.hot-list li',
        linkSelector: 'a[href]',
        rankSelector: '.rank-num',
        scoreSelector: '.read-num',
        waitForSelector: '#hot-article ul.hot-list li',
      },
    ],
    article: {
      urlPatterns: articleUrlPatterns('sohu', origin),
      hints: {
        title: ['#article-container h1'],
        publishedAt: ['#news-time', 'meta[itemprop=dateUpdate]', 'meta[itemprop=datePublished]'],
        source: ['[data-role=original-link] a', '.news-info .source', 'meta[name=mediaid]'],
        body: ['article#mp-editor'],
        remove: ['#backsohucom', 'p[data-role=editor-name]', '.lookall-box'],
      },
    },
    encoding: 'utf-8',
    notes: 'Homepage and hot-list links carry tracking query strings; strip them for the canonical URL.',
  }),
  homepage,
  article: (v, t) => (t === 1 ? articleNews(v) : articleMp(v)),
};
