// Channel (section) list pages of the national sites: 滚动, 社会, 财经… Each lists the newest articles
// of its channels published by the clock, credit news that never reaches the homepage included, in
// the form research found for the site (sites.md: people §1 dated lines, cctv §4 JSONP, gmw §10
// node_<id>.htm, sina §12 roll API, qq §15 list API); the other sites get a plain dated list. The
// channels of a site's pages together cover every channel, so every article is listed somewhere.
import type { z } from 'zod';
import type { ChannelListSchema } from '../../core/sources.js';
import { CHANNELS, type Channel } from '../text/scenario.js';
import { upperBound } from '../world/homepage.js';
import type { WorldArticle } from '../world/types.js';
import { esc, formatTime, jsString } from './html.js';
import { articleUrl } from './links.js';
import { siteProfile, type NationalSiteId } from './profiles.js';
import { html, type PageContext, type Rendered } from './types.js';

/** How a site writes its channel lists. */
export type ChannelForm = 'people' | 'cctv' | 'gmw' | 'sina' | 'qq' | 'list';

export interface ChannelPage {
  id: string;
  name: string;
  /** Serving address: the site's own unless a channel subdomain serves it. */
  address: string;
  path: string;
  /** Query parameters that pick this list at a shared path (sina's lid, qq's sub_srv_id). */
  select?: Record<string, string>;
  channels: readonly Channel[];
}

export interface SiteChannels {
  form: ChannelForm;
  /** Articles per list. */
  size: number;
  pages: ChannelPage[];
}

const DOMESTIC: Channel[] = ['politics', 'society', 'local', 'law', 'health'];
const ECONOMY: Channel[] = ['economy', 'finance', 'tech'];
const OTHERS: Channel[] = ['world', 'opinion', 'culture', 'sports', 'ent'];

export const CCTV_CHANNEL_PREFIX = '/2019/07/gaiban/cmsdatainterface/page/';
export const SINA_ROLL_PATH = '/api/roll/get';
export const QQ_LIST_PATH = '/trpc.qqnews_web.kv_srv.kv_srv_http_proxy/list';

/** Two plain lists (国内·社会, then 财经·国际·文体) at the site's own paths. */
function plain(site: NationalSiteId, domestic: string, rest: string): SiteChannels {
  const address = siteProfile(site).address;
  return {
    form: 'list',
    size: 40,
    pages: [
      { id: 'domestic', name: '国内·社会', address, path: domestic, channels: DOMESTIC },
      { id: 'more', name: '财经·国际·文体', address, path: rest, channels: [...ECONOMY, ...OTHERS] },
    ],
  };
}

/** Sites with two plain lists: the paths of their 国内·社会 list and of the rest. */
const PLAIN_PATHS: Record<Exclude<NationalSiteId, 'people' | 'cctv' | 'gmw' | 'sina' | 'qq'>, readonly [string, string]> = {
  xinhuanet: ['/local/index.htm', '/fortune/index.htm'],
  china: ['/node_7238958.htm', '/node_7238960.htm'],
  qstheory: ['/politics/index.htm', '/economy/index.htm'],
  chinadaily: ['/china/index.html', '/world/index.html'],
  cnr: ['/native/gd/', '/native/city/'],
  cri: ['/china/index.html', '/world/index.html'],
  cyol: ['/gb/channels/vrGlAKDl/index.html', '/gb/channels/z0eN3Yw2/index.html'],
  ce: ['/newarea/roll/index.shtml', '/newarea/sddy/index.shtml'],
  '163': ['/domestic/', '/world/'],
  sohu: ['/c/8/1460', '/c/8/1461'],
};

function build(site: NationalSiteId): SiteChannels {
  const p = siteProfile(site);
  const a = p.address;
  switch (site) {
    case 'people':
      return {
        form: 'people',
        size: 40,
        pages: [
          { id: 'society', name: '社会·法治', address: p.subhosts![0]!.address, path: '/GB/136657/index.html', channels: DOMESTIC },
          { id: 'finance', name: '财经', address: a, path: '/GB/1004/index.html', channels: ECONOMY },
          { id: 'world', name: '国际·文体', address: a, path: '/GB/1002/index.html', channels: OTHERS },
        ],
      };
    case 'cctv':
      return {
        form: 'cctv',
        size: 40,
        pages: [
          { id: 'society', name: '社会', address: a, path: `${CCTV_CHANNEL_PREFIX}society_1.jsonp`, channels: ['society', 'law', 'health'] },
          { id: 'economy_zixun', name: '经济', address: a, path: `${CCTV_CHANNEL_PREFIX}economy_zixun_1.jsonp`, channels: ECONOMY },
          { id: 'news', name: '新闻', address: a, path: `${CCTV_CHANNEL_PREFIX}news_1.jsonp`, channels: ['politics', 'local', ...OTHERS] },
        ],
      };
    case 'gmw':
      return {
        form: 'gmw',
        size: 40,
        pages: [
          { id: 'node_4108', name: '时政·社会', address: a, path: '/node_4108.htm', channels: DOMESTIC },
          { id: 'node_8981', name: '经济', address: a, path: '/node_8981.htm', channels: ECONOMY },
          { id: 'node_4661', name: '国际·文化', address: a, path: '/node_4661.htm', channels: OTHERS },
        ],
      };
    case 'sina':
      return {
        form: 'sina',
        size: 50,
        pages: [
          { id: 'china', name: '国内', address: a, path: SINA_ROLL_PATH, select: { pageid: '121', lid: '1356' }, channels: DOMESTIC },
          { id: 'roll', name: '滚动', address: a, path: SINA_ROLL_PATH, select: { pageid: '153', lid: '2509' }, channels: CHANNELS },
        ],
      };
    case 'qq':
      return {
        form: 'qq',
        size: 199,
        pages: [{ id: '24hours', name: '24小时', address: a, path: QQ_LIST_PATH, select: { sub_srv_id: '24hours' }, channels: CHANNELS }],
      };
    default:
      return plain(site, ...PLAIN_PATHS[site]);
  }
}

