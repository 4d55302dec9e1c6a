// 光明网 (research/sites.md §10, benchmark homepage notes): `/YYYY-MM/DD/content_<digits>.htm`;
// `.u-title`/`#articleID`, `#articlePubTime` (date-only on some pages), body `#ContentPh`/`.u-mainText`,
// noise `.m-zbTool`, `#articleLiability`, 【上一篇】/【下一篇】 paragraphs; homepage with a numbered
// editorial box (`#blogRank`) that looks like a ranking but is not one.
import { shanghaiParts } from '../../../core/clock.js';
import { adBlock, footer, linkItems, navLinks } from '../chrome.js';
import { esc, formatTime, paragraphs } from '../html.js';
import { articleUrlPatterns } from '../urls.js';
import { html, type ArticleView, type HomepageView, type NationalSiteModule, type Rendered } from '../types.js';

const NAV: [string, string][] = [
  ['时评', '/guancha/'],
  ['法治', '/legal/'],
  ['经济', '/economy/'],
  ['文艺', '/culture/'],
];

function homepage(v: HomepageView): Rendered {
  const o = v.ctx.origin('gmw');
  const blocks = v.sections
    .map((s) => `<div class="channel-newsGroup" data-section="${esc(s.title)}"><div class="m-title"><a href="${o}/${s.key}/">${esc(s.title)}</a></div><ul>${s.items.map((l) => `<li><span class="channel-newsTitle"><a href="${esc(l.href)}" target="_blank">${esc(l.title)}</a></span></li>`).join('\n')}</ul></div>`)
    .join('\r\n');
  const picks = v.sections[1]?.items.slice(0, 5) ?? [];
  const body = `<!DOCTYPE html>\r
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta charset="UTF-8"><title>光明网_让光明照亮你我</title></head><body>\r
<div class="header">${navLinks(o, NAV, 'nav')}</div>\r
<div class="channelLeftPart">${blocks}\r
<div class="channel-newsGroup" data-section="光明推荐"><div class="m-title">光明推荐</div><ul>${linkItems(v.faults)}</ul></div>\r
</div>\r
<div class="channelRightPart"><div id="blogRank"><h3>理论精选</h3><ol>${picks.map((l, i) => `<li><span class="r${i < 3 ? 1 : 2}">${i + 1}</span><a href="${esc(l.href)}">${esc(l.title)}</a></li>`).join('')}</ol></div>${adBlock('ad', 'gmw_ad_1')}</div>\r
${footer('footer', '光明网', shanghaiParts(v.ctx.t).year, '京ICP证100909号')}\r
</body></html>`;
  return html(body, 'utf8', 'text/html');
}

function prevNext(v: ArticleView): string {
  const [prev, next] = v.related;
  return `${prev ? `<p>【上一篇】<a href="${esc(prev.href)}">${esc(prev.title)}</a></p>` : ''}${next ? `<p>【下一篇】<a href="${esc(next.href)}">${esc(next.title)}</a></p>` : ''}`;
}

function articleU(v: ArticleView): Rendered {
  const a = v.article;
  const body = `<!DOCTYPE html><html><head><meta charset="UTF-8"><title>${esc(a.title)}_光明网</title></head><body>
<div class="header">${navLinks(v.ctx.origin('gmw'), NAV, 'nav')}</div>
<div class="g-main">
<h1 class="u-title">${esc(a.title)}</h1>
<div class="m-con-info"><span class="m-con-time" id="articlePubTime">${formatTime(a.publishedAt, 'dash-minute')}</span><span class="m-con-source">来源：<a href="/">${esc(a.source)}</a></span></div>
<div class="m-zbTool">字号：大 中 小</div>
<div class="u-mainText" id="ContentPh">
${paragraphs(v.body)}
${prevNext(v)}
<p>（转载请注明来源：光明网）</p>
</div>
<div id="articleLiability" class="liability">[ 责编：${esc(v.editor)} ]</div>
</div>
${footer('footer', '光明网', shanghaiParts(v.ctx.t).year, '京ICP证100909号')}
</body></html>`;
  return html(body, 'utf8', 'text/html; charset=utf-8');
}

/** Commentary-style design: date only, no time anywhere on the page. */
function articleDateOnly(v: ArticleView): Rendered {
  const a = v.article;
  const body = `<!DOCTYPE html><html><head><meta charset="UTF-8"><title>${esc(a.title)}</title></head><body>
<div class="header">${navLinks(v.ctx.origin('gmw'), NAV, 'nav')}</div>
<div class="contentWrapper">
<h1 id="articleID">${esc(a.title)}</h1>
<div class="reading_right"><span id="articlePubTime">发布时间：${formatTime(a.publishedAt, 'date')}</span> | 来源：<span class="source">${esc(a.source)}</span></div>
<div id="ContentPh" class="contentMain">
${paragraphs(v.body)}
</div>
<div class="liability">[责任编辑：${esc(v.editor)}]</div>
<div class="content_left_main"><ul>${v.related.map((l) => `<li><span class="main_title"><a href="${esc(l.href)}">${esc(l.title)}</a></span></li>`).join('')}</ul></div>
</div>
${footer('footer', '光明网', shanghaiParts(v.ctx.t).year, '京ICP证100909号')}
</body></html>`;
  return html(body, 'utf8', 'text/html; charset=utf-8');
}

export const gmw: NationalSiteModule = {
  id: 'gmw',
  describe: (origin) => ({
    id: 'gmw',
    kind: 'national',
    name: '光明网',
    homepage: {
      url: `${origin}/`,
      sectionSelector: 'div.channel-newsGroup',
      sectionTitleSelector: '.m-title',
      ignoreSelectors: ['.footer', '#blogRank', '.ad', '.header'],
    },
    rankings: [],
    article: {
      urlPatterns: articleUrlPatterns('gmw', origin),
      hints: {
        title: ['.u-title', '#articleID'],
        publishedAt: ['#articlePubTime'],
        source: ['.m-con-source', '.reading_right .source'],
        body: ['#ContentPh'],
        remove: ['.m-zbTool', '#articleLiability', '.liability'],
      },
    },
    encoding: 'utf-8',
    notes: '#blogRank is an editorial pick, not a click ranking.',
  }),
  homepage,
  article: (v, t) => (t === 1 ? articleDateOnly(v) : articleU(v)),
};
