// 中国日报网 (research/sites.md §6): `/a/YYYYMM/DD/WS<24hex>.html`; `h1.dabiaoti`; `.fenx .xinf-le`:
// first "作者： X 来源：<a>Y</a>", second "2026-11-21 00:54"; body `div#Content` ending at
// `<!--/enpcontent-->`; another design with `id="pubtime"` and `meta[name=source]`.
import { shanghaiParts } from '../../../core/clock.js';
import { adBlock, footer, linkItems, navLinks } from '../chrome.js';
import { esc, formatTime, paragraphs } from '../html.js';
import { articleUrlPatterns } from '../urls.js';
import { html, type ArticleView, type HomepageView, type NationalSiteModule, type Rendered } from '../types.js';

const NAV: [string, string][] = [
  ['资讯', '/china/'],
  ['财经', '/business/'],
  ['国际', '/world/'],
  ['文体', '/culture/'],
  ['English', '/en/'],
];

function homepage(v: HomepageView): Rendered {
  const o = v.ctx.origin('chinadaily');
  const blocks = v.sections
    .map((s) => `<div class="tw3_01" data-section="${esc(s.title)}"><div class="tw3_01_1"><span>${esc(s.title)}</span></div><div class="tw3_01_2">${s.items.map((l) => `<div class="tBox3"><h3><a href="${esc(l.href)}" target="_blank">${esc(l.title)}</a></h3></div>`).join('\n')}</div></div>`)
    .join('\n');
  const body = `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/><title>中国日报网 - 传播中国，影响世界</title></head><body>
<div class="topNav">${navLinks(o, NAV, 'nav')}</div>
<div class="main_content">${blocks}
<div class="tw3_01" data-section="专题"><div class="tw3_01_1"><span>专题</span></div><div class="tw3_01_2"><ul>${linkItems(v.faults)}</ul></div></div>
</div>
${adBlock('adv', 'cd_ad_1')}
${footer('foot', '中国日报网', shanghaiParts(v.ctx.t).year, '京ICP备13028878号')}
</body></html>`;
  return html(body, 'utf8', 'text/html');
}

function articleDabiaoti(v: ArticleView): Rendered {
  const a = v.article;
  const body = `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>
<title>${esc(a.title)} - 中国日报网</title>
<meta name="source" content="${esc(a.source)}"><meta name="editor" content="${esc(v.editor)}">
</head><body>
<div class="topNav">${navLinks(v.ctx.origin('chinadaily'), NAV, 'nav')}</div>
<div class="main_title"><h1 class="dabiaoti">${esc(a.title)}</h1>
<div class="fenx"><div class="xinf-le">作者： ${esc(v.editor.split('、')[0]!)} 来源：<a href="/">${esc(a.source)}</a></div><div class="xinf-le">${formatTime(a.publishedAt, 'dash-minute')}</div></div></div>
<div id="Content" class="article">
${paragraphs(v.body)}
<!--/enpcontent-->
<div id="div_currpage"></div>
</div>
<div class="urlShareArea">分享到：微信 微博</div>
<div class="xiangguan"><ul>${linkItems(v.related)}</ul></div>
<div class="editor">【责任编辑：${esc(v.editor)}】</div>
${footer('foot', '中国日报网', shanghaiParts(v.ctx.t).year, '京ICP备13028878号')}
</body></html>`;
  return html(body, 'utf8', 'text/html; charset=UTF-8');
}

function articlePubtime(v: ArticleView): Rendered {
  const a = v.article;
  const body = `<!DOCTYPE html><html><head><meta charset="utf-8">
<title>${esc(a.title)}</title>
<meta name="source" content="${esc(a.source)}"><meta name="author" content="${esc(v.editor)}">
</head><body>
<div class="header">${navLinks(v.ctx.origin('chinadaily'), NAV, 'nav')}</div>
<div class="lft_art"><h1>${esc(a.title)}</h1>
<div class="info"><span class="info_l">${esc(a.source)} | 更新时间：<span id="pubtime">${formatTime(a.publishedAt, 'dash-second')}</span></span></div>
<div id="Content">
${paragraphs(v.body)}
</div>
<!--/enpcontent-->
<div class="editor">【责任编辑：${esc(v.editor)}】</div>
</div>
<div class="rt_art"><ul>${linkItems(v.related)}</ul></div>
${footer('foot', '中国日报网', shanghaiParts(v.ctx.t).year, '京ICP备13028878号')}
</body></html>`;
  return html(body, 'utf8', 'text/html; charset=utf-8');
}

export const chinadaily: NationalSiteModule = {
  id: 'chinadaily',
  describe: (origin) => ({
    id: 'chinadaily',
    kind: 'national',
    name: '中国日报网',
    homepage: {
      url: `${origin}/`,
      sectionSelector: 'div.tw3_01',
      sectionTitleSelector: '.tw3_01_1 span',
      ignoreSelectors: ['.foot', '.adv', '.topNav'],
    },
    rankings: [],
    article: {
      urlPatterns: articleUrlPatterns('chinadaily', origin),
      hints: {
        title: ['h1.dabiaoti', '.lft_art h1'],
        publishedAt: ['.fenx .xinf-le:nth-child(2)', '#pubtime'],
        source: ['meta[name=source]', '.fenx .xinf-le a'],
        body: ['#Content'],
        remove: ['#div_currpage', '.urlShareArea', '.editor'],
      },
    },
    encoding: 'utf-8',
  }),
  homepage,
  article: (v, t) => (t === 1 ? articlePubtime(v) : articleDabiaoti(v)),
};
