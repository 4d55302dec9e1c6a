// Renders any replica page at a simulated instant, without HTTP: the server and the benchmarks
// both call this. Special behaviours that need the socket (slow, cut connections) are returned as
// instructions for the server.
import iconv from 'iconv-lite';
import { createRng } from '../world/rng.js';
import type { World } from '../world/world.js';
import { channelPageAt, isChannelPath, renderChannel, renderUnknownChannel } from '../sites/channels.js';
import { buildFaults, OVERSIZE_BYTES, robotsTxt, type FaultPage } from '../sites/faults.js';
import { furnish, furniture } from '../sites/furniture.js';
import { homepageView } from '../sites/homepage-view.js';
import { hotLinks, linkTo, recentArticles } from '../sites/links.js';
import { NATIONAL_MODULES } from '../sites/national/index.js';
import { SITE_ADDRESSES, siteProfile, SITE_PROFILES, type NationalSiteId } from '../sites/profiles.js';
import type { ArticleView, PageContext, Rendered } from '../sites/types.js';
import { homepageStateIndex } from '../world/homepage.js';
import { personName } from '../text/vocab.js';
import type { WorldArticle } from '../world/types.js';
import type { CachedResponse } from './cache.js';

export type Special =
  | { kind: 'slow'; head: Buffer; headers: Record<string, string> }
  | { kind: 'cut'; head: Buffer; headers: Record<string, string> }
  | { kind: 'transient'; ok: CachedResponse };

export interface PageResult {
  response?: CachedResponse;
  special?: Special;
  /** Cache key when the response may be cached; null when it must be rendered each time. */
  cacheKey: string | null;
}

export interface Hosting {
  port: number;
}

export interface SiteRenderer {
  world: World;
  faults: FaultPage[];
  /** Origin of a site address on this hosting (http://127.0.1.1:8610). */
  origin(site: NationalSiteId | string): string;
  /** State key for caching: the part of t that the page at this address and path depends on. */
  stateKey(address: string, path: string, t: number): string;
  /** Render the page at a national site address (the site's own or one of its channel subdomains). */
  render(address: string, path: string, query: URLSearchParams, t: number): PageResult;
  /** Render an article page directly (benchmarks, tests). */
  renderArticle(a: WorldArticle, t: number): CachedResponse;
}

const notFound = (): CachedResponse => encode({ status: 404, body: '<!DOCTYPE html><html><head><meta charset="utf-8"><title>404 Not Found</title></head><body><h1>404 Not Found</h1><p>您访问的页面不存在或已被删除。</p></body></html>', encoding: 'utf8', contentType: 'text/html; charset=utf-8' });

export function encode(r: Rendered): CachedResponse {
  const body = r.encoding === 'gbk' ? iconv.encode(r.body, 'gbk') : Buffer.from(r.body, 'utf8');
  return { status: r.status ?? 200, headers: { 'content-type': r.contentType, ...(r.headers ?? {}) }, body };
}

/** Class prefix of each site's page furniture. */
const FURNITURE_CLASS: Record<NationalSiteId, string> = { people: 'rmw', xinhuanet: 'xh', china: 'zgw', cctv: 'cntv', qstheory: 'qs', chinadaily: 'cd', cnr: 'cnr', cri: 'cri', cyol: 'zq', gmw: 'gm', ce: 'ce', sina: 'sina', '163': 'ne', sohu: 'sh', qq: 'qq' };

function dressed(site: NationalSiteId, r: Rendered): Rendered {
  return { ...r, body: furnish(r.body, furniture(site, FURNITURE_CLASS[site])) };
}

