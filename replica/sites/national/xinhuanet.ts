// 新华网 (research/sites.md §2): current pages `/<channel>/YYYYMMDD/<32hex>/c.html`, title `h1`, body
// `#detail`, time split over `.header-time` spans (year, month/day, time); 2019 design `.h-title`,
// `.h-time` " 2026-11-21 07:57:40", `em#source`, body `#p-detail`; a hidden 微视评 tab on the homepage.
import { shanghaiParts } from '../../../core/clock.js';
import { adBlock, analytics, footer, linkItems, navLinks, shareWidget } from '../chrome.js';
import { esc, formatTime, paragraphs } from '../html.js';
import { articleUrlPatterns } from '../urls.js';
import { html, type ArticleView, type HomepageView, type NationalSiteModule, type Rendered } from '../types.js';

const NAV: [string, string][] = [
  ['高层', '/politics/leaders/index.htm'],
  ['时政', '/politics/index.htm'],
  ['国际', '/world/index.htm'],
  ['财经', '/fortune/index.htm'],
  ['法治', '/legal/index.htm'],
  ['体育', '/sports/index.htm'],
];

function homepage(v: HomepageView): Rendered {
  const o = v.ctx.origin('xinhuanet');
  const parts = v.sections.map((s) => {
    const lis = s.items.map((l) => `<li><span class="tit"><a href="${esc(l.href)}" target="_blank">${esc(l.title)}</a></span></li>`).join('\n');
    if (s.hidden) return `<div class="tab-con" data-tab="${s.key}" style="display:none"><ul class="dataList">${lis}</ul></div>`;
    return `<div class="part domPC" id="${s.key}"><div class="part-title"><h2><a href="${o}/${s.key}/index.htm">${esc(s.title)}</a></h2></div><ul class="dataList">${lis}</ul></div>`;
  });
  const body = `<!DOCTYPE html>
<html lang="zh-CN"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>新华网_让新闻离你更近</title>
<meta name="keywords" content="新华网,新华社,新闻" />
</head><body>
<div class="header">${navLinks(o, NAV, 'nav-list')}</div>
<div class="focus"><div class="swiper-slide"><a href="${esc(v.sections[0]?.items[0]?.href ?? o + '/')}"><img src="/img/focus.jpg" alt=""></a></div></div>
<div class="main clearfix">
${parts.join('\n')}
</div>
<div class="part" id="hotwords"><div class="part-title"><h2>热点专题</h2></div><ul class="dataList">${linkItems(v.faults)}</ul></div>
${adBlock('adv', 'xh_ad_1')}
${footer('foot', '新华网', shanghaiParts(v.ctx.t).year, '京ICP证010042号')}
${analytics('xinhuanet')}
</body></html>`;
  return html(body, 'utf8', 'text/html; charset=utf-8');
}

function articleCurrent(v: ArticleView): Rendered {
  const a = v.article;
  const o = v.ctx.origin('xinhuanet');
  const p = shanghaiParts(a.publishedAt);
  const pad = (n: number) => String(n).padStart(2, '0');
  const body = `<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>${esc(a.title)}-新华网</title>
<meta name="keywords" content="" />
<meta name="description" content="${esc(a.title)}" />
</head><body>
<div class="header">${navLinks(o, NAV, 'nav')}</div>
<div class="header domPC">
<div class="header-cont clearfix">
<div class="header-time left"><span class="year"><em> ${p.year}</em></span><span class="day"><em> ${pad(p.month)}</em>/<em>${pad(p.day)}</em></span><span class="time"> ${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}</span></div>
<div class="source">来源：${esc(a.source)}</div>
<div class="head-line clearfix"><h1><span class="title">${esc(a.title)}</span></h1>${shareWidget('share')}</div>
</div></div>
<div class="main clearfix">
<div class="main-left left">
<div id="detail"><span id="detailContent">
${paragraphs(v.body)}
</span></div>
<div class="editor">【责任编辑:${esc(v.editor)}】</div>
<div class="nextpage"></div>
<div class="relatedNews"><h2>相关新闻</h2><ul>${linkItems(v.related)}</ul></div>
</div>
<div class="main-right right">${adBlock('adv', 'xh_ad_art')}</div>
</div>
${footer('foot', '新华网', shanghaiParts(v.ctx.t).year, '京ICP证010042号')}
</body></html>`;
  return html(body, 'utf8', 'text/html; charset=utf-8');
}

function article2019(v: ArticleView): Rendered {
  const a = v.article;
  const o = v.ctx.origin('xinhuanet');
  const body = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>${esc(a.title)}-新华网</title>
</head><body>
<div class="news-position"><a href="${o}/">新华网</a> &gt; <a href="${o}/politics/index.htm">正文</a></div>
<div class="h-title">${esc(a.title)}</div>
<div class="h-news"><div class="h-info"><span class="h-time">${formatTime(a.publishedAt, 'dash-second')}</span> <span>来源： <em id="source">${esc(a.source)}</em></span></div>${shareWidget('h-share')}</div>
<div class="main-aticle"><div id="p-detail">
${paragraphs(v.body)}
<div class="p-right"><span class="tiyi1"><a href="javascript:void(0);" class="advise">【纠错】</a></span><span class="p-jc">责任编辑： ${esc(v.editor)} </span></div>
</div></div>
<div class="about"><h3>相关新闻</h3><ul>${linkItems(v.related)}</ul></div>
${footer('foot', '新华网', shanghaiParts(v.ctx.t).year, '京ICP证010042号')}
</body></html>`;
  return html(body, 'utf8', 'text/html');
}

/** The app-share page: little visible metadata, the time only in meta tags. */
function articleApp(v: ArticleView): Rendered {
  const a = v.article;
  const body = `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(a.title)}</title>
<meta property="og:title" content="${esc(a.title)}">
<meta property="article:published_time" content="${formatTime(a.publishedAt, 'iso')}">
<meta name="source" content="${esc(a.source)}">
</head><body>
<div class="mheader"><a href="/">新华网</a></div>
<h1 class="mtitle">${esc(a.title)}</h1>
<div class="minfo"><span class="msource">${esc(a.source)}</span></div>
<div class="mcontent" id="detail">${paragraphs(v.body)}</div>
<div class="mfooter"><p>责任编辑：${esc(v.editor)}</p><a href="/download/">下载新华网客户端</a></div>
</body></html>`;
  return html(body, 'utf8', 'text/html; charset=utf-8');
}

export const xinhuanet: NationalSiteModule = {
  id: 'xinhuanet',
  describe: (origin) => ({
    id: 'xinhuanet',
    kind: 'national',
    name: '新华网',
    homepage: {
      url: `${origin}/`,
      sectionSelector: 'div.part, div.tab-con',
      sectionTitleSelector: '.part-title h2',
      ignoreSelectors: ['.foot', '.adv', '.nav-list'],
    },
    rankings: [],
    article: {
      urlPatterns: articleUrlPatterns('xinhuanet', origin),
      hints: {
        title: ['.head-line h1 .title', '.h-title', 'h1.mtitle'],
        publishedAt: ['.header-time', '.h-time', 'meta[property="article:published_time"]'],
        source: ['.header .source', '#source', 'meta[name=source]'],
        body: ['#detail', '#p-detail'],
        remove: ['.editor', '.p-right', '.nextpage'],
      },
    },
    encoding: 'utf-8',
  }),
  homepage,
  article: (v, t) => (t === 1 ? article2019(v) : t === 2 ? articleApp(v) : articleCurrent(v)),
};
