// 中国经济网 (research/sites.md §11): GB2312, declared in the HTTP header and a meta tag;
// `/<section>/YYYYMM/DD/tYYYYMMDD_<digits>.shtml`; `#articleTitle`, `span#articleTime`
// 'YYYY年MM月DD日 HH:mm', `#articleSource`, `#articleAuthor`, body `#articleText`/`div.TRS_Editor`,
// "（责任编辑：…）".
import { shanghaiParts } from '../../../core/clock.js';
import { adBlock, footer, linkItems, navLinks } from '../chrome.js';
import { esc, formatTime, indented, paragraphs } from '../html.js';
import { articleUrlPatterns } from '../urls.js';
import { html, type ArticleView, type HomepageView, type NationalSiteModule, type Rendered } from '../types.js';

const NAV: [string, string][] = [
  ['要闻', '/xwzx/'],
  ['地方', '/district/'],
  ['金融', '/finance/'],
  ['产业', '/cysc/'],
];

const META = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />';
const GB_HEADER = 'text/html; charset=gb2312';

function homepage(v: HomepageView): Rendered {
  const o = v.ctx.origin('ce');
  const blocks = v.sections
    .map((s) => `<div class="sec_left" data-section="${esc(s.title)}"><div class="sec_title"><span>${esc(s.title)}</span></div><ul>${linkItems(s.items)}</ul></div>`)
    .join('\n');
  const body = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head>${META}<title>中国经济网——国家经济门户</title></head><body>
<div class="topnav">${navLinks(o, NAV, 'nav')}</div>
<div class="main">${blocks}
<div class="sec_left" data-section="专题"><div class="sec_title"><span>专题</span></div><ul>${linkItems(v.faults)}</ul></div>
</div>
${adBlock('ad', 'ce_ad_1')}
${footer('footer', '中国经济网', shanghaiParts(v.ctx.t).year, '京ICP备12021963号')}
</body></html>`;
  return html(body, 'gbk', GB_HEADER);
}

function articleStd(v: ArticleView): Rendered {
  const a = v.article;
  const body = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head>${META}<title>${esc(a.title)}_中国经济网——国家经济门户</title></head><body>
<div class="topnav">${navLinks(v.ctx.origin('ce'), NAV, 'nav')}</div>
<div class="content">
<h1 id="articleTitle">${esc(a.title)}</h1>
<div class="laiyuan"><span id="articleTime">${formatTime(a.publishedAt, 'cn-minute')}</span> <span id="articleSource">来源：${esc(a.source)}</span> <span id="articleAuthor">作者：${esc(v.editor.split('、')[0]!)}</span></div>
<div id="articleText"><div class="TRS_Editor">
${indented(v.body)}
</div></div>
<div class="bianji">（责任编辑：${esc(v.editor)}）</div>
<div class="xgxw"><h3>相关新闻</h3><ul>${linkItems(v.related)}</ul></div>
</div>
${footer('footer', '中国经济网', shanghaiParts(v.ctx.t).year, '京ICP备12021963号')}
</body></html>`;
  return html(body, 'gbk', GB_HEADER);
}

function articleDistrict(v: ArticleView): Rendered {
  const a = v.article;
  const body = `<!DOCTYPE html><html><head>${META}<title>${esc(a.title)}</title></head><body>
<div class="district_nav">${navLinks(v.ctx.origin('ce'), NAV, 'nav')}</div>
<div class="sec_left">
<h2 class="titleFont" id="articleTitle">${esc(a.title)}</h2>
<div class="subtitle"><span class="date" id="articleTime">${formatTime(a.publishedAt, 'dash-second')}</span><span id="articleSource">${esc(a.source)}</span></div>
<div class="TRS_Editor">${paragraphs(v.body)}</div>
<p class="editor">（责任编辑：${esc(v.editor)}）</p>
</div>
${footer('footer', '中国经济网', shanghaiParts(v.ctx.t).year, '京ICP备12021963号')}
</body></html>`;
  return html(body, 'gbk', 'text/html');
}

export const ce: NationalSiteModule = {
  id: 'ce',
  describe: (origin) => ({
    id: 'ce',
    kind: 'national',
    name: '中国经济网',
    homepage: { url: `${origin}/`, sectionSelector: 'div.sec_left', sectionTitleSelector: '.sec_title span', ignoreSelectors: ['.footer', '.ad', '.topnav'] },
    rankings: [],
    article: {
      urlPatterns: articleUrlPatterns('ce', origin),
      hints: {
        title: ['#articleTitle'],
        publishedAt: ['#articleTime'],
        source: ['#articleSource'],
        body: ['#articleText', 'div.TRS_Editor'],
        remove: ['.bianji', '.editor'],
      },
    },
    encoding: 'gb2312',
  }),
  homepage,
  article: (v, t) => (t === 1 ? articleDistrict(v) : articleStd(v)),
};
