// Test helpers: a minimal client for the replica, written from the source descriptors the way a
// crawler would read them (bytes → charset → DOM or JSON).
import { runInNewContext } from 'node:vm';
import * as cheerio from 'cheerio';
import iconv from 'iconv-lite';
import type { HomepageSpec, RankingEndpoint, Source } from '../../core/sources.js';

export interface Fetched {
  status: number;
  headers: Headers;
  bytes: Buffer;
}

export async function get(url: string, init: RequestInit = {}): Promise<Fetched> {
  const res = await fetch(url, { redirect: 'manual', ...init });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

/** Decode as the bytes really are: UTF-8 when valid, otherwise GBK. */
export function decode(bytes: Buffer): string {
  const utf8 = bytes.toString('utf8');
  return utf8.includes('\uFFFD') ? iconv.decode(bytes, 'gbk') : utf8;
}

export async function setClock(baseUrl: string, t: string | number): Promise<void> {
  const res = await fetch(`${baseUrl}/_replica/clock`, { method: 'POST', body: JSON.stringify({ t }) });
  if (res.status !== 200) throw new Error(`clock refused: ${res.status} ${await res.text()}`);
}

/** Canonical form for comparing URLs: resolved, trimmed, no tracking query on sohu. */
export function canonical(href: string, base: string): string {
  const u = new URL(href.trim(), base);
  if (/[?&](spm|_f)=/.test(u.search)) u.search = '';
  return u.toString();
}

export interface PageLink {
  url: string;
  title: string;
  position: number;
}

/** Article links of a homepage in page order, counted the way the homepage benchmark counts them. */
export function homepageLinks(html: string, spec: HomepageSpec, patterns: string[]): PageLink[] {
  const $ = cheerio.load(html);
  for (const sel of spec.ignoreSelectors) $(sel).remove();
  const res = patterns.map((p) => new RegExp(p));
  const seen = new Set<string>();
  const out: PageLink[] = [];
  $('a[href]').each((_, el) => {
    const title = $(el).text().replace(/\s+/g, ' ').trim();
    if (title.length < spec.minTitleLength) return;
    const href = $(el).attr('href')!;
    const url = canonical(href, spec.url);
    if (!res.some((r) => r.test(url) || r.test(href.trim()))) return;
    if (seen.has(url)) return;
    seen.add(url);
    out.push({ url, title, position: out.length + 1 });
  });
  return out;
}

export interface ListItem {
  rank: number;
  title: string;
  url: string;
  score: number | null;
}

/** Read a static ranking endpoint (HTML, JSON or JSONP) as its descriptor says. */
export function readRanking(r: RankingEndpoint, bytes: Buffer): ListItem[] {
  const text = decode(bytes);
  if (r.kind === 'html') {
    const $ = cheerio.load(text);
    return $(r.itemSelector)
      .toArray()
      .map((el, i) => {
        const a = $(el).find(r.linkSelector).first();
        const rank = r.rankSelector ? Number($(el).find(r.rankSelector).first().text().trim()) : i + 1;
        const scoreText = r.scoreSelector ? $(el).find(r.scoreSelector).first().text().replace(/,/g, '').trim() : '';
        return { rank, title: a.text().trim(), url: canonical(a.attr('href') ?? '', r.url), score: scoreText ? Number(scoreText) : null };
      })
      .filter((x) => x.url);
  }
  let doc: unknown;
  if (r.kind === 'jsonp') {
    const sandbox: Record<string, unknown> = {};
    runInNewContext(text, sandbox, { timeout: 1000 });
    doc = Object.values(sandbox)[0];
  } else {
    doc = JSON.parse(text);
  }
  let items: unknown = doc;
  for (const k of r.itemsPath.split('.')) items = (items as Record<string, unknown>)[k];
  return (items as Record<string, unknown>[])
    .filter((it) => typeof it[r.urlField] === 'string')
    .map((it, i) => ({
      rank: r.rankField ? Number(it[r.rankField]) : i + 1,
      title: String(it[r.titleField]),
      url: canonical(String(it[r.urlField]), r.url),
      score: r.scoreField ? Number(String(it[r.scoreField]).replace(/,/g, '')) : null,
    }));
}

export function national(sites: Source[]) {
  return sites.filter((s): s is Extract<Source, { kind: 'national' }> => s.kind === 'national');
}

/** Run tasks with bounded concurrency. */
export async function pool<T, R>(items: readonly T[], n: number, fn: (x: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]!);
      }
    }),
  );
  return out;
}
