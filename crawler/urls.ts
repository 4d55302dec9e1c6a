// URL identity. An article is known by its canonical URL everywhere (store key, dedup, events), so the
// same page reached through a tracking link, another fragment or an upper-case host must map to one key.

export interface CanonicalUrlOptions {
  /** Query parameters that never change the page: exact names, or names ending in `*` for prefixes (`utm_*`). */
  trackingParams?: readonly string[];
  /** Hosts (and their subdomains) whose query string only ever carries tracking, so it is dropped whole. */
  dropQueryHosts?: readonly string[];
  /** Extra parameters that are display switches or tracking on one host (and its subdomains) only. */
  hostParams?: Readonly<Record<string, readonly string[]>>;
  /** Sort the remaining query parameters, so parameter order does not split one page into two keys. */
  sortQuery?: boolean;
}

export const DEFAULT_TRACKING_PARAMS: readonly string[] = [
  'utm_*',
  'spm',
  'scm',
  '_f',
  'from',
  'fromid',
  'share*',
  'isappinstalled',
  'wfr',
  'ivk_sa',
  'sourcefrom',
  'source_from',
  'tt_from',
  'timestamp',
  'mpshare',
  'scene',
  'clicktime',
  'enterid',
  'wxshare_count',
  'pvid',
  'ref',
  'refer',
  'referer',
  'f_ref',
  'fr',
  'sessionid',
];

/** sohu.com carries only tracking in its query (`?_f=index_news_1`, `?g=0?code=…`, `?scm=…&spm=…`). */
export const DEFAULT_DROP_QUERY_HOSTS: readonly string[] = ['sohu.com'];

/** china.com.cn article pages take display switches (`?f=pad&a=true`) that do not change the article. */
export const DEFAULT_HOST_PARAMS: Readonly<Record<string, readonly string[]>> = { 'china.com.cn': ['f', 'a'] };

const DEFAULTS: Required<CanonicalUrlOptions> = {
  trackingParams: DEFAULT_TRACKING_PARAMS,
  dropQueryHosts: DEFAULT_DROP_QUERY_HOSTS,
  hostParams: DEFAULT_HOST_PARAMS,
  sortQuery: true,
};

function hostMatches(host: string, suffixes: readonly string[]): boolean {
  return suffixes.some((s) => host === s || host.endsWith(`.${s}`));
}

function isTracking(name: string, params: readonly string[]): boolean {
  const n = name.toLowerCase();
  return params.some((p) => (p.endsWith('*') ? n.startsWith(p.slice(0, -1)) : n === p));
}

/**
 * The canonical form of an absolute http(s) URL: lower-case host, no default port, no fragment, no
 * tracking or per-host display parameters, remaining parameters sorted. The scheme is kept (http-only hosts exist).
 * Throws a TypeError for anything that is not an absolute http(s) URL.
 */
export function canonicalUrl(url: string, opts: CanonicalUrlOptions = {}): string {
  const o = { ...DEFAULTS, ...opts };
  const u = new URL(cleanHref(url));
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new TypeError(`not an http(s) URL: ${url}`);
  u.hash = '';
  const host = u.hostname.replace(/\.$/, '');
  u.hostname = host;
  if (hostMatches(host, o.dropQueryHosts)) {
    u.search = '';
  } else if (u.search) {
    const extra = Object.entries(o.hostParams).flatMap(([h, params]) => (hostMatches(host, [h]) ? params : []));
    const kept = [...u.searchParams].filter(([k]) => !isTracking(k, o.trackingParams) && !extra.includes(k.toLowerCase()));
    if (o.sortQuery) kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    u.search = new URLSearchParams(kept).toString();
  }
  return u.href;
}

// Characters a CMS leaves around hrefs: ASCII whitespace, NBSP, ideographic space, zero-width characters.
const EDGE_CHARS = new Set([...' \t\n\r\f\v\u00a0\u3000\u200b\u200c\u200d\u2060\ufeff']);
const NBSP_ENTITIES = ['&nbsp;', '&nbsp'];

/** An href with surrounding whitespace and no-break spaces (also a literal `&nbsp;` the parser left) removed. */
export function cleanHref(href: string): string {
  let start = 0;
  let end = href.length;
  for (let moved = true; moved && start < end; ) {
    moved = false;
    if (EDGE_CHARS.has(href[start]!)) {
      start++;
      moved = true;
      continue;
    }
    const entity = NBSP_ENTITIES.find((e) => href.slice(start, start + e.length).toLowerCase() === e);
    if (entity) {
      start += entity.length;
      moved = true;
    }
  }
  for (let moved = true; moved && end > start; ) {
    moved = false;
    if (EDGE_CHARS.has(href[end - 1]!)) {
      end--;
      moved = true;
      continue;
    }
    const entity = NBSP_ENTITIES.find((e) => end - e.length >= start && href.slice(end - e.length, end).toLowerCase() === e);
    if (entity) {
      end -= entity.length;
      moved = true;
    }
  }
  return href.slice(start, end);
}

/**
 * Resolves a link as a crawler should read it: surrounding whitespace and `&nbsp;` stripped (people.com.cn
 * writes `"\nhttp://…"`, gmw.cn `"&nbsp;http://…"`), then resolved against the base. Returns null for
 * empty, fragment-only and non-http(s) links (javascript:, mailto:, data:).
 */
export function resolveHref(href: string | null | undefined, base: string): string | null {
  if (href == null) return null;
  const h = cleanHref(href);
  if (!h || h.startsWith('#')) return null;
  let u: URL;
  try {
    u = new URL(h, base);
  } catch (e) {
    if (e instanceof TypeError) return null;
    throw e;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  return u.href;
}
