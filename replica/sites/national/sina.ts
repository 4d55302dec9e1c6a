// 新浪 (research/sites.md §12): `/<path>/YYYY-MM-DD/doc-i<alnum>.shtml`; `h1.main-title`,
// `.date-source span.date` "2026年11月21日 10:23", `.date-source .source`, body `#article`,
// `p.show_author`; older `#artibody`. Rankings come from the JSONP API
// `/ws/GetTopDataList.php?top_type=day&top_cat=…&js_var=…` → `var x = {"data":[…]};` with
// `top_num` as "1,234"; the /hotnews/ page fills its table from it with a <script src>.
import { shanghaiParts } from '../../../core/clock.js';
import { adBlock, analytics, footer, linkItems, navLinks, shareWidget } from '../chrome.js';
import { esc, formatTime, paragraphs } from '../html.js';
import { articleUrl } from '../links.js';
import { siteProfile } from '../profiles.js';
import { articleUrlPatterns } from '../urls.js';
import { html, type ArticleView, type HomepageView, type NationalSiteModule, type PageContext, type Rendered } from '../types.js';

const NAV: [string, string][] = [
  ['新闻', '/'],
  ['国内', '/china/'],
  ['国际', '/world/'],
  ['社会', '/society/'],
  ['财经', '/finance/'],
  ['排行', '/hotnews/'],
];

/** top_cat → index of the site's ranking list. */
export const SINA_TOP_CATS: Record<string, number> = { www_www_all_suda_suda: 0, news_society_suda: 1 };

