// 央视网 (research/sites.md §4): `/YYYY/MM/DD/ARTI<20 alnum><YYMMDD>.shtml`; `.title_area h1`,
// `.info1` "来源：… | 2026年11月21日 10:23", body `#content_area`; older `.cnt_bd`. Its 热榜 here is
// built by JavaScript from data inlined in the page (base64-encoded), so only a browser sees it.
import { shanghaiParts } from '../../../core/clock.js';
import { adBlock, analytics, footer, linkItems, navLinks, shareWidget } from '../chrome.js';
import { esc, formatTime, jsString, paragraphs } from '../html.js';
import { articleUrl } from '../links.js';
import { siteProfile } from '../profiles.js';
import { articleUrlPatterns } from '../urls.js';
import { html, type ArticleView, type HomepageView, type NationalSiteModule, type PageContext, type Rendered } from '../types.js';

const NAV: [string, string][] = [
  ['新闻', '/news/'],
  ['国内', '/china/'],
  ['国际', '/world/'],
  ['经济', '/economy/'],
  ['体育', '/sports/'],
];

export const CCTV_HOT_PATH = '/hot/index.shtml';

function homepage(v: HomepageView): Rendered {
  const o = v.ctx.origin('cctv');
  const cols = v.sections
    .map((s) => `<div class="col_w" data-section="${esc(s.title)}"><div class="title_list"><h2>${esc(s.title)}</h2></div><ul class="news_list">${s.items.map((l) => `<li><div class="text_con"><p class="title"><a href="${esc(l.href)}" target="_blank">${esc(l.title)}</a></p></div></li>`).join('\n')}</ul></div>`)
    .join('\n');
  const body = `<!DOCTYPE html><html><head><meta charset="utf-8">
<title>央视网_世界就在眼前</title>
</head><body>
<div class="nav_box">${navLinks(o, NAV, 'nav')}</div>
<div class="column_wrapper">
${cols}
<div class="col_w" data-section="专题"><div class="title_list"><h2>专题</h2></div><ul class="news_list">${linkItems(v.faults)}</ul></div>
</div>
<div class="hot_entry"><a href="${o}${CCTV_HOT_PATH}">热榜</a></div>
${footer('bottom_ind01', '中央广播电视总台', shanghaiParts(v.ctx.t).year, '京ICP证060535号')}
${analytics('cctv')}
</body></html>`;
  return html(body, 'utf8', 'text/html; charset=utf-8');
}

function articleCurrent(v: ArticleView): Rendered {
  const a = v.article;
  const body = `<!DOCTYPE html><html><head><meta charset="utf-8">
<title>${esc(a.title)}_新闻频道_央视网(cctv.com)</title>
<meta name="description" content="${esc(v.body[0]?.slice(0, 100) ?? '')}">
</head><body>
<div class="nav_box">${navLinks(v.ctx.origin('cctv'), NAV, 'nav')}</div>
<div class="column_wrapper"><div class="col_w660">
<div class="title_area"><h1>${esc(a.title)}</h1><div class="info1">来源：${esc(a.source)} | ${formatTime(a.publishedAt, 'cn-minute')}</div>${shareWidget('share_area')}</div>
<div class="content_area" id="content_area">
${paragraphs(v.body)}
</div>
<div class="zebian"><p>编辑：${esc(v.editor)}</p></div>
<div class="xiangguan"><h3>相关新闻</h3><ul>${linkItems(v.related)}</ul></div>
</div><div class="col_w300">${adBlock('ad_300', 'cctv_ad_art')}</div></div>
${footer('bottom_ind01', '中央广播电视总台', shanghaiParts(v.ctx.t).year, '京ICP证060535号')}
</body></html>`;
  return html(body, 'utf8', 'text/html; charset=utf-8');
}

function articleOld(v: ArticleView): Rendered {
  const a = v.article;
  const body = `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>${esc(a.title)}_新闻频道_央视网(cctv.com)</title>
</head><body>
<div class="cnt_nav">${navLinks(v.ctx.origin('cctv'), NAV, 'nav')}</div>
<div class="cnt_bd"><h1>${esc(a.title)}</h1>
<div class="function"><span class="info"><i>${esc(a.source)}</i> ${formatTime(a.publishedAt, 'cn-minute')}</span></div>
${paragraphs(v.body)}
<p class="zebian">（编辑 ${esc(v.editor)}）</p>
</div>
<div class="bd_ft"><ul>${linkItems(v.related)}</ul></div>
${footer('bottom_ind01', '中央广播电视总台', shanghaiParts(v.ctx.t).year, '京ICP证060535号')}
</body></html>`;
  return html(body, 'utf8', 'text/html');
}

function hotPage(ctx: PageContext): Rendered {
  const list = ctx.world.rankings.at(siteProfile('cctv'), 0, ctx.t).map((r) => ({ t: r.article.title, u: articleUrl(ctx, r.article), h: r.score }));
  const data = Buffer.from(JSON.stringify(list), 'utf8').toString('base64');
  const body = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>热榜_央视网</title></head><body>
<div class="nav_box">${navLinks(ctx.origin('cctv'), NAV, 'nav')}</div>
<div class="hot_wrap"><h2>热榜</h2><ul id="hotList" class="hot_list"></ul></div>
<script>
var __HOT__ = ${jsString(data)};
(function () {
  var items = JSON.parse(decodeURIComponent(escape(atob(__HOT__))));
  var ul = document.getElementById('hotList');
  items.forEach(function (it, i) {
    var li = document.createElement('li');
    var n = document.createElement('span'); n.className = 'num'; n.textContent = String(i + 1);
    var a = document.createElement('a'); a.href = it.u; a.textContent = it.t; a.target = '_blank';
    var h = document.createElement('span'); h.className = 'hot'; h.textContent = String(it.h);
    li.appendChild(n); li.appendChild(a); li.appendChild(h); ul.appendChild(li);
  });
})();
</script>
${footer('bottom_ind01', '中央广播电视总台', shanghaiParts(ctx.t).year, '京ICP证060535号')}
</body></html>`;
  return html(body, 'utf8', 'text/html; charset=utf-8');
}

export const cctv: NationalSiteModule = {
  id: 'cctv',
  routes: { [CCTV_HOT_PATH]: (ctx) => hotPage(ctx) },
  describe: (origin) => ({
    id: 'cctv',
    kind: 'national',
    name: '央视网',
    homepage: {
      url: `${origin}/`,
      sectionSelector: 'div.col_w',
      sectionTitleSelector: '.title_list h2',
      ignoreSelectors: ['.bottom_ind01', '.nav_box'],
    },
    rankings: [
      {
        kind: 'html',
        list: '热榜',
        url: `${origin}${CCTV_HOT_PATH}`,
        render: 'browser',
        itemSelector: '#hotList li',
        linkSelector: 'a[href]',
        rankSelector: '.num',
        scoreSelector: '.hot',
        waitForSelector: '#hotList li',
      },
    ],
    article: {
      urlPatterns: articleUrlPatterns('cctv', origin),
      hints: {
        title: ['.title_area h1', '.cnt_bd h1'],
        publishedAt: ['.title_area .info1', '.cnt_bd .info'],
        source: ['.title_area .info1', '.cnt_bd .info i'],
        body: ['#content_area', '.cnt_bd'],
        remove: ['.zebian', '.function', '.cnt_bd h1'],
      },
    },
    encoding: 'utf-8',
  }),
  homepage,
  article: (v, t) => (t === 1 ? articleOld(v) : articleCurrent(v)),
};
