// 腾讯网 (research/sites.md §15): `/rain/a/YYYYMMDD<A|V><6 alnum>00`; metadata in an inline
// `window.DATA = {…}` (media, pubtime) and nowhere else on the current design; title `h1`, body
// `div.rich_media_content` (other designs `.content-article`, older `#Cnt-Main-Article-QQ`).
// Ranking: JSON API `…/gw/event/pc_hot_ranking_list` → `idlist[0].newslist[]`, whose first item
// is a description card without a URL.
import { shanghaiParts } from '../../../core/clock.js';
import { analytics, footer, linkItems, navLinks } from '../chrome.js';
import { esc, formatTime, paragraphs } from '../html.js';
import { articleUrl } from '../links.js';
import { siteProfile } from '../profiles.js';
import { articleUrlPatterns } from '../urls.js';
import { html, type ArticleView, type HomepageView, type NationalSiteModule, type PageContext, type Rendered } from '../types.js';

export const QQ_HOT_API = '/gw/event/pc_hot_ranking_list';

const NAV: [string, string][] = [
  ['要闻', '/ch/top'],
  ['国际', '/ch/world'],
  ['财经', '/ch/finance'],
  ['娱乐', '/ch/ent'],
];

function homepage(v: HomepageView): Rendered {
  const o = v.ctx.origin('qq');
  const blocks = v.sections
    .map((s) => `<div class="channel-list" data-section="${esc(s.title)}"><h2 class="channel-title">${esc(s.title)}</h2><ul class="list">${s.items.map((l) => `<li class="item"><a class="item-link" href="${esc(l.href)}" target="_blank">${esc(l.title)}</a></li>`).join('\n')}</ul></div>`)
    .join('\n');
  const body = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>腾讯网</title></head><body>
<div class="qq-header">${navLinks(o, NAV, 'qq-nav')}</div>
<div id="root"><div class="main-wrap">${blocks}
<div class="channel-list" data-section="专题"><h2 class="channel-title">专题</h2><ul class="list">${linkItems(v.faults)}</ul></div>
</div></div>
${footer('qq-footer', '腾讯公司', shanghaiParts(v.ctx.t).year, '粤B2-20090059')}
${analytics('qq')}
</body></html>`;
  return html(body, 'utf8', 'text/html; charset=utf-8');
}

function windowData(v: ArticleView): string {
  const a = v.article;
  const data = { article_id: a.path.split('/').pop(), title: a.title, media: a.source, pubtime: formatTime(a.publishedAt, 'dash-second'), catalog1: a.channel, tags: [] };
  return `<script>window.DATA = ${JSON.stringify(data).replace(/</g, '\\u003c')};</script>`;
}

function articleRain(v: ArticleView): Rendered {
  const a = v.article;
  const body = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_腾讯新闻</title>
${windowData(v)}
</head><body>
<div class="qq-header">${navLinks(v.ctx.origin('qq'), NAV, 'qq-nav')}</div>
<div class="LEFT"><h1>${esc(a.title)}</h1>
<div class="media-info"><a class="author" href="/">${esc(a.source)}</a></div>
<div class="content clearfix"><div class="rich_media_content" id="ArticleContent">
${paragraphs(v.body, '<p class="one-p">')}
</div></div>
<div class="recommend"><ul>${linkItems(v.related)}</ul></div>
</div>
${footer('qq-footer', '腾讯公司', shanghaiParts(v.ctx.t).year, '粤B2-20090059')}
</body></html>`;
  return html(body, 'utf8', 'text/html; charset=utf-8');
}

