// Page furniture every real news page carries around its content: navigation, ads, share
// widgets, footers, analytics scripts. It gives extractors the noise they must skip.
import { esc } from './html.js';
import type { Link } from './types.js';

export function linkItems(items: readonly Link[], li = 'li', extra = ''): string {
  return items.map((l) => `<${li}${extra}><a href="${esc(l.href)}" target="_blank">${esc(l.title)}</a></${li}>`).join('\n');
}

export function navLinks(origin: string, labels: readonly [string, string][], cls: string): string {
  return `<div class="${cls}">${labels.map(([label, path]) => `<a href="${origin}${path}">${esc(label)}</a>`).join(' | ')}</div>`;
}

export function adBlock(cls: string, id: string): string {
  return `<div class="${cls}" id="${id}"><a href="https://ad.example-adnet.cn/click?id=${id}" rel="nofollow"><img src="/img/ad_${id}.jpg" width="300" height="250" alt="广告"></a><span class="ad-tag">广告</span></div>`;
}

export function shareWidget(cls: string): string {
  return `<div class="${cls}"><span>分享到：</span><a class="share-wx" href="javascript:;" title="分享到微信">微信</a><a class="share-wb" href="javascript:;" title="分享到微博">微博</a><a class="share-qq" href="javascript:;" title="分享到QQ空间">QQ空间</a></div>`;
}

export function footer(cls: string, name: string, year: number, licence: string): string {
  return `<div class="${cls}"><p><a href="/about/">关于我们</a> | <a href="/contact/">联系我们</a> | <a href="/ad/">广告服务</a> | <a href="/jobs/">招聘信息</a> | <a href="/sitemap/">网站地图</a></p>
<p>${esc(name)}版权所有，未经书面授权禁止使用</p><p>Copyright &copy; 1997-${year} by ${esc(name)}. all rights reserved</p><p>${esc(licence)}</p></div>`;
}

export function analytics(siteId: string): string {
  return `<script type="text/javascript">var _hmt = _hmt || [];(function(){var hm=document.createElement("script");hm.src="/js/stat.js?site=${siteId}";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();</script>`;
}
