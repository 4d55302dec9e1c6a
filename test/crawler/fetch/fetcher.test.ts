import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realClock } from '../../../core/clock.js';
import { SettingsSchema } from '../../../core/settings.js';
import { decodeHtml } from '../../../crawler/charset.js';
import { createFetcher, type Fetcher } from '../../../crawler/fetch/fetcher.js';
import type { FetchOutcome, FetchRequest } from '../../../crawler/fetch/types.js';
import type { ServerResponse } from 'node:http';
import { decodeJson } from '../../../crawler/charset.js';
import { wireRequest } from '../../../crawler/fetch/request-body.js';
import { bytes, html, startFixtureServer, status, type FixtureServer, type Route } from '../fixtures/server.js';

const GBK_PAGE = iconv.encode('<html><head><title>信用中国发布失信名单</title></head><body>正文</body></html>', 'gbk');

let srv: FixtureServer;
let other: FixtureServer;
let fetcher: Fetcher;
let flaky = 0;
let flakyPost = 0;

interface Received {
  path: string;
  method: string;
  contentType: string | undefined;
  requestedWith: string | undefined;
  body: string;
}
/** What the POST endpoints received, in arrival order. */
const received: Received[] = [];

/** A POST-only list API: records the request, answers 405 to anything but POST, else `answer(body)`. */
function postOnly(answer: (body: string, res: ServerResponse) => void): Route {
  return (r, res) => {
    const chunks: Buffer[] = [];
    r.on('data', (c: Buffer) => chunks.push(c));
    r.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      received.push({ path: r.url ?? '', method: r.method ?? '', contentType: r.headers['content-type'], requestedWith: r.headers['x-requested-with'] as string | undefined, body });
      if (r.method !== 'POST') {
        res.writeHead(405, { allow: 'POST', 'content-type': 'text/html' });
        res.end('<h1>405</h1>');
        return;
      }
      answer(body, res);
    });
  };
}

const GBK_JSON = (action: string | null) => iconv.encode(JSON.stringify({ Success: true, Data: { Items: [{ Title: `深圳市${action}许可`, PubDate: '2026-11-20 10:00:00' }] } }), 'gbk');

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
    '/private/api': postOnly((_b, res) => res.end('{}')),
    '/api/echo': postOnly((body, res) => {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ echo: body }));
    }),
    '/api/sz': postOnly((body, res) => {
      const action = new URLSearchParams(body).get('action');
      // Answer out of order, so a mixed-up pairing of requests and responses would show.
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'application/json; charset=GBK' });
        res.end(GBK_JSON(action));
      }, action === 'getXZXKGSList' ? 80 : 0);
    }),
    '/api/flaky-post': postOnly((body, res) => {
      flakyPost++;
      res.writeHead(flakyPost === 1 ? 503 : 200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ echo: body }));
    }),
    '/api/refuses': postOnly((_b, res) => {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end('{"error":"bad page"}');
    }),
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