function homepage(v: HomepageView): Rendered {
  const o = v.ctx.origin('sina');
  const blocks = v.sections
    .map((s) => `<div class="blk_${s.key} blk-news" data-sudaclick="blk_${s.key}" data-section="${esc(s.title)}"><h2 class="tit"><a href="${o}/${s.key}/">${esc(s.title)}</a></h2><ul class="list-a">${linkItems(s.items)}</ul></div>`)
    .join('\n');
  const body = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>新闻中心首页_新浪网</title></head><body>
<div class="top-nav">${navLinks(o, NAV, 'nav-mod')}</div>
<div class="part_01 clearfix">${blocks}
<div class="blk_zt blk-news" data-section="专题"><h2 class="tit">专题</h2><ul class="list-a">${linkItems(v.faults)}</ul></div>
</div>
${adBlock('sina-ad', 'sina_ad_1')}
${footer('footer', '新浪网', shanghaiParts(v.ctx.t).year, '京ICP证000007')}
${analytics('sina')}
</body></html>`;
  return html(body, 'utf8', 'text/html; charset=utf-8');
}

function articleNew(v: ArticleView): Rendered {
  const a = v.article;
  const o = v.ctx.origin('sina');
  const body = `<!DOCTYPE html><html><head><meta charset="utf-8">
<title>${esc(a.title)}|${esc(v.body[0]?.slice(0, 6) ?? '')}_新浪新闻</title>
<meta property="og:type" content="news" /><meta property="og:title" content="${esc(a.title)}" /><meta property="og:url" content="${o}${a.path}" />
<meta property="article:published_time" content="${formatTime(a.publishedAt, 'iso')}" />
<meta property="article:author" content="${esc(a.source)}" />
<meta name="weibo: article:create_at" content="${formatTime(a.publishedAt, 'dash-second')}" />
</head><body>
<div class="top-bar-wrap">${navLinks(o, NAV, 'nav-mod')}</div>
<div class="main-content w1240">
<h1 class="main-title">${esc(a.title)}</h1>
<div class="top-bar"><div class="date-source"><span class="date">${formatTime(a.publishedAt, 'cn-minute')}</span> <a href="${o}/" class="source" target="_blank">${esc(a.source)}</a></div>${shareWidget('share')}</div>
<div class="article-content clearfix"><div class="article-content-left">
<div class="article" id="article">
${paragraphs(v.body)}
<p class="show_author">责任编辑：${esc(v.editor)} </p>
</div>
<div class="article-bottom"><div class="blk-related"><h3>相关新闻</h3><ul>${linkItems(v.related)}</ul></div></div>
</div><div class="article-content-right">${adBlock('sina-ad', 'sina_ad_art')}</div></div>
</div>
${footer('footer', '新浪网', shanghaiParts(v.ctx.t).year, '京ICP证000007')}
</body></html>`;
  return html(body, 'utf8', 'text/html; charset=utf-8');
}

function articleArtibody(v: ArticleView): Rendered {
  const a = v.article;
  const body = `<!DOCTYPE html><html><head><meta http-equiv="Content-type" content="text/html; charset=utf-8" />
<title>${esc(a.title)}_新浪财经_新浪网</title>
<meta name="publishid" content="${a.id}" />
</head><body>
<div class="secondaryHeader">${navLinks(v.ctx.origin('sina'), NAV, 'nav')}</div>
<div class="page-header"><h1 id="artibodyTitle" class="main-title">${esc(a.title)}</h1>
<div class="page-info" id="top_bar"><span class="time-source"><span class="date">${formatTime(a.publishedAt, 'cn-minute')}</span><span class="source ent-source">${esc(a.source)}</span></span></div></div>
<div class="blkContainerSblkCon" id="artibody">
${paragraphs(v.body)}
<p class="article-editor">责任编辑：${esc(v.editor)}</p>
</div>
<div class="related"><ul>${linkItems(v.related)}</ul></div>
${footer('footer', '新浪网', shanghaiParts(v.ctx.t).year, '京ICP证000007')}
</body></html>`;
  return html(body, 'utf8', 'text/html');
}

/** The mobile (sina.cn) design. */
function articleMobile(v: ArticleView): Rendered {
  const a = v.article;
  const body = `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${esc(a.title)}_手机新浪网</title>
<meta property="article:published_time" content="${formatTime(a.publishedAt, 'iso')}" />
</head><body>
<header class="sina-header"><a href="/">新浪新闻</a></header>
<section class="art_main_card">
<h1 class="art_tit_h1">${esc(a.title)}</h1>
<div class="art_time_source"><time class="art_time">${formatTime(a.publishedAt, 'dash-minute')}</time> <cite class="art_cite">${esc(a.source)}</cite></div>
<section class="art_pic_card art_content">
${paragraphs(v.body, '<p class="art_p">')}
</section>
</section>
<section class="hot_news"><ul>${linkItems(v.related.slice(0, 4))}</ul></section>
</body></html>`;
  return html(body, 'utf8', 'text/html; charset=utf-8');
}

function topData(ctx: PageContext, q: URLSearchParams): Rendered {
  const cat = q.get('top_cat') ?? '';
  const jsVar = (q.get('js_var') ?? 'data').replace(/[^A-Za-z0-9_$]/g, '') || 'data';
  const listIndex = SINA_TOP_CATS[cat];
  let t = ctx.t;
  const day = q.get('top_time') ?? '';
  if (/^\d{8}$/.test(day)) {
    // A past day's list is the list as it stood at the end of that day.
    const endOfDay = Date.parse(`${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}T23:59:59+08:00`);
    if (Number.isFinite(endOfDay)) t = Math.min(t, endOfDay);
  }
  const n = Math.min(Number(q.get('top_show_num') ?? 10) || 10, 50);
  const items =
    listIndex === undefined
      ? []
      : ctx.world.rankings
          .at(siteProfile('sina'), listIndex, t)
          .slice(0, n)
          .map((r) => ({
            id: r.article.id.replace(/^a/, ''),
            title: r.article.title,
            url: articleUrl(ctx, r.article),
            media: r.article.source,
            create_date: formatTime(r.article.publishedAt, 'date'),
            create_time: formatTime(r.article.publishedAt, 'dash-second').slice(11),
            top_num: r.score.toLocaleString('en-US'),
            time: String(Math.floor(r.article.publishedAt / 1000)),
          }));
  const json = JSON.stringify({ conf: { js_var: jsVar, top_cat: cat, top_time: day || formatTime(t, 'date').replace(/-/g, '') }, data: items });
  return { body: `var ${jsVar} = ${json};`, encoding: 'utf8', contentType: 'application/javascript; charset=utf-8' };
}

function hotnewsPage(ctx: PageContext): Rendered {
  const o = ctx.origin('sina');
  const body = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>新浪新闻排行</title></head><body>
<div class="top-nav">${navLinks(o, NAV, 'nav-mod')}</div>
<div class="loopblk"><h2>新闻总排行</h2><table id="Con11" class="ConsTable"><tbody></tbody></table></div>
<script>
function fill(id, v) {
  var tb = document.querySelector('#' + id + ' tbody');
  (v.data || []).forEach(function (it, i) {
    var tr = document.createElement('tr');
    tr.innerHTML = '<td class="ConsRank">' + (i + 1) + '</td><td class="ConsTi"></td><td class="ConsMedia"></td><td class="ConsNum">' + it.top_num + '</td>';
    var a = document.createElement('a'); a.href = it.url; a.textContent = it.title; a.target = '_blank';
    tr.querySelector('.ConsTi').appendChild(a); tr.querySelector('.ConsMedia').textContent = it.media;
    tb.appendChild(tr);
  });
}
</script>
<script src="${o}/ws/GetTopDataList.php?top_type=day&amp;top_cat=www_www_all_suda_suda&amp;top_show_num=20&amp;top_order=DESC&amp;js_var=all_1_data01"></script>
<script>fill('Con11', all_1_data01);</script>
${footer('footer', '新浪网', shanghaiParts(ctx.t).year, '京ICP证000007')}
</body></html>`;
  return html(body, 'utf8', 'text/html; charset=utf-8');
}

