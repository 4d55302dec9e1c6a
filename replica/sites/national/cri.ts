// 国际在线 (research/sites.md §8): GB2312 declared by meta tag only; `/YYYYMMDD/<uuid>.html`;
// `#atitle`, `span#apublishtime` "2026-11-21 08:36:25", `span#asource` "来源：<a>…</a>",
// `span#aeditor` "编辑：…", body `div#abody.list-abody`; no robots.txt.
import { shanghaiParts } from '../../../core/clock.js';
import { adBlock, footer, linkItems, navLinks } from '../chrome.js';
import { esc, formatTime, paragraphs } from '../html.js';
import { articleUrlPatterns } from '../urls.js';
import { html, type ArticleView, type HomepageView, type NationalSiteModule, type Rendered } from '../types.js';

const NAV: [string, string][] = [
  ['国际', '/world/'],
  ['国内', '/china/'],
  ['财经', '/finance/'],
  ['文体', '/ent/'],
];

const META = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />';

function homepage(v: HomepageView): Rendered {
  const o = v.ctx.origin('cri');
  const blocks = v.sections
    .map((s) => `<div class="list-box" data-section="${esc(s.title)}"><div class="list-title"><h3>${esc(s.title)}</h3></div><ul class="list-txt">${linkItems(s.items)}</ul></div>`)
    .join('\n');
  const body = `<!DOCTYPE html><html><head>${META}<title>国际在线_中国国际广播电台</title></head><body>
<div class="nav">${navLinks(o, NAV, 'nav-box')}</div>
<div class="main">${blocks}
<div class="list-box" data-section="专题"><div class="list-title"><h3>专题</h3></div><ul class="list-txt">${linkItems(v.faults)}</ul></div>
</div>
${adBlock('ad', 'cri_ad_1')}
${footer('footer', '国际在线', shanghaiParts(v.ctx.t).year, '京ICP证060535号')}
</body></html>`;
  return html(body, 'gbk', 'text/html');
}

function articleA(v: ArticleView): Rendered {
  const a = v.article;
  const body = `<!DOCTYPE html><html><head>${META}<title>${esc(a.title)}_国际在线</title></head><body>
<div class="nav">${navLinks(v.ctx.origin('cri'), NAV, 'nav-box')}</div>
<div class="article-box">
<div class="list-title" id="atitle">${esc(a.title)}</div>
<div class="list-brief"><span id="apublishtime">${formatTime(a.publishedAt, 'dash-second')}</span> <span id="asource">来源：<a href="/">${esc(a.source)}</a></span> <span id="aeditor">编辑：${esc(v.editor)}</span></div>
<div id="abody" class="list-abody abody">
${paragraphs(v.body)}
</div>
<div class="more-news"><ul>${linkItems(v.related)}</ul></div>
</div>
${footer('footer', '国际在线', shanghaiParts(v.ctx.t).year, '京ICP证060535号')}
</body></html>`;
  return html(body, 'gbk', 'text/html');
}

function articleB(v: ArticleView): Rendered {
  const a = v.article;
  const body = `<!DOCTYPE html><html><head>${META}<title>${esc(a.title)}</title></head><body>
<div class="crinav">${navLinks(v.ctx.origin('cri'), NAV, 'nav-box')}</div>
<div class="content-left">
<h1 id="atitle">${esc(a.title)}</h1>
<div class="info"><span class="date" id="apublishtime">${formatTime(a.publishedAt, 'cn-minute')}</span><span id="asource">${esc(a.source)}</span></div>
<div id="abody">${paragraphs(v.body)}</div>
<p class="editor" id="aeditor">编辑：${esc(v.editor)}</p>
</div>
<div class="content-right"><ul>${linkItems(v.related)}</ul></div>
${footer('footer', '国际在线', shanghaiParts(v.ctx.t).year, '京ICP证060535号')}
</body></html>`;
  return html(body, 'gbk', 'text/html');
}

export const cri: NationalSiteModule = {
  id: 'cri',
  describe: (origin) => ({
    id: 'cri',
    kind: 'national',
    name: '国际在线',
    homepage: { url: `${origin}/`, sectionSelector: 'div.list-box', sectionTitleSelector: '.list-title h3', ignoreSelectors: ['.footer', '.ad', '.nav'] },
    rankings: [],
    article: {
      urlPatterns: articleUrlPatterns('cri', origin),
      hints: {
        title: ['#atitle'],
        publishedAt: ['#apublishtime'],
        source: ['#asource'],
        body: ['#abody'],
        remove: ['#aeditor'],
      },
    },
    encoding: 'gb2312',
  }),
  homepage,
  article: (v, t) => (t === 1 ? articleB(v) : articleA(v)),
};