describe('fetcher: list APIs that answer only POST', () => {
  const form = wireRequest({ method: 'POST', form: { action: 'getXZXKGSList', PageIndex: '1', keyword: '信用 a&b' }, headers: { 'X-Requested-With': 'XMLHttpRequest' } });
  const json = wireRequest({ method: 'POST', json: { pageNo: 1, dept: '市场监管局' } });
  const last = (path: string) => received.filter((r) => r.path === path).at(-1)!;

  it('sends a form body, form-encoded in UTF-8, with the configured headers and our user agent', async () => {
    const o = await fetcher.fetch(req('/api/echo', form));
    expect(o.ok).toBe(true);
    const got = last('/api/echo');
    expect(got).toMatchObject({ method: 'POST', contentType: 'application/x-www-form-urlencoded; charset=UTF-8', requestedWith: 'XMLHttpRequest' });
    expect(Object.fromEntries(new URLSearchParams(got.body))).toEqual({ action: 'getXZXKGSList', PageIndex: '1', keyword: '信用 a&b' });
    expect(srv.hitsOf('/api/echo').at(-1)!.headers['user-agent']).toMatch(/^CityCreditMonitor\//);
  });

  it('sends a JSON body as application/json', async () => {
    const o = await fetcher.fetch(req('/api/echo', json));
    expect(o.ok && JSON.parse(o.body.toString('utf8'))).toEqual({ echo: '{"pageNo":1,"dept":"市场监管局"}' });
    expect(last('/api/echo')).toMatchObject({ method: 'POST', contentType: 'application/json; charset=utf-8' });
  });

  it('fails a GET on a POST-only endpoint once, permanently, saying the server wants POST', async () => {
    const before = received.filter((r) => r.path === '/api/sz').length;
    const f = failed(await fetcher.fetch(req('/api/sz')));
    expect(f).toMatchObject({ kind: 'http-status', status: 405, permanent: true, attempts: 1 });
    expect(f.message).toBe('HTTP 405 Method Not Allowed for GET; the server allows POST');
    expect(received.filter((r) => r.path === '/api/sz').length).toBe(before + 1);
  });

  it('returns a GBK JSON answer to a POST byte for byte, and it decodes right', async () => {
    const o = await fetcher.fetch(req('/api/sz', form));
    if (!o.ok) throw new Error(o.message);
    expect(Buffer.compare(o.body, GBK_JSON('getXZXKGSList'))).toBe(0);
    const doc = JSON.parse(decodeJson(o.body, o.contentType).text) as { Data: { Items: { Title: string }[] } };
    expect(doc.Data.Items[0]!.Title).toBe('深圳市getXZXKGSList许可');
  });

  it('keeps two POSTs with different bodies to one URL apart, even in flight together', async () => {
    const cf = wireRequest({ method: 'POST', form: { action: 'getXZCFGSList', PageIndex: '1' } });
    const [xk, xc] = await Promise.all([fetcher.fetch(req('/api/sz', form)), fetcher.fetch(req('/api/sz', cf))]);
    const title = (o: FetchOutcome) => (o.ok ? (JSON.parse(decodeJson(o.body, o.contentType).text) as { Data: { Items: { Title: string }[] } }).Data.Items[0]!.Title : o.message);
    expect(title(xk)).toBe('深圳市getXZXKGSList许可');
    expect(title(xc)).toBe('深圳市getXZCFGSList许可');
  });

  it('refuses a POST to a path robots.txt disallows, without sending it', async () => {
    const f = failed(await fetcher.fetch(req('/private/api', json)));
    expect(f).toMatchObject({ kind: 'robots-disallowed', permanent: true });
    expect(srv.hitsOf('/private/api')).toHaveLength(0);
  });

  it('retries a POST on 5xx with the same body, and not on 4xx', async () => {
    const o = await fetcher.fetch(req('/api/flaky-post', json));
    expect(o).toMatchObject({ ok: true, attempts: 2 });
    expect(received.filter((r) => r.path === '/api/flaky-post').map((r) => r.body)).toEqual([json.body!.data, json.body!.data]);
    const f = failed(await fetcher.fetch(req('/api/refuses', json)));
    expect(f).toMatchObject({ status: 400, permanent: true, attempts: 1 });
  });

  it('refuses a body without POST, and a POST through the browser, before any request', async () => {
    const hits = srv.hits.length;
    expect(failed(await fetcher.fetch(req('/api/echo', { ...json, method: 'GET' })))).toMatchObject({ kind: 'bad-request', permanent: true, attempts: 0 });
    const b = failed(await fetcher.fetch(req('/api/echo', { ...json, mode: 'browser' })));
    expect(b).toMatchObject({ kind: 'bad-request', permanent: true });
    expect(b.message).toContain('browser only navigates with GET');
    expect(srv.hits.length).toBe(hits);
  });

  it('refuses a POST to a host outside the source', async () => {
    const f = failed(await fetcher.fetch({ url: `${other.baseUrl}/elsewhere`, mode: 'http', allowedHosts: [srv.host], ...json }));
    expect(f.kind).toBe('host-not-allowed');
  });
});
