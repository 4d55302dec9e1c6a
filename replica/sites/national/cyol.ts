// 中青在线 (research/sites.md §9): `/gb/articles/YYYY-MM/DD/content_<~10 alnum>.html`. Selectors and
// charset of the real site were not found; the replica uses a plausible design and a date-only
// page whose time sits in a meta tag, and serves no robots.txt.
import { shanghaiParts } from '../../../core/clock.js';
import { footer, linkItems, navLinks, shareWidget } from '../chrome.js';
import { esc, formatTime, paragraphs } from '../html.js';
import { articleUrlPatterns } from '../urls.js';
import { html, type ArticleView, type HomepageView, type NationalSiteModule, type Rendered } from '../types.js';

const NAV: [string, string][] = [
  ['要闻', '/gb/channels/yw/'],
  ['社会', '/gb/channels/sh/'],
  ['教育', '/gb/channels/jy/'],
  ['体育', '/gb/channels/ty/'],
];

function homepage(v: HomepageView): Rendered {
  const o = v.ctx.origin('cyol');
  const blocks = v.sections
    .map((s) => `<section class="news-block" data-section="${esc(s.title)}"><header class="block-hd"><h2>${esc(s.title)}</h2></header><ul class="news-ul">${s.items.map((l) => `<li class="news-li"><a class="news-a" href="${esc(l.href)}">${esc(l.title)}</a></li>`).join('\n')}</ul></section>`)
    .join('\n');
  const body = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8"><title>中青在线</title></head><body>
<nav class="site-nav">${navLinks(o, NAV, 'nav')}</nav>
<main>${blocks}
<section class="news-block" data-section="推荐"><header class="block-hd"><h2>推荐</h2></header><ul class="news-ul">${linkItems(v.faults)}</ul></section>
</main>
${footer('site-footer', '中国青年报社', shanghaiParts(v.ctx.t).year, '京ICP备05051621号')}
</body></html>`;
  return html(body, 'utf8', 'text/html; charset=UTF-8');
}

function articleDesk(v: ArticleView): Rendered {
  const a = v.article;
  const body = `<!DOCTYPE html><html><head><meta charset="UTF-8"><title>${esc(a.title)}_中青在线</title></head><body>
<nav class="site-nav">${navLinks(v.ctx.origin('cyol'), NAV, 'nav')}</nav>
<div class="article-main">
<div class="article-title"><h1>${esc(a.title)}</h1></div>
<div class="article-info"><span class="time">${formatTime(a.publishedAt, 'dash-second')}</span><span class="source">来源：${esc(a.source)}</span></div>
${shareWidget('share')}
<div class="article-content" id="article-content">
${paragraphs(v.body)}
</div>
<div class="article-editor">责任编辑：${esc(v.editor)}</div>
<div class="related"><h3>相关阅读</h3><ul>${linkItems(v.related)}</ul></div>
</div>
${footer('site-footer', '中国青年报社', shanghaiParts(v.ctx.t).year, '京ICP备05051621号')}
</body></html>`;
  return html(body, 'utf8', 'text/html; charset=UTF-8');
}

function articleMobile(v: ArticleView): Rendered {
  const a = v.article;
  const body = `<!DOCTYPE html><html><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width">
<meta name="publishdate" content="${formatTime(a.publishedAt, 'dash-second')}">
<meta name="source" content="${esc(a.source)}">
<title>${esc(a.title)}</title></head><body>
<div class="m-top"><a href="/">中青在线</a></div>
<h1 class="m-title">${esc(a.title)}</h1>
<p class="m-date">${formatTime(a.publishedAt, 'date')} ${esc(a.source)}</p>
<div class="m-content">${paragraphs(v.body)}</div>
<p class="m-editor">编辑：${esc(v.editor)}</p>
<div class="m-more"><ul>${linkItems(v.related.slice(0, 3))}</ul></div>
</body></html>`;
  return html(body, 'utf8', 'text/html');
}

export const cyol: NationalSiteModule = {
  id: 'cyol',
  describe: (origin) => ({
    id: 'cyol',
    kind: 'national',
    name: '中青在线',
    homepage: { url: `${origin}/`, sectionSelector: 'section.news-block', sectionTitleSelector: '.block-hd h2', ignoreSelectors: ['.site-footer', '.site-nav'] },
    rankings: [],
    article: {
      urlPatterns: articleUrlPatterns('cyol', origin),
      hints: {
        title: ['.article-title h1', 'h1.m-title'],
        publishedAt: ['.article-info .time', 'meta[name=publishdate]'],
        source: ['.article-info .source', 'meta[name=source]'],
        body: ['#article-content', '.m-content'],
        remove: ['.article-editor', '.m-editor'],
      },
    },
    notes: 'Real selectors and charset unknown (research §9); the replica design is invented.',
  }),
  homepage,
  article: (v, t) => (t === 1 ? articleMobile(v) : articleDesk(v)),
};
