// A city whose 双公示 lists are APIs answering only POST (like 深圳's Ajax.ashx and 东营's xzcfLZ):
// the audit sends each column's declared request and reads the answer, GBK included.
import iconv from 'iconv-lite';
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realClock } from '../../../core/clock.js';
import { CitySourceSchema, type CitySource } from '../../../core/sources.js';
import type { CityAudit } from '../../../core/types.js';
import { auditCity } from '../../../crawler/city-audit/index.js';
import { createFetcher, type Fetcher } from '../../../crawler/fetch/fetcher.js';
import type { Store } from '../../../indexer/store/types.js';
import { html, startFixtureServer, type FixtureServer, type Route } from '../fixtures/server.js';
import { tempStore, testSettings } from '../fixtures/site.js';

const HOME = `<!doctype html><html><head><meta charset="utf-8"><title>信用测试</title></head><body>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/xydt/">信用动态</a></li></ul></body></html>`;
const NEWS = `<!doctype html><html><head><meta charset="utf-8"></head><body><ul><li><a href="/xydt/1.html">我市召开信用工作会议</a><span>2026-11-18</span></li></ul></body></html>`;

const LISTS: Record<string, { Title: string; PubDate: string }[]> = {
  getXZXKGSList: [
    { Title: '深圳某公司食品经营许可', PubDate: '2026-11-19 09:00:00' },
    { Title: '深圳某公司排污许可', PubDate: '2026-11-17 15:00:00' },
  ],
  getXZCFGSList: [{ Title: '深圳某公司超标排放案', PubDate: '2026-11-12 10:30:00' }],
};

interface Received {
  method: string;
  contentType: string;
  body: string;
}
const received: Received[] = [];

function postOnly(answer: (r: Received, res: ServerResponse) => void): Route {
  return (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const r = { method: req.method ?? '', contentType: req.headers['content-type'] ?? '', body: Buffer.concat(chunks).toString('utf8') };
      received.push(r);
      if (r.method !== 'POST') {
        res.writeHead(405, { allow: 'POST', 'content-type': 'text/html' });
        res.end('<h1>405 Method Not Allowed</h1>');
      } else answer(r, res);
    });
  };
}

let srv: FixtureServer;
let fetcher: Fetcher;
let store: Store;

beforeAll(async () => {
  srv = await startFixtureServer({
    '/robots.txt': html('User-agent: *\nDisallow: /private/\n', 'text/plain'),
    '/': html(HOME),
    '/xydt/': html(NEWS),
    // 深圳-like: one endpoint, the list chosen by the form's action, answered in GBK.
    '/web/DoubleGS/Ajax/Ajax.ashx': postOnly((r, res) => {
      const items = LISTS[new URLSearchParams(r.body).get('action') ?? ''];
      res.writeHead(items ? 200 : 400, { 'content-type': 'application/json; charset=GBK' });
      res.end(iconv.encode(JSON.stringify(items ? { Success: true, Data: { Total: items.length, Items: items } } : { Success: false, Message: '未知操作' }), 'gbk'));
    }),
    // 东营-like: a JSON body, a UTF-8 {total, results[]} answer.
    '/creditInquiry/hhmdLZ': postOnly((r, res) => {
      const ok = r.contentType.startsWith('application/json') && (JSON.parse(r.body) as { pageNo?: number }).pageNo === 1;
      res.writeHead(ok ? 200 : 400, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ total: 1, results: ok ? [{ PUNISHNAME: '某公司列入失信黑名单', PUNISHDATE: '2026/11/16' }] : [] }));
    }),
    '/private/xycn': postOnly((_r, res) => res.end('{}')),
  });
  const settings = testSettings();
  store = await tempStore(settings);
  fetcher = createFetcher({ crawler: settings.crawler, clock: realClock(), retryBaseMs: 20 });
});

afterAll(async () => {
  await fetcher?.close();
  await store?.close();
  await srv?.close();
});

function source(columns: Record<string, unknown>): CitySource {
  return CitySourceSchema.parse({ id: 'city-test', kind: 'city-credit', name: '信用测试', cityCode: '440300', homepage: `${srv.baseUrl}/`, columns });
}