export const sina: NationalSiteModule = {
  id: 'sina',
  routes: {
    '/ws/GetTopDataList.php': topData,
    '/hotnews/': (ctx) => hotnewsPage(ctx),
  },
  describe: (origin) => ({
    id: 'sina',
    kind: 'national',
    name: '新浪网',
    homepage: {
      url: `${origin}/`,
      sectionSelector: 'div.blk-news',
      sectionTitleSelector: 'h2.tit',
      ignoreSelectors: ['.footer', '.sina-ad', '.top-nav'],
    },
    rankings: [
      {
        kind: 'jsonp',
        list: '新闻总排行',
        url: `${origin}/ws/GetTopDataList.php?top_type=day&top_cat=www_www_all_suda_suda&top_show_num=20&top_order=DESC&js_var=all_1_data01`,
        itemsPath: 'data',
        titleField: 'title',
        urlField: 'url',
        scoreField: 'top_num',
      },
      {
        kind: 'jsonp',
        list: '社会新闻排行',
        url: `${origin}/ws/GetTopDataList.php?top_type=day&top_cat=news_society_suda&top_show_num=20&top_order=DESC&js_var=society_1_data01`,
        itemsPath: 'data',
        titleField: 'title',
        urlField: 'url',
        scoreField: 'top_num',
      },
    ],
    article: {
      urlPatterns: articleUrlPatterns('sina', origin),
      hints: {
        title: ['h1.main-title', 'h1.art_tit_h1'],
        publishedAt: ['meta[property="article:published_time"]', '.date-source .date', '#top_bar .date'],
        source: ['.date-source .source', '#top_bar .source', 'cite.art_cite'],
        body: ['#article', '#artibody', '.art_content'],
        remove: ['p.show_author', 'p.article-editor'],
      },
    },
    encoding: 'utf-8',
    notes: 'top_num is a string with thousands separators ("1,234").',
  }),
  homepage,
  article: (v, t) => (t === 1 ? articleArtibody(v) : t === 2 ? articleMobile(v) : articleNew(v)),
};
