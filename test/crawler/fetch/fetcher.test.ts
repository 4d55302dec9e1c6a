import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realClock } from '../../../core/clock.js';
import { SettingsSchema } from '../../../core/settings.js';
import { decodeHtml } from '../../../crawler/charset.js';
import { createFetcher, type Fetcher } from '../../../crawler/fetch/fetcher.js';
import type { FetchOutcome, FetchRequest } from '../../../crawler/fetch/types.js';
import { bytes, html, startFixtureServer, status, type FixtureServer } from '../fixtures/server.js';

const GBK_PAGE = iconv.encode('<html><head><title>信用中国发布失信名单</title></head><body>正文</body></html>', 'gbk');

let srv: FixtureServer;
let other: FixtureServer;
let fetcher: Fetcher;
let flaky = 0;

function req(path: string, extra: Partial<FetchRequest> = {}): FetchRequest {
  return { url: srv.baseUrl + path, mode: 'http', allowedHosts: [srv.host], ...extra };
}

function failed(o: FetchOutcome) {
  if (o.ok) throw new Error(`expected a failure, got HTTP ${o.status}`);
  return o;
}

beforeAll(async () => {
  other = await startFixtureServer({ '/elsewhere': html('<p>elsewhere</p>') });
  srv = await startFixtureServer({
    '/robots.txt': html('User-agent: *\nDisallow: /private/\n', 'text/plain'),
    '/gbk-header': bytes(GBK_PAGE, 'text/html; charset=gbk'),
    '/gbk-undeclared': bytes(GBK_PAGE, 'text/html'),
    '/jsonp': html('var hot = {"data":[{"title":"标题"}]};', 'application/javascript; charset=utf-8'),
    '/gone': status(404),
    '/broken': status(500),
    '/flaky': (_req, res) => {
      flaky++;
      if (flaky === 1) {
        res.writeHead(503);
        res.end();
      } else html('<p>ok now</p>')(_req, res);
    },
    '/loop-a': status(302, { location: '/loop-b' }),
    '/loop-b': status(302, { location: '/loop-a' }),
    '/away': (_req, res) => {
      res.writeHead(301, { location: `${other.baseUrl}/elsewhere` });
      res.end();
    },
    '/huge-declared': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(10 * 1024 * 1024) });
      res.write('<p>');
      setTimeout(() => res.destroy(), 200);
    },
    '/huge-chunked': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = '<p>' + 'x'.repeat(64 * 1024) + '</p>';
      let n = 0;
      const t = setInterval(() => {
        if (res.destroyed || n++ > 200) {
          clearInterval(t);
          res.end();
          return;
        }
        res.write(chunk);
      }, 1);
    },
    '/slow': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<p>');
      setTimeout(() => res.end('late</p>'), 5000).unref();
    },
    '/private/page': html('<p>secret</p>'),
    '/maybe-changed': (r, res) => {
      if (r.headers['if-modified-since']) {
        res.writeHead(304);
        res.end();
      } else html('<p>v1</p>')(r, res);
    },
  });
  const crawler = SettingsSchema.parse({
    crawler: { requestTimeoutMs: 1000, maxPageBytes: 1024 * 1024, maxRetries: 2, perHostDelayMs: 0, perHostConcurrency: 4 },
  }).crawler;
  fetcher = createFetcher({ crawler, clock: realClock(), retryBaseMs: 20 });
});

afterAll(async () => {
  await fetcher.close();
  await srv.close();
  await other.close();
});

describe('fetcher (Crawlee HttpCrawler)', () => {
  it('returns the bytes exactly as sent, so a GBK page decodes right whatever the header says', async () => {
    for (const path of ['/gbk-header', '/gbk-undeclared']) {
      const o = await fetcher.fetch(req(path));
      expect(o.ok).toBe(true);
      if (!o.ok) continue;
      expect(Buffer.compare(o.body, GBK_PAGE)).toBe(0);
      expect(decodeHtml(o.body, o.contentType).text).toContain('信用中国发布失信名单');
    }
  });

  it('accepts JSONP and other script bodies', async () => {
    const o = await fetcher.fetch(req('/jsonp'));
    expect(o.ok && o.body.toString('utf8')).toContain('var hot');
  });

  it('does not retry a 404 and marks it permanent', async () => {
    const f = failed(await fetcher.fetch(req('/gone')));
    expect(f).toMatchObject({ kind: 'http-status', status: 404, permanent: true, attempts: 1 });
    expect(srv.hitsOf('/gone')).toHaveLength(1);
  });

  it('retries a 500 maxRetries times, then reports a temporary failure', async () => {
    const f = failed(await fetcher.fetch(req('/broken')));
    expect(f).toMatchObject({ kind: 'http-status', status: 500, permanent: false, attempts: 3 });
    expect(srv.hitsOf('/broken')).toHaveLength(3);
  });

  it('recovers when a 503 passes', async () => {
    const o = await fetcher.fetch(req('/flaky'));
    expect(o).toMatchObject({ ok: true, status: 200, attempts: 2 });
  });

  it('stops a redirect loop with a clear error instead of hanging', async () => {
    const f = failed(await fetcher.fetch(req('/loop-a')));
    expect(f.kind).toBe('redirect-loop');
    expect(f.permanent).toBe(true);
    expect(srv.hitsOf('/loop-a').length).toBeLessThanOrEqual(4);
  });

  it('does not follow a redirect to a host outside the source', async () => {
    const f = failed(await fetcher.fetch(req('/away')));
    expect(f.kind).toBe('host-not-allowed');
    expect(f.message).toContain(other.host);
    expect(other.hitsOf('/elsewhere')).toHaveLength(0);
  });

  it('refuses a URL on a host that is not configured', async () => {
    const f = failed(await fetcher.fetch({ url: `${other.baseUrl}/elsewhere`, mode: 'http', allowedHosts: [srv.host] }));
    expect(f).toMatchObject({ kind: 'host-not-allowed', permanent: true });
  });

  it('aborts pages over maxPageBytes, declared or streamed', async () => {
    for (const path of ['/huge-declared', '/huge-chunked']) {
      const f = failed(await fetcher.fetch(req(path)));
      expect(f.kind, `${path}: ${f.message}`).toBe('too-large');
      expect(f.permanent).toBe(true);
    }
  });

  it('times out a page that never finishes', async () => {
    const t = Date.now();
    const f = failed(await fetcher.fetch(req('/slow')));
    expect(f.kind).toBe('timeout');
    expect(Date.now() - t).toBeLessThan(4000);
  });

  it('respects robots.txt Disallow without requesting the page', async () => {
    const f = failed(await fetcher.fetch(req('/private/page')));
    expect(f).toMatchObject({ kind: 'robots-disallowed', permanent: true });
    expect(srv.hitsOf('/private/page')).toHaveLength(0);
  });

  it('sends If-Modified-Since and accepts 304 Not Modified', async () => {
    const o = await fetcher.fetch(req('/maybe-changed', { ifModifiedSince: new Date('2026-11-20T00:00:00Z') }));
    expect(o).toMatchObject({ ok: true, status: 304 });
    expect(srv.hitsOf('/maybe-changed')[0]!.headers['if-modified-since']).toBe('Fri, 20 Nov 2026 00:00:00 GMT');
  });

  it('identifies itself with the configured user agent', () => {
    expect(srv.hitsOf('/gone')[0]!.headers['user-agent']).toMatch(/^CityCreditMonitor\//);
  });
});