const BY_SITE = new Map<NationalSiteId, SiteChannels>();

export function siteChannels(site: NationalSiteId): SiteChannels {
  let c = BY_SITE.get(site);
  if (!c) BY_SITE.set(site, (c = build(site)));
  return c;
}

/** The channel page served at this address and path (and query, where lists share a path), if any. */
export function channelPageAt(site: NationalSiteId, address: string, path: string, query: URLSearchParams): ChannelPage | undefined {
  return siteChannels(site).pages.find((p) => p.address === address && p.path === path && Object.entries(p.select ?? {}).every(([k, v]) => query.get(k) === v));
}

/** Whether some channel list of the site lives at this path (a shared API path answers even for an unknown selection). */
export function isChannelPath(site: NationalSiteId, address: string, path: string): boolean {
  return siteChannels(site).pages.some((p) => p.address === address && p.path === path);
}

/** The n newest articles of the given channels published by t. */
export function channelArticles(ctx: PageContext, site: NationalSiteId, channels: readonly Channel[], n: number): WorldArticle[] {
  const arts = ctx.world.articlesBySite.get(site) ?? [];
  const wanted = new Set(channels);
  const out: WorldArticle[] = [];
  for (let i = upperBound(arts, ctx.t, (a) => a.publishedAt) - 1; i >= 0 && out.length < n; i--) {
    if (wanted.has(arts[i]!.channel)) out.push(arts[i]!);
  }
  return out;
}

const json = (value: unknown): Rendered => ({ body: JSON.stringify(value), encoding: 'utf8', contentType: 'application/json; charset=utf-8' });

function peoplePage(ctx: PageContext, page: ChannelPage, items: WorldArticle[]): Rendered {
  const onSubhost = page.address !== siteProfile('people').address;
  const head = onSubhost ? '<meta charset="utf-8">' : '<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />';
  const body = `<!DOCTYPE html><html><head>${head}
<title>${esc(page.name)}--人民网</title></head><body>
<div class="p2j_list"><div class="ej_list_box clear"><h2>${esc(page.name)}</h2><ul class="list_14">${items
    .map((a) => `<li><a href="${esc(articleUrl(ctx, a))}" target="_blank">${esc(a.title)}</a> [${formatTime(a.publishedAt, 'cn-minute-tight')}]</li>`)
    .join('\n')}</ul></div></div>
</body></html>`;
  return onSubhost ? html(body, 'utf8') : html(body, 'gbk', 'text/html; charset=GB2312');
}

function cctvPage(ctx: PageContext, page: ChannelPage, items: WorldArticle[], query: URLSearchParams): Rendered {
  const cb = /^[A-Za-z_$][\w$]{0,63}$/.test(query.get('cb') ?? '') ? query.get('cb')! : page.id;
  const list = items.map((a) => ({ title: a.title, url: articleUrl(ctx, a), focus_date: formatTime(a.publishedAt, 'dash-second'), image: '', brief: '' }));
  return { body: `${cb}(${JSON.stringify({ data: { total: list.length, list } })})`, encoding: 'utf8', contentType: 'application/javascript; charset=utf-8' };
}

function gmwPage(ctx: PageContext, page: ChannelPage, items: WorldArticle[]): Rendered {
  const body = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(page.name)}_光明网</title></head><body>
<div class="channelLeftPart"><div class="channel-newsGroup"><ul>${items
    .map((a) => `<li><span class="channel-newsTitle"><a href="${esc(articleUrl(ctx, a))}" target="_blank">${esc(a.title)}</a></span><span class="channel-newsTime">${formatTime(a.publishedAt, 'date')}</span></li>`)
    .join('\n')}</ul></div></div>
