import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulatedClock } from '../../../core/clock.js';
import { NationalSourceSchema, type NationalSource } from '../../../core/sources.js';
import { fetchDueArticles, type ArticleResult } from '../../../crawler/articles/index.js';
import { createFetcher, type Fetcher } from '../../../crawler/fetch/fetcher.js';
import { defaultExtract } from '../../../crawler/index.js';
import type { Store } from '../../../indexer/store/types.js';
import { articlePage } from '../fixtures/site.js';
import { html, startFixtureServer, type FixtureServer } from '../fixtures/server.js';
import { tempStore, testSettings } from '../fixtures/site.js';

const T0 = Date.parse('2026-11-20T04:00:00Z');
const HOUR = 3600_000;

function source(id: string, srv: FixtureServer): NationalSource {
  return NationalSourceSchema.parse({ id, kind: 'national', name: id, homepage: { url: `${srv.baseUrl}/` }, article: { urlPatterns: ['/a/\\d+\\.html$'] } });
}

let fast: FixtureServer;
let slow: FixtureServer;
let version = 1;
let edition = 1;
let store: Store;
let fetcher: Fetcher;
const clock = simulatedClock(T0);
const settings = testSettings({ perHostConcurrency: 4 });

beforeAll(async () => {
  const pages = (prefix: string) => Object.fromEntries([1, 2, 3, 4, 5].map((n) => [`/a/${n}.html`, html(articlePage(`${prefix}第${n}条信用新闻标题`, '2026-11-20 10:00'))]));
  fast = await startFixtureServer({
    '/robots.txt': html('User-agent: *\nAllow: /\n', 'text/plain'),
    ...pages('快站'),
    '/a/8.html': (req, res) => html(articlePage(`更正后的新闻第${edition}版`, '2026-11-20 10:00'))(req, res),
    '/a/9.html': (req, res) => {
      if (req.headers['if-modified-since'] && version === 1) {
        res.writeHead(304);
        res.end();
      } else html(articlePage(`会变的新闻第${version}版`, '2026-11-20 10:00'))(req, res);
    },
  });
  slow = await startFixtureServer({ '/robots.txt': html('User-agent: *\nCrawl-delay: 1\n', 'text/plain'), ...pages('慢站') });
  store = await tempStore(settings);
  fetcher = createFetcher({ crawler: settings.crawler, clock });
});

afterAll(async () => {
  await fetcher.close();
  await store.close();
  await fast.close();
  await slow.close();
});

const ctx = (sources: NationalSource[]) => ({ store, fetcher, clock, sources: new Map(sources.map((s) => [s.id, s])), extract: defaultExtract });
const link = (srv: FixtureServer, id: string, n: number) => ({ url: `${srv.baseUrl}/a/${n}.html`, sourceId: id, discoveredAt: clock.now().toISOString(), via: 'homepage' });

describe('article fetching', () => {
  it("does not let a Crawl-delayed site hold back the others' articles", async () => {
    await store.addLinks([1, 2, 3].map((n) => link(slow, 'slow', n)));
    await store.addLinks([1, 2, 3, 4, 5].map((n) => link(fast, 'fast', n)));
    const order: ArticleResult[] = [];
    await fetchDueArticles(ctx([source('slow', slow), source('fast', fast)]), { concurrency: 4, onResult: (r) => order.push(r) });
    expect(order.map((r) => r.outcome)).toEqual(Array(8).fill('created'));
    const lastFast = order.map((r) => r.sourceId).lastIndexOf('fast');
    expect(order.slice(0, lastFast + 1).filter((r) => r.sourceId === 'slow').length).toBeLessThanOrEqual(1);
  });

  it('leaves the links of sources it was not given in the frontier', async () => {
    await store.addLinks([link(fast, 'other', 9)]);
    const r = await fetchDueArticles(ctx([source('fast', fast)]));
    expect(r).toEqual([]);
    expect((await store.dueLinks(clock.now().toISOString(), 10)).map((l) => l.sourceId)).toEqual(['other']);
  });

  it('refreshes an article once, with If-Modified-Since, and rewrites it only when it changed', async () => {
    const src = source('other', fast);
    const first = await fetchDueArticles(ctx([src]), { refreshAfterMs: 6 * HOUR });
    expect(first.map((r) => r.outcome)).toEqual(['created']);
    expect(await fetchDueArticles(ctx([src]), { refreshAfterMs: 6 * HOUR })).toEqual([]);

    clock.advance(6 * HOUR);
    const notModified = await fetchDueArticles(ctx([src]), { refreshAfterMs: 6 * HOUR });
    expect(notModified.map((r) => r.outcome)).toEqual(['unchanged']);
    expect(fast.hitsOf('/a/9.html').at(-1)!.headers['if-modified-since']).toBe(new Date(T0).toUTCString());
    clock.advance(6 * HOUR);
    expect(await fetchDueArticles(ctx([src]), { refreshAfterMs: 6 * HOUR })).toEqual([]);
  });

  it('stores the new content when a refreshed article changed', async () => {
    const src = source('changing', fast);
    await store.addLinks([link(fast, 'changing', 8)]);
    edition = 1;
    expect((await fetchDueArticles(ctx([src]), { refreshAfterMs: 6 * HOUR })).map((r) => r.outcome)).toEqual(['created']);
    edition = 2;
    clock.advance(6 * HOUR);
    expect((await fetchDueArticles(ctx([src]), { refreshAfterMs: 6 * HOUR })).map((r) => r.outcome)).toEqual(['updated']);
    const a = await store.getArticle(`${fast.baseUrl}/a/8.html`);
    expect(a).toMatchObject({ title: '更正后的新闻第2版', firstFetchedAt: new Date(T0 + 12 * HOUR).toISOString() });
  });
});
