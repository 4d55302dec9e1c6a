import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import iconv from 'iconv-lite';
import type { Source } from '../../core/sources.js';
import { startReplica, type Replica } from '../../replica/server/serve.js';
import { FAULT_KINDS, OVERSIZE_BYTES, SCRIPT_TITLE, TRANSIENT_FAILURES } from '../../replica/sites/faults.js';
import type { Truth } from '../../replica/truth.js';
import { decode, get, homepageLinks, national, setClock } from './helpers.js';

let r: Replica;
let truth: Truth;
let sites: ReturnType<typeof national>;

beforeAll(async () => {
  r = await startReplica({ seed: 505, days: 1, port: 0 });
  truth = (await (await fetch(`${r.baseUrl}/_replica/truth`)).json()) as Truth;
  sites = national((await (await fetch(`${r.baseUrl}/_replica/sites`)).json()) as Source[]);
  await setClock(r.baseUrl, '2026-11-20T12:00:00+08:00');
});
afterAll(async () => {
  await r.close();
});

const fault = (kind: string) => truth.faults.find((f) => f.kind === kind)!;
const truthArticle = (url: string) => truth.articles.find((a) => a.url === url)!;

/** Raw HTTP GET that reports what arrived even when the connection breaks. */
function rawGet(url: string, timeoutMs: number): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; bytes: number; error: string | null }> {
  return new Promise((resolve) => {
    let bytes = 0;
    let status = 0;
    let headers: Record<string, string | string[] | undefined> = {};
    const req = request(url, { timeout: timeoutMs }, (res) => {
      status = res.statusCode ?? 0;
      headers = res.headers;
      res.on('data', (c: Buffer) => (bytes += c.length));
      res.on('end', () => resolve({ status, headers, bytes, error: null }));
      res.on('error', (e) => resolve({ status, headers, bytes, error: e.message }));
      res.on('aborted', () => resolve({ status, headers, bytes, error: 'aborted' }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (e) => resolve({ status, headers, bytes, error: e.message }));
    req.end();
  });
}

describe('replica faults', () => {
  it('lists every fault kind in the truth, each with what a crawler should do', () => {
    expect(truth.faults.map((f) => f.kind).sort()).toEqual([...FAULT_KINDS].sort());
    for (const f of truth.faults) expect(f.expect.length).toBeGreaterThan(10);
  });

  it('links the fault pages from homepages like any other headline', async () => {
    for (const f of truth.faults.filter((x) => !x.url.endsWith('/robots.txt'))) {
      const s = sites.find((x) => x.id === f.siteId)!;
      const links = homepageLinks(decode((await get(s.homepage.url)).bytes), s.homepage, s.article.urlPatterns);
      expect(links.map((l) => l.url), f.kind).toContain(f.url);
    }
  });

  it('answers 404 and 500 where it says so', async () => {
    expect((await get(fault('not-found').url)).status).toBe(404);
    for (let i = 0; i < 3; i++) expect((await get(fault('server-error').url)).status).toBe(500);
  });

  it('fails a transient page twice with 500, then serves the article', async () => {
    const url = fault('transient-error').url;
    const statuses = [];
    for (let i = 0; i < TRANSIENT_FAILURES + 2; i++) statuses.push((await get(url)).status);
    expect(statuses).toEqual([500, 500, 200, 200]);
    expect(decode((await get(url)).bytes)).toContain(truthArticle(url).title);
  });

  it('cuts a connection before Content-Length bytes arrive', async () => {
    const res = await rawGet(fault('truncated-connection').url, 5000);
    expect(res.status).toBe(200);
    expect(res.error).not.toBeNull();
    expect(res.bytes).toBeLessThan(Number(res.headers['content-length']));
    await expect(fetch(fault('truncated-connection').url).then((x) => x.arrayBuffer())).rejects.toThrow();
  });

  it('serves HTML that stops mid-document with a 200', async () => {
    const res = await get(fault('truncated-html').url);
    expect(res.status).toBe(200);
    const text = res.bytes.toString('utf8');
    expect(text).toMatch(/^<!DOCTYPE html>/);
    expect(text).not.toContain('</html>');
    expect(res.bytes.length).toBe(Number(res.headers.get('content-length')));
  });

  it('holds the slow page open: a client with a timeout gives up, and the server does not wait for it', async () => {
    const started = Date.now();
    const res = await rawGet(fault('slow').url, 800);
    expect(res.error).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(15_000);
    await expect(fetch(fault('slow').url, { signal: AbortSignal.timeout(500) }).then((x) => x.text())).rejects.toThrow();
  });

  it('redirects in a loop', async () => {
    const a = await get(fault('redirect-loop').url);
    expect(a.status).toBe(302);
    const b = await get(a.headers.get('location')!);
    expect(b.status).toBe(302);
    expect(b.headers.get('location')).toBe(fault('redirect-loop').url);
    await expect(fetch(fault('redirect-loop').url)).rejects.toThrow();
  });

  it('serves a page of about 30 MB', async () => {
    const head = await fetch(fault('oversize').url, { method: 'HEAD' });
    expect(Number(head.headers.get('content-length'))).toBeGreaterThanOrEqual(OVERSIZE_BYTES);
    const res = await rawGet(fault('oversize').url, 20_000);
    expect(res.bytes).toBeGreaterThanOrEqual(OVERSIZE_BYTES);
  });

  it('serves robots.txt with Crawl-delay on people, Disallow lines elsewhere, none on some sites', async () => {
    const society = await get(fault('robots-crawl-delay').url);
    expect(society.bytes.toString('utf8')).toMatch(/^User-agent: \*\nCrawl-delay: 1\n/m);
    // The delay is on the channel host only: the people homepage host has none.
    const people = sites.find((s) => s.id === 'people')!;
    const www = (await get(new URL('/robots.txt', people.homepage.url).toString())).bytes.toString('utf8');
    expect(www).toContain('Disallow:');
    expect(www).not.toContain('Crawl-delay');
    expect(people.hosts).toContain(new URL(fault('robots-crawl-delay').url).host);
    const sina = sites.find((s) => s.id === 'sina')!;
    const sinaRobots = (await get(new URL('/robots.txt', sina.homepage.url).toString())).bytes.toString('utf8');
    expect(sinaRobots).toContain('Disallow: /zt_d/');
    expect(sinaRobots).not.toContain('Crawl-delay');
    expect(new URL(fault('robots-disallowed').url).pathname.startsWith('/zt_d/')).toBe(true);
    const cri = sites.find((s) => s.id === 'cri')!;
    expect((await get(new URL('/robots.txt', cri.homepage.url).toString())).status).toBe(404);
  });

  it('escapes a title holding <script> and entities; decoding the entities gives the true title', async () => {
    const f = fault('script-title');
    const html = (await get(f.url)).bytes.toString('utf8');
    expect(truthArticle(f.url).title).toBe(SCRIPT_TITLE);
    expect(html).toContain('&lt;script&gt;alert(&#39;ccm&#39;)&lt;/script&gt;');
    expect(html).toContain('&amp;');
    expect(html).not.toContain("<script>alert('ccm')</script>");
    const $ = cheerio.load(html);
    expect($('title').text()).toContain(SCRIPT_TITLE);
    expect($('h1').first().text()).toBe(SCRIPT_TITLE);
  });
});

describe('replica encodings', () => {
  const titleOf = (html: string) => cheerio.load(html)('h1').first().text().trim() || cheerio.load(html)('#atitle, #articleTitle').first().text().trim();

  it('declares GBK by HTTP header on ce and 163, only by meta tag on cri and the people homepage; the bytes are GBK', async () => {
    const byHeader = ['ce', '163'];
    for (const id of [...byHeader, 'cri', 'people']) {
      const s = sites.find((x) => x.id === id)!;
      const res = await get(s.homepage.url);
      const ct = res.headers.get('content-type') ?? '';
      if (byHeader.includes(id)) expect(ct, id).toMatch(/charset=(gbk|gb2312)/i);
      else expect(ct, id).not.toMatch(/charset/i);
      const text = iconv.decode(res.bytes, 'gbk');
      expect(text, id).toMatch(/<meta[^>]+charset=(gbk|gb2312)/i);
      expect(res.bytes.toString('utf8'), id).toContain('\uFFFD');
      const links = homepageLinks(text, s.homepage, s.article.urlPatterns);
      const known = links.map((l) => truth.articles.find((a) => a.url === l.url)).filter(Boolean);
      expect(known.length, id).toBeGreaterThan(10);
      for (const a of known) expect(text).toContain(a!.title.replace(/&/g, '&amp;').replace(/"/g, '&quot;'));
    }
  });

  it('serves a GBK page whose header claims UTF-8', async () => {
    const f = fault('wrong-charset-header');
    const res = await get(f.url);
    expect(res.headers.get('content-type')).toMatch(/charset=utf-8/i);
    expect(res.bytes.toString('utf8')).toContain('\uFFFD');
    expect(titleOf(iconv.decode(res.bytes, 'gbk'))).toBe(truthArticle(f.url).title);
  });

  it('serves a UTF-8 page whose meta tag claims GB2312', async () => {
    const f = fault('wrong-charset-meta');
    const res = await get(f.url);
    const text = res.bytes.toString('utf8');
    expect(text).not.toContain('\uFFFD');
    expect(text).toMatch(/<meta[^>]+charset=GB2312/i);
    expect(res.headers.get('content-type')).not.toMatch(/charset/i);
    expect(titleOf(text)).toBe(truthArticle(f.url).title);
    expect(titleOf(iconv.decode(res.bytes, 'gbk'))).not.toBe(truthArticle(f.url).title);
  });

  it('mixes charsets within one site: 163 homepage GBK, its articles UTF-8', async () => {
    const a = truth.articles.find((x) => x.siteId === '163' && x.eventId && Date.parse(x.publishedAt) < Date.parse('2026-11-20T12:00:00+08:00'))!;
    const res = await get(a.url);
    expect(res.bytes.toString('utf8')).toContain(a.title);
  });
});
