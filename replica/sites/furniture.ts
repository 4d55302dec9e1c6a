// The bulk real pages carry besides the story: inline styles, configuration scripts, channel
// mega-menus, topic strips and footer link farms. It makes pages the size real ones are (tens of
// kilobytes) and gives extractors and link finders the noise they must get through. None of these
// links looks like an article URL.
import { createRng } from '../world/rng.js';
import { esc } from './html.js';

export interface Furniture {
  /** Inside <head>: a style sheet and a configuration script. */
  head: string;
  /** After the header: the channel menu and a topic strip. */
  menu: string;
  /** Before </body>: the link farm and tracking scripts. */
  tail: string;
}

const CHANNELS = ['时政', '国际', '财经', '社会', '法治', '文化', '教育', '科技', '体育', '健康', '旅游', '汽车', '房产', '军事', '理论', '观点', '地方', '图片', '视频', '直播', '专题', '访谈', '民生', '生态', '能源', '农业', '食品', '公益', '青年', '女性', '读书', '书画', '收藏', '游戏', '时尚', '美食', '家居', '数码', '手机', '彩票'];
const PROVINCES = ['北京', '天津', '河北', '山西', '内蒙古', '辽宁', '吉林', '黑龙江', '上海', '江苏', '浙江', '安徽', '福建', '江西', '山东', '河南', '湖北', '湖南', '广东', '广西', '海南', '重庆', '四川', '贵州', '云南', '西藏', '陕西', '甘肃', '青海', '宁夏', '新疆'];
const TOPICS = ['学习贯彻党的二十届四中全会精神', '高质量发展调研行', '中国式现代化', '一线调研', '数说经济', '冬季安全提示', '新春走基层', '强国论坛', '网上群众路线', '领导留言板'];

const cache = new Map<string, Furniture>();

export function furniture(siteId: string, cls: string): Furniture {
  const key = `${siteId}|${cls}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const rng = createRng('furniture', siteId);
  const css = Array.from({ length: 120 }, (_, i) => `.${cls}-m${i}{margin:${rng.int(0, 20)}px ${rng.int(0, 20)}px;padding:${rng.int(0, 12)}px;font-size:${rng.int(12, 18)}px;color:#${rng.int(0, 0xffffff).toString(16).padStart(6, '0')}}`).join('\n');
  const config = { site: siteId, channel: 'news', ads: Array.from({ length: 12 }, (_, i) => ({ slot: `${cls}_slot_${i}`, w: rng.pick([300, 728, 970]), h: rng.pick([90, 250, 600]) })), abtest: rng.int(1, 9), cdn: `//static.${siteId}-cdn.example/assets/` };
  const head = `<style type="text/css">\n${css}\n</style>\n<script type="text/javascript">window.__SITE_CONFIG__ = ${JSON.stringify(config)};</script>`;
  const menu = `<div class="${cls}-menu"><ul>${CHANNELS.map((c, i) => `<li class="${cls}-m${i % 60}"><a href="/channel/${i + 1}/" target="_blank">${esc(c)}</a></li>`).join('')}</ul><div class="${cls}-local">${PROVINCES.map((p, i) => `<a href="/local/${i + 11}/">${esc(p)}</a>`).join(' ')}</div></div>
<div class="${cls}-topics">${TOPICS.map((t, i) => `<a href="/zt/${2026 - (i % 3)}/topic${i + 1}/index.html"><img src="/img/topic${i + 1}.png" alt="${esc(t)}"></a>`).join('')}</div>`;
  const farm = Array.from({ length: 6 }, (_, g) => `<dl class="${cls}-links"><dt>${esc(CHANNELS[g * 6]!)}</dt>${CHANNELS.slice(g * 6, g * 6 + 6)
    .map((c, i) => `<dd><a href="/channel/${g * 6 + i + 1}/list.html">${esc(c)}频道</a></dd>`)
    .join('')}</dl>`).join('\n');
  const tail = `<div class="${cls}-farm">${farm}<p class="${cls}-friends">友情链接：${PROVINCES.slice(0, 16)
    .map((p) => `<a href="https://www.${encodeURIComponent(p)}.gov.example/" rel="nofollow">${esc(p)}政府网</a>`)
    .join(' ')}</p></div>
<script type="text/javascript">(function(){var q=window.__SITE_CONFIG__.ads;for(var i=0;i<q.length;i++){var el=document.getElementById(q[i].slot);if(el){el.style.width=q[i].w+'px';}}})();</script>
<script type="text/javascript">document.addEventListener('DOMContentLoaded',function(){var t=document.querySelectorAll('img[data-src]');for(var i=0;i<t.length;i++){t[i].src=t[i].getAttribute('data-src');}});</script>`;
  const f = { head, menu, tail };
  cache.set(key, f);
  return f;
}

/** Put the furniture into a rendered page around its own markup (string slicing: this runs for every page). */
export function furnish(html: string, f: Furniture): string {
  const head = html.indexOf('</head>');
  const bodyOpen = html.indexOf('<body', head);
  const bodyStart = bodyOpen < 0 ? -1 : html.indexOf('>', bodyOpen) + 1;
  const bodyEnd = html.lastIndexOf('</body>');
  if (head < 0 || bodyStart <= 0 || bodyEnd < bodyStart) return html;
  return `${html.slice(0, head)}${f.head}\n${html.slice(head, bodyStart)}\n${f.menu}${html.slice(bodyStart, bodyEnd)}${f.tail}\n${html.slice(bodyEnd)}`;
}
