// 人民网 (research/sites.md §1): www pages are GB2312/GBK; 2020+ article template `.rm_txt` with
// `.col-1-1` time and source; 2019 template `.text_title` + `.box01` + `#rwb_zw`; 热点排行 sidebar
// `#rwb_rdph ol.ph_list li` without counts; hrefs with stray whitespace; robots.txt Crawl-delay.
import { shanghaiParts } from '../../../core/clock.js';
import { adBlock, analytics, footer, linkItems, navLinks, shareWidget } from '../chrome.js';
import { esc, formatTime } from '../html.js';
import { siteProfile } from '../profiles.js';
import { articleUrlPatterns } from '../urls.js';
import { hotLinks, linkTo, recentArticles } from '../links.js';
import { html, type ArticleView, type HomepageView, type Link, type NationalSiteModule, type PageContext, type Rendered } from '../types.js';

const NAV: [string, string][] = [
  ['时政', '/GB/1024/index.html'],
  ['国际', '/GB/1002/index.html'],
  ['财经', '/GB/1004/index.html'],
  ['社会', '/GB/1008/index.html'],
  ['观点', '/GB/1003/index.html'],
  ['要闻', '/GB/59476/index.html'],
];

function hotList(items: readonly Link[]): string {
  return `<div class="rwb_rdph" id="rwb_rdph"><h2>热点排行</h2><ol class="ph_list">${items
    .map((l) => `<li><!--n--><a href="${esc(l.href)}" target="_blank" title="${esc(l.title)}">${esc(l.title)}</a></li>`)
    .join('\n')}</ol></div>`;
}

function homepage(v: HomepageView): Rendered {
  const o = v.ctx.origin('people');
  const top = v.sections[0]?.items[0];
  const sections = v.sections
    .map((s, i) => {
      const cls = i % 2 === 0 ? 'box boxlist fl' : 'box boxlist fr';
      // Real hrefs here carry stray newlines and tabs around the URL.
      const lis = s.items.map((l, j) => `<li><a href="${j % 4 === 1 ? '\n' : j % 4 === 2 ? '\t ' : ''}${esc(l.href)}${j % 5 === 3 ? ' ' : ''}" target="_blank">${esc(l.title)}</a></li>`).join('\n');
      return s.hidden
        ? `<div class="tabw_c"><ul class="list14 hide" style="display:none">${lis}</ul></div>`
        : `<div class="${cls}"><div class="title"><h2><a href="${o}/GB/59476/index.html">${esc(s.title)}</a></h2><span class="more"><a href="${o}/GB/1008/index.html">更多&gt;&gt;</a></span></div><ul class="list14">${lis}</ul></div>`;
    })
    .join('\n');
  const body = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>人民网_网上的人民日报</title>
<meta name="keywords" content="人民网,人民日报,时政,新闻" />
<link rel="stylesheet" href="/css/index.css" type="text/css" />
</head><body>
<div class="header w1000">${navLinks(o, NAV, 'sub_nav_list')}</div>
<div class="w1000 focus_img clearfix" id="rmw_topline">${top ? `<h1><a href="${esc(top.href)}" target="_blank"><img src="/img/focus1.jpg" alt="" /></a></h1>` : ''}</div>
<div class="w1000 clearfix">
${sections}
</div>
${adBlock('ad_box', 'rm_ad_1')}
<div class="box boxlist fl rmrd"><div class="title"><h2>人民热点</h2></div><ul class="list14">${linkItems(v.faults)}</ul></div>
${footer('footer w1000', '人民网', shanghaiParts(v.ctx.t).year, '京ICP证000006号 京公网安备11000002000008号')}
${analytics('people')}
</body></html>`;
  return html(body, 'gbk', 'text/html');
}

function editLine(v: ArticleView): string {
  return `(责编：${esc(v.editor)})`;
}

function articleNew(v: ArticleView, utf8: boolean): Rendered {
  const a = v.article;
  const o = v.ctx.origin('people');
  const contentId = a.path.match(/-(\d+)\.html$/)?.[1] ?? '';
  const catalog = a.path.match(/\/c(\d+)-/)?.[1] ?? '';
  const head = utf8 ? '<meta charset="utf-8">' : '<meta http-equiv="content-type" content="text/html;charset=GB2312"/>';
  const body = `<!DOCTYPE html>
<html><head>${head}
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>${esc(a.title)}--社会·法治--人民网</title>
<meta name="keywords" content="${esc(a.title.slice(0, 12))}" />
<meta name="description" content="${esc(v.body[0]?.slice(0, 80) ?? '')}" />
<meta name="publishdate" content="${formatTime(a.publishedAt, 'date')}" />
<meta name="author" content="${1000000 + (Number(contentId) % 899999)}" />
<meta name="source" content="来源：${esc(a.source)}" />
<meta name="contentid" content="${contentId}" />
<meta name="catalogs" content="${catalog}" />
<link rel="stylesheet" href="/css/rm_txt.css" />
</head><body>
<div class="header">${navLinks(o, NAV, 'nav')}</div>
<div class="main"><div class="layout rm_txt cf">
<div class="col col-1 fl">
<div class="channel cf"><a href="${o}/">人民网</a>&gt;&gt;<a href="${o}/GB/1008/index.html">社会·法治</a></div>
<h3 class="pre"></h3>
<h1>${esc(a.title)}</h1>
<h4 class="sub"></h4>
<p class="author">${a.style === 'own' ? `本报记者 ${esc(v.editor)}` : ''}</p>
<div class="channel cf"><div class="col-1-1 fl">${formatTime(a.publishedAt, 'cn-minute-tight')} | 来源：<a href="${o}/" target="_blank">${esc(a.source)}</a></div>${shareWidget('col-1-2 fr')}</div>
<div class="rm_txt_con cf">
${v.body.map((p) => `<p style="text-indent: 2em;">${esc(p)}</p>`).join('\n')}
<div class="edit cf">${editLine(v)}</div>
</div>
<div class="paper_num"><p>《人民日报》（ 2026年 第 12 版）</p></div>
<div class="rm_relevant cf" id="rwb_tjyd"><div class="title">相关新闻</div><ul>${linkItems(v.related)}</ul></div>
</div>
<div class="col col-2 fr">${hotList(v.hot)}${adBlock('ad_right', 'rm_ad_art')}</div>
</div></div>
${footer('footer', '人民网', shanghaiParts(v.ctx.t).year, '京ICP证000006号')}
${analytics('people')}
</body></html>`;
  return utf8 ? html(body, 'utf8', 'text/html; charset=utf-8') : html(body, 'gbk', 'text/html; charset=GBK');
}

/** The 2019 design. Its pages say GB2312 in the meta tag but the bytes are UTF-8, as a saved 2019 page shows. */
function articleOld(v: ArticleView): Rendered {
  const a = v.article;
  const o = v.ctx.origin('people');
  const body = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="content-type" content="text/html;charset=GB2312"/>
<title>${esc(a.title)}--人民网</title>
<meta name="keywords" content="" />
</head><body>
<div id="rwb_navpath">${navLinks(o, NAV, 'clink')}</div>
<div class="clearfix w1000_320 text_title">
<h3 class="pre"></h3>
<h1>${esc(a.title)}</h1>
<h4 class="sub"></h4>
<p class="author"></p>
<div class="box01"><div class="fl">${formatTime(a.publishedAt, 'cn-minute-tight')}&nbsp;&nbsp;来源：<a href="${o}/" target="_blank">${esc(a.source)}</a></div>${shareWidget('fr')}</div>
</div>
<div class="clearfix w1000_320 text_con">
<div class="fl text_con_left">
<div class="box_con" id="rwb_zw">
${v.body.map((p) => `<p>　　${esc(p)}</p>`).join('\n')}
<div class="zdfy clearfix"></div>
<center><table border="0" align="center" width="40%"><tr><td width="50%" align="center"><a href="${o}/" target="_blank"><img src="/img/2019/wb.png" alt="" /></a></td></tr></table></center>
</div>
<div class="edit clearfix">${editLine(v)}</div>
<div class="box_news"><h2>相关新闻</h2><ul>${linkItems(v.related)}</ul></div>
</div>
<div class="fr text_con_right">${hotList(v.hot.slice(0, 5))}</div>
</div>
${footer('footer', '人民网', shanghaiParts(v.ctx.t).year, '京ICP证000006号')}
</body></html>`;
  return html(body, 'utf8', 'text/html');
}