const sz = (action: string) => ({
  url: `${srv.baseUrl}/web/DoubleGS/Ajax/Ajax.ashx`,
  format: 'json',
  request: { method: 'POST', form: { action, PageIndex: '1' } },
  itemsPath: 'Data.Items',
  dateField: 'PubDate',
  titleField: 'Title',
});

const col = (a: CityAudit, c: string) => a.columns.find((x) => x.column === c)!;

describe('city audit of list APIs behind POST', () => {
  it('sends each column its own form body at one shared URL and reads each GBK answer', async () => {
    const before = received.length;
    const a = await auditCity({ store, fetcher }, source({ '双公示-许可': sz('getXZXKGSList'), '双公示-处罚': sz('getXZCFGSList') }), '2026-11-20T12:00:00+08:00');
    expect(col(a, '双公示-许可')).toMatchObject({ present: true, newestDate: '2026-11-19', itemCount: 2, error: null });
    expect(col(a, '双公示-许可').entries[0]!.title).toBe('深圳某公司食品经营许可');
    expect(col(a, '双公示-处罚')).toMatchObject({ present: true, newestDate: '2026-11-12', itemCount: 1, error: null });
    expect(col(a, '信用动态')).toMatchObject({ present: true, newestDate: '2026-11-18' });
    const got = received.slice(before);
    expect(got.map((r) => r.method)).toEqual(['POST', 'POST']);
    expect(got.map((r) => new URLSearchParams(r.body).get('action')).sort()).toEqual(['getXZCFGSList', 'getXZXKGSList']);
    expect(got.every((r) => r.contentType.startsWith('application/x-www-form-urlencoded'))).toBe(true);
  });

  it('sends a JSON body where the column declares one', async () => {
    const a = await auditCity(
      { store, fetcher },
      source({ 红黑名单: { url: `${srv.baseUrl}/creditInquiry/hhmdLZ`, format: 'json', request: { method: 'POST', json: { pageNo: 1, pageSize: 20 } }, itemsPath: 'results', dateField: 'PUNISHDATE', titleField: 'PUNISHNAME' } }),
      '2026-11-20T12:00:00+08:00',
    );
    expect(col(a, '红黑名单')).toMatchObject({ present: true, newestDate: '2026-11-16', itemCount: 1, error: null });
    expect(received.at(-1)).toEqual({ method: 'POST', contentType: 'application/json; charset=utf-8', body: '{"pageNo":1,"pageSize":20}' });
  });

  it('reports a POST-only column configured without its request as a 405 naming POST', async () => {
    const { request: _dropped, ...asGet } = sz('getXZXKGSList');
    const a = await auditCity({ store, fetcher }, source({ '双公示-许可': asGet }), '2026-11-20T12:00:00+08:00');
    expect(col(a, '双公示-许可')).toMatchObject({ present: true, newestDate: null, itemCount: 0 });
    expect(col(a, '双公示-许可').error).toBe('http-status: HTTP 405 Method Not Allowed for GET; the server allows POST');
  });

  it('reports a wrong form action as the column error and keeps the other columns', async () => {
    const a = await auditCity({ store, fetcher }, source({ '双公示-许可': sz('getNothing'), '双公示-处罚': sz('getXZCFGSList') }), '2026-11-20T12:00:00+08:00');
    expect(col(a, '双公示-许可').error).toBe('http-status: HTTP 400');
    expect(col(a, '双公示-处罚')).toMatchObject({ newestDate: '2026-11-12', error: null });
  });

  it('does not POST to a path robots.txt disallows', async () => {
    const before = received.length;
    const a = await auditCity(
      { store, fetcher },
      source({ 信用承诺: { url: `${srv.baseUrl}/private/xycn`, format: 'json', request: { method: 'POST', form: { page: '1' } } } }),
      '2026-11-20T12:00:00+08:00',
    );
    expect(col(a, '信用承诺').error).toBe('robots-disallowed: robots.txt disallows /private/xycn');
    expect(received.length).toBe(before);
  });
});
