// Pages that are broken on purpose, linked from homepages like any headline, so a crawler meets
// them in the normal course of a crawl. The truth lists each with what a crawler should report.
import { makeFacts, renderTitle } from '../text/compose.js';
import { FILLER_SCENARIOS } from '../text/scenarios/filler.js';
import { createRng } from '../world/rng.js';
import type { WorldArticle } from '../world/types.js';
import type { World } from '../world/world.js';
import { siteProfile, type NationalSiteId } from './profiles.js';
import { articlePath } from './urls.js';

export const FAULT_KINDS = [
  'not-found',
  'server-error',
  'transient-error',
  'truncated-connection',
  'truncated-html',
  'slow',
  'redirect-loop',
  'oversize',
  'wrong-charset-header',
  'wrong-charset-meta',
  'script-title',
  'robots-crawl-delay',
  'robots-disallowed',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultPage {
  siteId: NationalSiteId;
  /** Address serving it (the site's, or a channel subdomain's for the Crawl-delay robots.txt). */
  address: string;
  path: string;
  kind: FaultKind;
  /** What a well-behaved crawler should do or report. */
  expect: string;
  /** Content served where the page has content (transient error after retries, charset cases, title escaping). */
  article: WorldArticle | null;
  /** Link text on the homepage. */
  linkTitle: string;
  /** For a redirect loop: where this URL redirects. */
  redirectTo?: string;
}

/** How long the slow page holds the connection before giving up on the client (real time). */
export const SLOW_HOLD_MS = 60_000;
/** Size of the oversize page. */
export const OVERSIZE_BYTES = 30 * 1024 * 1024;
/** The transient page answers 500 this many times before it serves the article. */
export const TRANSIENT_FAILURES = 2;

export const SCRIPT_TITLE = '网传“<script>alert(\'ccm\')</script>”可查个人信用？官方：勿信 & 勿点“一键查询”链接';

interface Spec {
  site: NationalSiteId;
  kind: FaultKind;
  expect: string;
  content: boolean;
}

const SPECS: Spec[] = [
  { site: 'xinhuanet', kind: 'not-found', expect: 'HTTP 404: record the error, do not retry', content: false },
  { site: 'china', kind: 'server-error', expect: 'HTTP 500 on every try: retry with backoff, then record the error', content: false },
  { site: 'sina', kind: 'transient-error', expect: `HTTP 500 ${TRANSIENT_FAILURES} times, then 200 with the article: a crawler that retries gets it`, content: true },
  { site: '163', kind: 'truncated-connection', expect: 'the connection closes before Content-Length bytes arrive: record a network error', content: false },
  { site: 'cnr', kind: 'truncated-html', expect: 'HTTP 200 whose HTML stops mid-document: extract what is there or flag the page, never crash', content: true },
  { site: 'sohu', kind: 'slow', expect: `headers and a few bytes, then silence for ${SLOW_HOLD_MS / 1000} s: time out and go on`, content: false },
  { site: 'qq', kind: 'redirect-loop', expect: 'redirects that come back to where they started: stop after a few hops and record the error', content: false },
  { site: 'cyol', kind: 'oversize', expect: `about ${OVERSIZE_BYTES / 1024 / 1024} MB of HTML: stop at the size limit and record the error`, content: false },
  { site: 'ce', kind: 'wrong-charset-header', expect: 'Content-Type says UTF-8 but the bytes are GBK: detect GBK and read the title right', content: true },
  { site: 'people', kind: 'wrong-charset-meta', expect: 'the meta tag says GB2312 but the bytes are UTF-8: detect UTF-8 and read the title right', content: true },
  { site: 'gmw', kind: 'script-title', expect: 'the title holds <script> and HTML entities: decode entities to the true title, escape it wherever it is shown', content: true },
  { site: 'people', kind: 'robots-crawl-delay', expect: "robots.txt of people's society channel host sets Crawl-delay: 1: at most one request per second to that host", content: false },
  { site: 'sina', kind: 'robots-disallowed', expect: 'the URL is under a robots.txt Disallow rule: never fetch it', content: true },
];

export function buildFaults(world: World): FaultPage[] {
  const seed = world.options.seed;
  const t = world.warmStart - 2 * 3600_000;
  return SPECS.map((spec, i) => {
    const rng = createRng(seed, 'fault', i);
    const profile = siteProfile(spec.site);
    if (spec.kind === 'robots-crawl-delay') {
      const sub = profile.subhosts?.[0]?.address ?? profile.address;
      return { siteId: spec.site, address: sub, path: '/robots.txt', kind: spec.kind, expect: spec.expect, article: null, linkTitle: '' };
    }
    const scenario = rng.pick(FILLER_SCENARIOS.filter((s) => s.city !== 'required'));
    const city = rng.pick(world.cities);
    const facts = makeFacts({ rng: rng.fork('facts'), scenario, sector: null, place: { city, subPlace: city.subPlaces[0]! }, city2: city.shortName, eventTime: t });
    let path = articlePath(spec.site, t, scenario.channel, rng.fork('path'));
    if (spec.kind === 'robots-disallowed') path = `/zt_d${path}`;
    const title = spec.kind === 'script-title' ? SCRIPT_TITLE : renderTitle(facts, { naming: 'full', dateline: 'none', publishedAt: t }, rng.fork('title'));
    const article: WorldArticle = {
      id: `f${String(i + 1).padStart(3, '0')}`,
      siteId: spec.site,
      address: profile.address,
      path,
      event: null,
      facts,
      publishedAt: t,
      title,
      source: profile.ownOutlets[0]!,
      style: 'own',
      naming: 'full',
      dateline: 'none',
      channel: scenario.channel,
      template: spec.kind === 'wrong-charset-meta' ? 1 : 0,
      heat: 0,
      commentRate: 0,
      homepagePlan: null,
      homepage: null,
    };
    const fault: FaultPage = { siteId: spec.site, address: profile.address, path, kind: spec.kind, expect: spec.expect, article: spec.content ? article : null, linkTitle: title };
    if (spec.kind === 'redirect-loop') fault.redirectTo = `${path}?from=loop`;
    return fault;
  });
}

/** robots.txt of a site, or of one of its channel subdomains; null when the host has none. */
export function robotsTxt(site: NationalSiteId, origin: string, subhost = false): string | null {
  if (subhost) return `User-agent: *\nCrawl-delay: 1\nDisallow: /cgi-bin/\n`;
  switch (site) {
    case 'people':
      return `User-agent: *\nDisallow: /GB/member/\nDisallow: /cgi-bin/\n\nSitemap: ${origin}/sitemap_index.xml\n`;
    case 'sina':
      return 'User-agent: *\nDisallow: /zt_d/\nDisallow: /iframe/\nDisallow: /wap/\n';
    case '163':
      return 'User-agent: *\nDisallow: /photoview/\nDisallow: /api/\n';
    case 'sohu':
      return 'User-agent: Baiduspider\nAllow: /\n\nUser-agent: *\nDisallow: /upload/\n';
    case 'cri':
    case 'cyol':
      return null;
    default:
      return 'User-agent: *\nAllow: /\n';
  }
}