export function createSiteRenderer(world: World, hosting: Hosting): SiteRenderer {
  const faults = buildFaults(world);
  const faultByKey = new Map(faults.map((f) => [`${f.address}|${f.path}`, f]));
  const origin = (site: string): string => {
    const p = SITE_PROFILES.find((s) => s.id === site);
    return `http://${p ? p.address : site}:${hosting.port}`;
  };
  const ctxAt = (t: number): PageContext => ({ world, t, origin });
  let oversize: Buffer | undefined;

  const articleView = (ctx: PageContext, a: WorldArticle): ArticleView => {
    const rng = createRng(world.options.seed, a.id, 'editor');
    return {
      ctx,
      site: siteProfile(a.siteId),
      article: a,
      body: world.body(a),
      related: recentArticles(ctx, a.siteId, 6, a).map((x) => linkTo(ctx, x)),
      hot: hotLinks(ctx, a.siteId),
      editor: rng.chance(0.5) ? personName(rng) : `${personName(rng)}、${personName(rng)}`,
    };
  };
  const renderArticle = (a: WorldArticle, t: number): CachedResponse => {
    const ctx = ctxAt(t);
    return encode(dressed(a.siteId, NATIONAL_MODULES[a.siteId].article(articleView(ctx, a), a.template)));
  };

  const renderFault = (f: FaultPage, query: URLSearchParams, t: number): PageResult => {
    const ctx = ctxAt(t);
    const page = () => encode(dressed(f.siteId, NATIONAL_MODULES[f.siteId].article(articleView(ctx, f.article!), f.article!.template)));
    switch (f.kind) {
      case 'not-found':
        return { response: notFound(), cacheKey: null };
      case 'server-error':
        return { response: encode({ status: 500, body: '<html><head><title>500 Internal Server Error</title></head><body><h1>500 Internal Server Error</h1></body></html>', encoding: 'utf8', contentType: 'text/html' }), cacheKey: null };
      case 'transient-error':
        return { special: { kind: 'transient', ok: page() }, cacheKey: null };
      case 'truncated-connection': {
        const head = Buffer.from(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>${f.linkTitle}</title></head><body><div class="post_body">`, 'utf8');
        return { special: { kind: 'cut', head, headers: { 'content-type': 'text/html; charset=utf-8', 'content-length': String(head.length * 20) } }, cacheKey: null };
      }
      case 'truncated-html': {
        const full = page();
        const cut = full.body.subarray(0, Math.floor(full.body.length * 0.55));
        return { response: { ...full, body: cut }, cacheKey: null };
      }
      case 'slow':
        return { special: { kind: 'slow', head: Buffer.from('<!DOCTYPE html><html><head><meta charset="utf-8">', 'utf8'), headers: { 'content-type': 'text/html; charset=utf-8' } }, cacheKey: null };
      case 'redirect-loop': {
        const to = query.has('from') ? `${origin(f.address)}${f.path}` : `${origin(f.address)}${f.redirectTo}`;
        return { response: { status: 302, headers: { location: to, 'content-type': 'text/html' }, body: Buffer.alloc(0) }, cacheKey: null };
      }
      case 'oversize': {
        oversize ??= buildOversize();
        return { response: { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: oversize }, cacheKey: null };
      }
      case 'wrong-charset-header': {
        const r = dressed(f.siteId, NATIONAL_MODULES[f.siteId].article(articleView(ctx, f.article!), 0));
        const stripped = r.body.replace(/<meta[^>]*charset[^>]*>/gi, '');
        return { response: { ...encode({ ...r, body: stripped, encoding: 'gbk' }), headers: { 'content-type': 'text/html; charset=utf-8' } }, cacheKey: null };
      }
      case 'wrong-charset-meta':
      case 'script-title':
      // The disallowed page exists: a crawler that ignores robots.txt gets it.
      case 'robots-disallowed':
        return { response: page(), cacheKey: null };
      case 'robots-crawl-delay':
        return { response: encode({ body: robotsTxt(f.siteId, origin(f.address), f.address !== siteProfile(f.siteId).address) ?? '', encoding: 'utf8', contentType: 'text/plain' }), cacheKey: null };
    }
  };

  const siteOf = (address: string): NationalSiteId => {
    const site = SITE_ADDRESSES.get(address);
    if (!site) throw new RangeError(`no national site on ${address}`);
    return site;
  };
  const isHomepage = (path: string) => path === '/' || path === '/index.html' || path === '/index.shtml';

  const stateKey = (address: string, path: string, t: number): string => {
    const site = siteOf(address);
    const p = siteProfile(site);
    if (isHomepage(path) && address === p.address) return `h${homepageStateIndex(world.homepages.get(site)!, t)}`;
    const bucket = p.rankings.length ? `r${world.rankings.bucketOf(t)}` : 's';
    const a = world.findArticle(site, path);
    // Related links move as new articles appear: key on the newest article published by t.
    const newest = recentArticles({ world, t, origin }, site, 1)[0]?.id ?? '';
    return a ? `${a.publishedAt <= t ? 'p' : 'u'}|${bucket}|${newest}` : `${bucket}|${newest}`;
  };

  const render = (address: string, path: string, query: URLSearchParams, t: number): PageResult => {
    const site = siteOf(address);
    const profile = siteProfile(site);
    const onSubhost = address !== profile.address;
    const ctx = ctxAt(t);
    const mod = NATIONAL_MODULES[site];
    const key = (k: string) => `${address}|${path}?${query.toString()}|${k}`;
    const fault = faultByKey.get(`${address}|${path}`);
    if (fault) return renderFault(fault, query, t);
    if (path === '/robots.txt') {
      const txt = robotsTxt(site, origin(address), onSubhost);
      return { response: txt === null ? notFound() : encode({ body: txt, encoding: 'utf8', contentType: 'text/plain' }), cacheKey: key('robots') };
    }
    if (isChannelPath(site, address, path)) {
      const page = channelPageAt(site, address, path, query);
      return { response: encode(dressed(site, page ? renderChannel(ctx, site, page, query) : renderUnknownChannel(ctx, site))), cacheKey: key(stateKey(address, path, t)) };
    }
    // A channel subdomain's front page is its channel list; the site's routes live on the main host.
    const route = onSubhost ? (isHomepage(path) ? Object.values(mod.routes ?? {})[0] : undefined) : mod.routes?.[path];
    if (route) return { response: encode(dressed(site, route(ctx, query))), cacheKey: key(stateKey(address, path, t)) };
    if (isHomepage(path) && !onSubhost) {
      return { response: encode(dressed(site, mod.homepage(homepageView(ctx, site, faults)))), cacheKey: key(stateKey(address, path, t)) };
    }
    const a = world.findArticle(site, path);
    if (!a || a.address !== address || a.publishedAt > t) return { response: notFound(), cacheKey: key(stateKey(address, path, t)) };
    return { response: encode(dressed(site, mod.article(articleView(ctx, a), a.template))), cacheKey: key(stateKey(address, path, t)) };
  };

  return { world, faults, origin, stateKey, render, renderArticle };
}

function buildOversize(): Buffer {
  const head = '<!DOCTYPE html><html><head><meta charset="utf-8"><title>专题汇编</title></head><body><div class="article">';
  const para = '<p>这是一份体量极大的专题汇编页面，用于检验抓取程序是否设置了页面大小上限。页面内容不断重复，直到超出任何合理的大小。</p>\n';
  const n = Math.ceil((OVERSIZE_BYTES - head.length) / Buffer.byteLength(para));
  return Buffer.from(head + para.repeat(n) + '</div></body></html>', 'utf8');
}
