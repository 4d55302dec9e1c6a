// 中国网 (research/sites.md §3): `/YYYY-MM/DD/content_<9 digits>.(htm|shtml|html)`; old template
// `.articleTitle` + `#pubtime_baidu` "发布时间：…" + `#source_baidu` + `.articleBody`; alternate
// `h1` + `.span` "发布时间：…｜来源：…" + `.center_box`; footer link bar of content_ pages.
import { shanghaiParts } from '../../../core/clock.js';
import { adBlock, footer, linkItems, navLinks, shareWidget } from '../chrome.js';
import { esc, formatTime, indented, paragraphs } from '../html.js';
import { articleUrlPatterns } from '../urls.js';
import { html, type ArticleView, type HomepageView, type NationalSiteModule, type Rendered } from '../types.js';

const NAV: [string, string][] = [
  ['新闻', '/news/'],
  ['国际', '/international/'],
  ['财经', '/finance/'],
  ['文化', '/culture/'],
  ['观点', '/opinion/'],
];

function homepage(v: HomepageView): Rendered {
  const o = v.ctx.origin('china');
  const first = v.sections[0]?.items[0];
  const blocks = v.sections.map((s, i) => {
    const items = i === 0 && first ? s.items.slice(1) : s.items;
    const head = i === 0 && first ? `<h1><a href="${esc(first.href)}" target="_blank">${esc(first.title)}</a></h1>` : '';
    return `<div class="box${i % 2 ? ' box-r' : ''}" data-section="${esc(s.title)}"><div class="boxTitle"><span class="name">${esc(s.title)}</span><a class="more" href="${o}/${s.key}/">更多</a></div>${head}<ul class="newsList">${linkItems(items)}</ul></div>`;
  });
  const body = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\r
<html xmlns="http://www.w3.org/1999/xhtml"><head>\r
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\r
<title>中国网--网上中国</title>\r
</head><body>\r
<div class="topNav">${navLinks(o, NAV, 'navLinks')}</div>\r
<div class="wrapper">\r
${blocks.join('\r\n')}\r
<div class="box" data-section="专题"><div class="boxTitle"><span class="name">专题</span></div><ul class="newsList">${linkItems(v.faults)}</ul></div>\r
</div>\r
${adBlock('adBox', 'china_ad_1')}\r
<div class="Contact"><a href="${o}/2009-01/01/content_17000001.htm">中央机构</a> <a href="${o}/2009-01/01/content_17000002.htm">友情链接</a> <a href="${o}/2009-01/01/content_17000003.htm">自律公约</a></div>\r
${footer('footer', '中国互联网新闻中心', shanghaiParts(v.ctx.t).year, '京ICP证 040089号')}\r
</body></html>`;
  return html(body, 'utf8', 'text/html');
}

function articleBaidu(v: ArticleView): Rendered {
  const a = v.article;
  const body = `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>${esc(a.title)}_中国网</title>
</head><body>
<div class="topNav">${navLinks(v.ctx.origin('china'), NAV, 'navLinks')}</div>
<div class="articleTitle"><h1 class="artTitle">${esc(a.title)}</h1></div>
<div class="fl time2"><span id="pubtime_baidu">发布时间：${formatTime(a.publishedAt, 'dash-second')}</span> <span id="source_baidu">来源：${esc(a.source)}</span> <span id="author_baidu">作者：${esc(v.editor.split('、')[0]!)}</span></div>
${shareWidget('shareBox')}
<div class="articleBody" id="articleBody">
${indented(v.body)}
</div>
<div class="articleEditor" id="editor_baidu">责任编辑：${esc(v.editor)}</div>
<div class="relateNews"><h3>相关新闻</h3><ul>${linkItems(v.related)}</ul></div>
${adBlock('adBox', 'china_ad_art')}
${footer('footer', '中国互联网新闻中心', shanghaiParts(v.ctx.t).year, '京ICP证 040089号')}
</body></html>`;
  return html(body, 'utf8', 'text/html; charset=utf-8');
}

function articleCenter(v: ArticleView): Rendered {
  const a = v.article;
  const body = `<!DOCTYPE html><html><head><meta charset="UTF-8">
<title>${esc(a.title)}</title>
</head><body>
<div class="header_box">${navLinks(v.ctx.origin('china'), NAV, 'nav')}</div>
<div class="center_box">
<h1>${esc(a.title)}</h1>
<div class="span">发布时间：${formatTime(a.publishedAt, 'dash-minute')}｜来源：${esc(a.source)}</div>
<div class="center_text">${paragraphs(v.body)}</div>
<div class="edit">（责任编辑：${esc(v.editor)}）</div>
</div>
<div class="right_box"><h3>热点新闻</h3><ul>${linkItems(v.related)}</ul></div>
${footer('footer', '中国互联网新闻中心', shanghaiParts(v.ctx.t).year, '京ICP证 040089号')}
</body></html>`;
  return html(body, 'utf8', 'text/html; charset=utf-8');
}

export const china: NationalSiteModule = {
  id: 'china',
  describe: (origin) => ({
    id: 'china',
    kind: 'national',
    name: '中国网',
    homepage: {
      url: `${origin}/`,
      sectionSelector: 'div.box',
      sectionTitleSelector: '.boxTitle .name',
      ignoreSelectors: ['.footer', '.Contact', '.adBox', '.topNav'],
    },
    rankings: [],
    article: {
      urlPatterns: articleUrlPatterns('china', origin),
      hints: {
        title: ['.articleTitle h1', '.center_box h1'],
        publishedAt: ['#pubtime_baidu', '.center_box .span'],
        source: ['#source_baidu', '.center_box .span'],
        body: ['#articleBody', '.center_text'],
        remove: ['#editor_baidu', '.edit'],
      },
    },
    encoding: 'utf-8',
  }),
  homepage,
  article: (v, t) => (t === 1 ? articleCenter(v) : articleBaidu(v)),
};