/** 要闻 channel page: a dated list plus the 热点排行 sidebar the descriptor reads. */
function channel(ctx: PageContext): Rendered {
  const o = ctx.origin('people');
  const v = { ctx, items: recentArticles(ctx, 'people', 40).map((a) => linkTo(ctx, a)), hot: hotLinks(ctx, 'people') };
  const body = `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>要闻--人民网</title></head><body>
<div class="header">${navLinks(o, NAV, 'nav')}</div>
<div class="ej_list_box clear"><ul class="list_14">${v.items
    .map((l) => `<li><a href="${esc(l.href)}" target="_blank">${esc(l.title)}</a> [${l.article ? formatTime(l.article.publishedAt, 'cn-minute-tight') : ''}]</li>`)
    .join('\n')}</ul></div>
<div class="fr">${hotList(v.hot)}</div>
${footer('footer', '人民网', shanghaiParts(v.ctx.t).year, '京ICP证000006号')}
</body></html>`;
  return html(body, 'gbk', 'text/html; charset=GB2312');
}

export const people: NationalSiteModule = {
  id: 'people',
  routes: { '/GB/59476/index.html': (ctx) => channel(ctx) },
  describe: (origin, originOf) => {
    const society = originOf(siteProfile('people').subhosts![0]!.address);
    return {
      id: 'people',
      kind: 'national',
      name: '人民网',
      homepage: {
        url: `${origin}/`,
        sectionSelector: 'div.boxlist, div.tabw_c',
        sectionTitleSelector: '.title h2',
        ignoreSelectors: ['.footer', '.ad_box', '.sub_nav_list'],
      },
      rankings: [
        {
          kind: 'html',
          list: '热点排行',
          url: `${origin}/GB/59476/index.html`,
          itemSelector: '#rwb_rdph ol.ph_list li',
          linkSelector: 'a[href]',
        },
      ],
      article: {
        urlPatterns: [...articleUrlPatterns('people', origin), ...articleUrlPatterns('people', society)],
        hints: {
          title: ['.rm_txt h1', '.text_title h1'],
          publishedAt: ['.rm_txt .col-1-1', '.box01 .fl', 'meta[name=publishdate]'],
          source: ['.rm_txt .col-1-1 a', '.box01 .fl a', 'meta[name=source]'],
          body: ['.rm_txt_con', '#rwb_zw'],
          remove: ['.paper_num', '#rwb_tjyd', '.edit', '.zdfy', 'center'],
        },
      },
      encoding: 'gbk',
      hosts: [new URL(society).host],
      notes: 'www pages are GBK (2019 article pages declare GB2312 but are UTF-8); society-channel articles live on their own host, in UTF-8, whose robots.txt sets Crawl-delay: 1.',
    };
  },
  homepage,
  article: (v, template) => (template === 1 ? articleOld(v) : articleNew(v, template === 2)),
};
