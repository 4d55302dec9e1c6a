// 央广网 (research/sites.md §7): `/native/gd/[kx/]YYYYMMDD/tYYYYMMDD_<9 digits>.shtml`; 2018 design
// `.subject h2`, `.source` "<time> 来源：…", body `.TRS_Editor`, plus `#pubtime_baidu`/`#source_baidu`;
// the newer design `div.article-content`. Charset not confirmed on the real site: UTF-8 here, stated
// only in a meta tag.
import { shanghaiParts } from '../../../core/clock.js';
import { adBlock, footer, linkItems, navLinks } from '../chrome.js';
import { esc, formatTime, indented, paragraphs } from '../html.js';
import { articleUrlPatterns } from '../urls.js';
import { html, type ArticleView, type HomepageView, type NationalSiteModule, type Rendered } from '../types.js';

const NAV: [string, string][] = [
  ['新闻', '/native/'],
  ['时政', '/native/gd/'],
  ['财经', '/finance/'],
  ['文体', '/ent/'],
];

function homepage(v: HomepageView): Rendered {
  const o = v.ctx.origin('cnr');
  const blocks = v.sections
    .map((s) => `<div class="item" data-section="${esc(s.title)}"><div class="item-title"><a href="${o}/native/">${esc(s.title)}</a></div><ul class="list">${s.items.map((l, i) => `<li${i === 0 ? ' class="first"' : ''}><a href="${esc(l.href)}">${esc(l.title)}</a></li>`).join('\n')}</ul></div>`)
    .join('\n');
  const body = `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>央广网_中央人民广播电台</title></head><body>
<div class="topbar">${navLinks(o, NAV, 'nav')}</div>
<div class="wrapper">${blocks}
<div class="item" data-section="专题"><div class="item-title">专题</div><ul class="list">${linkItems(v.faults)}</ul></div>
</div>
${adBlock('ad', 'cnr_ad_1')}
${footer('footer', '央广网', shanghaiParts(v.ctx.t).year, '京ICP备05070627号')}
</body></html>`;
  return html(body, 'utf8', 'text/html');
}

function article2018(v: ArticleView): Rendered {
  const a = v.article;
  const body = `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>${esc(a.title)}_央广网</title></head><body>
<div class="topbar">${navLinks(v.ctx.origin('cnr'), NAV, 'nav')}</div>
<div class="wrapper"><div class="left">
<div class="subject"><h2>${esc(a.title)}</h2>
<div class="source"><span id="pubtime_baidu">${formatTime(a.publishedAt, 'dash-second')}</span> <span id="source_baidu">来源：${esc(a.source)}</span></div></div>
<div class="contentText"><div class="TRS_Editor">
${indented(v.body)}
</div></div>
<div class="editor">责编：${esc(v.editor)}</div>
<div class="related"><ul>${linkItems(v.related)}</ul></div>
</div></div>
${footer('footer', '央广网', shanghaiParts(v.ctx.t).year, '京ICP备05070627号')}
</body></html>`;
  return html(body, 'utf8', 'text/html');
}

function articleNew(v: ArticleView): Rendered {
  const a = v.article;
  const body = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}</title></head><body>
<div class="header">${navLinks(v.ctx.origin('cnr'), NAV, 'nav')}</div>
<div class="article-header"><h1>${esc(a.title)}</h1>
<div class="article-info"><span class="time">${formatTime(a.publishedAt, 'cn-minute')}</span><span class="source">来源：${esc(a.source)}</span></div></div>
<div class="article-content">
${paragraphs(v.body)}
</div>
<div class="editor">责编：${esc(v.editor)}</div>
<div class="article-recommend"><ul>${linkItems(v.related)}</ul></div>
${footer('footer', '央广网', shanghaiParts(v.ctx.t).year, '京ICP备05070627号')}
</body></html>`;
  return html(body, 'utf8', 'text/html; charset=utf-8');
}

export const cnr: NationalSiteModule = {
  id: 'cnr',
  describe: (origin) => ({
    id: 'cnr',
    kind: 'national',
    name: '央广网',
    homepage: { url: `${origin}/`, sectionSelector: 'div.item', sectionTitleSelector: '.item-title', ignoreSelectors: ['.footer', '.ad', '.topbar'] },
    rankings: [],
    article: {
      urlPatterns: articleUrlPatterns('cnr', origin),
      hints: {
        title: ['.subject h2', '.article-header h1'],
        publishedAt: ['#pubtime_baidu', '.article-info .time'],
        source: ['#source_baidu', '.article-info .source'],
        body: ['.TRS_Editor', '.article-content'],
        remove: ['.editor'],
      },
    },
    notes: 'Charset of the real site is unconfirmed; the replica serves UTF-8 declared by meta tag only.',
  }),
  homepage,
  article: (v, t) => (t === 1 ? articleNew(v) : article2018(v)),
};