</body></html>`;
  return html(body);
}

function sinaRoll(ctx: PageContext, items: WorldArticle[]): Rendered {
  const data = items.map((a) => ({
    docid: `comos:${a.id}`,
    title: a.title,
    url: articleUrl(ctx, a),
    intro: '',
    media_name: a.source,
    ctime: String(Math.floor(a.publishedAt / 1000)),
    intime: String(Math.floor(a.publishedAt / 1000)),
  }));
  return json({ result: { status: { code: 0, msg: 'succ' }, timestamp: new Date(ctx.t).toUTCString(), top: [], data } });
}

function qqList(ctx: PageContext, items: WorldArticle[]): Rendered {
  const list = items.map((a) => ({ id: a.id, title: a.title, url: articleUrl(ctx, a), media_name: a.source, publish_time: formatTime(a.publishedAt, 'dash-second'), category_cn: a.channel }));
  return json({ ret: 0, msg: '', data: { list } });
}

/** Sites whose pages are GB2312/GBK (sites.md §8 cri, §11 ce). */
const GBK_SITES: ReadonlySet<NationalSiteId> = new Set(['ce', 'cri']);

function plainPage(ctx: PageContext, site: NationalSiteId, page: ChannelPage, items: WorldArticle[]): Rendered {
  const p = siteProfile(site);
  const gbk = GBK_SITES.has(site);
  const body = `<!DOCTYPE html><html><head><meta ${gbk ? 'http-equiv="Content-Type" content="text/html; charset=gb2312"' : 'charset="utf-8"'}><title>${esc(page.name)}_${esc(p.name)}</title></head><body>
<div class="channel-list"><h2>${esc(page.name)}</h2><ul class="news-list">${items
    .map((a) => `<li><a href="${esc(articleUrl(ctx, a))}" target="_blank">${esc(a.title)}</a><span class="time">${formatTime(a.publishedAt, 'dash-minute')}</span></li>`)
    .join('\n')}</ul></div>
<script>var channelName = ${jsString(page.name)};</script>
</body></html>`;
  return gbk ? html(body, 'gbk', 'text/html; charset=GB2312') : html(body);
}

/** The list at this page, in the site's form. */
export function renderChannel(ctx: PageContext, site: NationalSiteId, page: ChannelPage, query: URLSearchParams): Rendered {
  const spec = siteChannels(site);
  const asked = Number(query.get(spec.form === 'sina' ? 'num' : 'limit'));
  const limit = (spec.form === 'sina' || spec.form === 'qq') && asked > 0 ? Math.min(spec.size, asked) : spec.size;
  const items = channelArticles(ctx, site, page.channels, limit);
  switch (spec.form) {
    case 'people':
      return peoplePage(ctx, page, items);
    case 'cctv':
      return cctvPage(ctx, page, items, query);
    case 'gmw':
      return gmwPage(ctx, page, items);
    case 'sina':
      return sinaRoll(ctx, items);
    case 'qq':
      return qqList(ctx, items);
    case 'list':
      return plainPage(ctx, site, page, items);
  }
}

/** A list API asked for a list it does not have answers an empty list, as the real APIs do; a page path answers 404. */
export function renderUnknownChannel(ctx: PageContext, site: NationalSiteId): Rendered {
  const form = siteChannels(site).form;
  if (form === 'sina') return sinaRoll(ctx, []);
  if (form === 'qq') return qqList(ctx, []);
  return { status: 404, body: '<!DOCTYPE html><html><head><meta charset="utf-8"><title>404 Not Found</title></head><body><h1>404 Not Found</h1></body></html>', encoding: 'utf8', contentType: 'text/html; charset=utf-8' };
}

type ChannelInput = z.input<typeof ChannelListSchema>;

/** The site's channel lists as source descriptors read them. */
export function describeChannels(site: NationalSiteId, originOf: (address: string) => string): ChannelInput[] {
  const spec = siteChannels(site);
  return spec.pages.map((page): ChannelInput => {
    const query = new URLSearchParams(page.select ?? {});
    if (spec.form === 'sina') query.set('num', String(spec.size));
    if (spec.form === 'qq') query.set('limit', String(spec.size));
    if (spec.form === 'cctv') query.set('cb', page.id);
    const qs = query.toString();
    const url = `${originOf(page.address)}${page.path}${qs ? `?${qs}` : ''}`;
    const base = { id: page.id, name: page.name, url };
    switch (spec.form) {
      case 'people':
        return { ...base, format: 'html', itemSelector: '.ej_list_box ul.list_14 li' };
      case 'gmw':
        return { ...base, format: 'html', itemSelector: '.channelLeftPart .channel-newsGroup li', linkSelector: '.channel-newsTitle > a' };
      case 'list':
        return { ...base, format: 'html', itemSelector: 'ul.news-list li' };
      case 'cctv':
        return { ...base, format: 'jsonp', itemsPath: 'data.list', headers: { Referer: `${originOf(page.address)}/${page.id}/` } };
      case 'sina':
        return { ...base, format: 'json', itemsPath: 'result.data' };
      case 'qq':
        return { ...base, format: 'json', itemsPath: 'data.list' };
    }
  });
}
