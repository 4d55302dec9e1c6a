// 求是网 (research/sites.md §5): `/YYYYMMDD/<32hex>/c.html`; title `h1`, `span.appellation` for
// 来源/作者, body `div.content`; time in `.pubtime`; the 2026 redesign shows only the date and keeps
// the full time in meta tags; QR-code noise (`zxcode`), `.fs-text`, `.fs-pinglun`.
import { shanghaiParts } from '../../../core/clock.js';
import { footer, linkItems, navLinks } from '../chrome.js';
import { esc, formatTime, paragraphs } from '../html.js';
import { articleUrlPatterns } from '../urls.js';
import { html, type ArticleView, type HomepageView, type NationalSiteModule, type Rendered } from '../types.js';

const NAV: [string, string][] = [
  ['首页', '/'],
  ['头条', '/v9zhuanqu/toutiao/index.htm'],
  ['政治', '/politics/index.htm'],
  ['经济', '/economy/index.htm'],
  ['文化', '/culture/index.htm'],
];

function homepage(v: HomepageView): Rendered {
  const o = v.ctx.origin('qstheory');
  const blocks = v.sections
    .map((s) => `<div class="list-style1" data-section="${esc(s.title)}"><div class="text"><h2>${esc(s.title)}</h2></div><ul>${linkItems(s.items)}</ul></div>`)
    .join('\n');
  const body = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>求是网</title></head><body>
<div class="header">${navLinks(o, NAV, 'nav')}</div>
<div class="container">${blocks}
<div class="no-pic" data-section="推荐"><div class="text"><h2>推荐</h2></div><ul>${linkItems(v.faults)}</ul></div>
</div>
${footer('footer', '求是网', shanghaiParts(v.ctx.t).year, '京ICP备12015390号')}
</body></html>`;
  return html(body, 'utf8', 'text/html; charset=utf-8');
}

function articleClassic(v: ArticleView): Rendered {
  const a = v.article;
  const body = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)} - 求是网</title></head><body>
<div class="header">${navLinks(v.ctx.origin('qstheory'), NAV, 'nav')}</div>
<div class="container"><div class="inner">
<h1>${esc(a.title)}</h1>
<div class="headtitle"><span class="appellation">来源：${esc(a.source)}</span><span class="appellation">作者：${esc(v.editor.split('、')[0]!)}</span><span class="pubtime">${formatTime(a.publishedAt, 'dash-second')}</span></div>
<div class="content">
${paragraphs(v.body)}
</div>
<div class="fs-text"><img src="/img/zxcode_qstheory.png" alt="">扫一扫，分享到微信</div>
<div class="fs-pinglun">网友评论</div>
<div class="text-edit">责任编辑：${esc(v.editor)}</div>
<div class="related"><ul>${linkItems(v.related)}</ul></div>
</div></div>
${footer('footer', '求是网', shanghaiParts(v.ctx.t).year, '京ICP备12015390号')}
</body></html>`;
  return html(body, 'utf8', 'text/html; charset=utf-8');
}

function articleRedesign(v: ArticleView): Rendered {
  const a = v.article;
  const body = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>${esc(a.title)}</title>
<meta property="og:title" content="${esc(a.title)}">
<meta property="article:published_time" content="${formatTime(a.publishedAt, 'iso')}">
<meta name="author" content="${esc(a.source)}">
</head><body>
<header class="qs-header">${navLinks(v.ctx.origin('qstheory'), NAV, 'qs-nav')}</header>
<main class="qs-article">
<h1 class="qs-title">${esc(a.title)}</h1>
<div class="qs-meta"><span class="appellation">来源：${esc(a.source)}</span><span class="qs-date">${formatTime(a.publishedAt, 'date')}</span></div>
<article class="content highlight">
${paragraphs(v.body)}
</article>
<aside class="qs-related"><h3>延伸阅读</h3><ul>${linkItems(v.related)}</ul></aside>
</main>
${footer('qs-footer', '求是网', shanghaiParts(v.ctx.t).year, '京ICP备12015390号')}
</body></html>`;
  return html(body, 'utf8', 'text/html; charset=utf-8');
}

export const qstheory: NationalSiteModule = {
  id: 'qstheory',
  describe: (origin) => ({
    id: 'qstheory',
    kind: 'national',
    name: '求是网',
    homepage: {
      url: `${origin}/`,
      sectionSelector: 'div.list-style1, div.no-pic',
      sectionTitleSelector: '.text h2',
      ignoreSelectors: ['.footer', '.nav'],
    },
    rankings: [],
    article: {
      urlPatterns: articleUrlPatterns('qstheory', origin),
      hints: {
        title: ['.inner h1', 'h1.qs-title'],
        publishedAt: ['.pubtime', 'meta[property="article:published_time"]', '.qs-date'],
        source: ['span.appellation'],
        body: ['div.content'],
        remove: ['.fs-text', '.fs-pinglun', '.text-edit'],
      },
    },
    encoding: 'utf-8',
  }),
  homepage,
  article: (v, t) => (t === 1 ? articleRedesign(v) : articleClassic(v)),
};