function articleOmn(v: ArticleView): Rendered {
  const a = v.article;
  const body = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_腾讯新闻</title>
${windowData(v)}
<meta name="apub:time" content="${formatTime(a.publishedAt, 'dash-second')}">
</head><body>
<div class="qq-header">${navLinks(v.ctx.origin('qq'), NAV, 'qq-nav')}</div>
<div class="qq_conent clearfix"><div class="LEFT"><h1>${esc(a.title)}</h1>
<div class="content-article">
${paragraphs(v.body, '<p class="one-p">')}
</div>
<div id="Status"></div></div></div>
${footer('qq-footer', '腾讯公司', shanghaiParts(v.ctx.t).year, '粤B2-20090059')}
</body></html>`;
  return html(body, 'utf8', 'text/html; charset=utf-8');
}

function articleClassic(v: ArticleView): Rendered {
  const a = v.article;
  const body = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>${esc(a.title)}_新闻_腾讯网</title></head><body>
<div class="hd"><h1>${esc(a.title)}</h1>
<div class="a_Info"><span class="a_source">${esc(a.source)}</span><span class="a_time">${formatTime(a.publishedAt, 'dash-minute')}</span></div></div>
<div id="Cnt-Main-Article-QQ" class="Cnt-Main-Article-QQ" bossZone="content">
${paragraphs(v.body, '<p style="TEXT-INDENT: 2em">')}
</div>
<div class="qq_editor">责任编辑：${esc(v.editor)}</div>
${footer('qq-footer', '腾讯公司', shanghaiParts(v.ctx.t).year, '粤B2-20090059')}
</body></html>`;
  return html(body, 'utf8', 'text/html');
}

function hotApi(ctx: PageContext, q: URLSearchParams): Rendered {
  const size = Math.min(Number(q.get('page_size') ?? 51) || 51, 51);
  const items = ctx.world.rankings.at(siteProfile('qq'), 0, ctx.t);
  const card = { id: 'HOT_LIST_DESC', title: '腾讯新闻热点榜', abstract: '根据热度实时更新，每10分钟更新一次', articletype: '560', timestamp: Math.floor(ctx.t / 1000) };
  const news = items.slice(0, size - 1).map((r) => ({
    id: r.article.path.split('/').pop(),
    title: r.article.title,
    url: articleUrl(ctx, r.article),
    abstract: '',
    source: r.article.source,
    timestamp: Math.floor(r.article.publishedAt / 1000),
    time: formatTime(r.article.publishedAt, 'dash-second'),
    hotEvent: { hotScore: r.score, ranking: r.rank },
    readCount: r.score,
    thumbnails_big: [],
  }));
  return { body: JSON.stringify({ ret: 0, idlist: [{ newslist: [card, ...news], ids_hash: '' }] }), encoding: 'utf8', contentType: 'application/json; charset=utf-8' };
}

export const qq: NationalSiteModule = {
  id: 'qq',
  routes: { [QQ_HOT_API]: hotApi },
  describe: (origin) => ({
    id: 'qq',
    kind: 'national',
    name: '腾讯网',
    homepage: {
      url: `${origin}/`,
      sectionSelector: 'div.channel-list',
      sectionTitleSelector: 'h2.channel-title',
      ignoreSelectors: ['.qq-footer', '.qq-header'],
    },
    rankings: [
      {
        kind: 'json',
        list: '热点榜',
        url: `${origin}${QQ_HOT_API}?ids_hash=&offset=0&page_size=21&appver=15.5_qqnews_7.1.60&rank_id=hot`,
        itemsPath: 'idlist.0.newslist',
        titleField: 'title',
        urlField: 'url',
        scoreField: 'readCount',
      },
    ],
    article: {
      urlPatterns: articleUrlPatterns('qq', origin),
      hints: {
        title: ['.LEFT h1', '.hd h1'],
        publishedAt: ['meta[name="apub:time"]', '.a_Info .a_time'],
        source: ['.media-info .author', '.a_Info .a_source'],
        body: ['.rich_media_content', '.content-article', '#Cnt-Main-Article-QQ'],
        remove: ['.qq_editor'],
      },
    },
    encoding: 'utf-8',
    notes: 'The current design has its publish time and media only in the inline window.DATA object; ranking item 0 is a description card without url.',
  }),
  homepage,
  article: (v, t) => (t === 1 ? articleOmn(v) : t === 2 ? articleClassic(v) : articleRain(v)),
};
